package org.warrant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a page shows for a record that does not exist or is not the user's to see (the two look the same on
 * purpose): what was not found, and the way back.
 */
public class NotFound extends Div {

    public NotFound(String heading, String explanation, Component wayBack) {
        super(new H1(heading), new Paragraph(explanation), wayBack);
        addClassName("empty-state");
    }
}
