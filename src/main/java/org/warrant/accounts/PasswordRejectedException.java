package org.warrant.accounts;

import org.warrant.shared.Refused;

/** A password change that was refused; the message says why, for the person changing it, in their language. */
public class PasswordRejectedException extends Refused {

    /** Which of the two passwords was the problem. */
    public enum Which { CURRENT, NEW }

    private final Which which;

    public PasswordRejectedException(Which which, String key, Object... args) {
        super(key, args);
        this.which = which;
    }

    public Which which() {
        return which;
    }
}
