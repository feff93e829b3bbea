package org.warrant.lti;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Warrant's LTI endpoints under its public address, as a platform is told them and as Warrant names them in messages. */
@Component
public class LtiUrls {

    private final String base;

    LtiUrls(@Value("${warrant.public-url}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String login() {
        return base + "/lti/login";
    }

    /** The redirect URI, the target link URI and the Deep Linking URL: one address takes every launch. */
    public String launch() {
        return base + "/lti/launch";
    }

    public String jwks() {
        return base + "/lti/jwks";
    }
}
