package org.warrant.accounts;

public enum Role {
    STUDENT,
    INSTRUCTOR,
    ADMIN;

    /** The Spring Security authority for this role, as used by {@code hasRole} and {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
