package org.warrant.accounts;

/**
 * Whether a code lets a newcomer register a student account: the seminars feature answers with its join
 * codes (accounts know nothing of seminars). An account made this way is announced as {@link StudentRegistered}.
 */
public interface RegistrationCodes {

    boolean admits(String code);
}
