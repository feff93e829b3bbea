package org.warrant.accounts;

/** A password change that was refused; the message says why, for the person changing it. */
public class PasswordRejectedException extends RuntimeException {

    /** Which of the two passwords was the problem. */
    public enum Which { CURRENT, NEW }

    private final Which which;

    public PasswordRejectedException(Which which, String message) {
        super(message);
        this.which = which;
    }

    public Which which() {
        return which;
    }
}
