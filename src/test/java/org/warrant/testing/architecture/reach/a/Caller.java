package org.warrant.testing.architecture.reach.a;

import org.warrant.testing.architecture.reach.b.ui.HiddenView;

/** Fixture: a feature that opens another feature's view. */
public class Caller {
    public Object open() {
        return new HiddenView();
    }
}
