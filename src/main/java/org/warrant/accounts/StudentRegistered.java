package org.warrant.accounts;

/** A student registered with a code; published inside the registration's transaction. */
public record StudentRegistered(String username, String code) {
}
