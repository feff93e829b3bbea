package org.warrant.testing.architecture.view.ui;

import com.vaadin.flow.component.html.Div;
import org.warrant.testing.architecture.view.store.NoteStore;

/** Fixture: a view that reads its store itself instead of asking a service. */
public class NoteView extends Div {
    public NoteView(NoteStore store) {
        setText(store.read());
    }
}
