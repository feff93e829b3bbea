package org.warrant.testing.architecture.cycle.b;

import org.warrant.testing.architecture.cycle.a.Alpha;

/** Fixture: the other half of the cycle. */
public class Beta {
    public Alpha partner() {
        return new Alpha();
    }
}
