package org.warrant.lti;

import org.jspecify.annotations.Nullable;
import org.warrant.accounts.Role;

/**
 * A verified launch: who to sign in (and with which role), the page of Warrant to open, and for a Deep Linking
 * request what the platform asked for, to answer once the instructor has chosen.
 */
public record Launch(String username, Role role, String path, @Nullable DeepLinkRequest deepLink) {

    /** A platform's Deep Linking request, kept in the instructor's session until they choose an assignment. */
    public record DeepLinkRequest(long platformId, String deploymentId, String returnUrl, @Nullable String data, long seminarId)
            implements java.io.Serializable {

        /** The session attribute it waits in. */
        public static final String SESSION_KEY = DeepLinkRequest.class.getName();
    }
}
