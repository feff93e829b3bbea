package org.warrant.testing.architecture.cycle.a;

import org.warrant.testing.architecture.cycle.b.Beta;

/** Fixture: a feature that uses another one which uses it back. */
public class Alpha {
    public Beta partner() {
        return new Beta();
    }
}
