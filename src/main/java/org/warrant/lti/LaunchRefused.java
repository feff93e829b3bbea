package org.warrant.lti;

import org.warrant.shared.Refused;

/** A launch Warrant does not accept, with the reason as a message key; nothing of it is kept. */
public class LaunchRefused extends Refused {

    public LaunchRefused(String key, Object... args) {
        super(key, args);
    }

    static LaunchRefused because(String key, Object... args) {
        return new LaunchRefused(key, args);
    }
}
