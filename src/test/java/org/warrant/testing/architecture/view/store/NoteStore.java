package org.warrant.testing.architecture.view.store;

/** Fixture: storage, which only services may touch. */
public class NoteStore {
    public String read() {
        return "";
    }
}
