package org.warrant.testing.architecture.reach.b;

/** Fixture: the public API of the feature whose ui is reached into. */
public class Service {
}
