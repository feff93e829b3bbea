package org.warrant.testing.architecture.reach.b.ui;

/** Fixture: a view, internal to its feature. */
public class HiddenView {
}
