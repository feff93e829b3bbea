package org.warrant.lti;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.warrant.shared.Refused;

/**
 * A platform as an admin enters it. Endpoints must be https (plain http only on this machine's loopback address,
 * for trying Warrant out); deployment ids are given one per line or separated by commas.
 */
public record PlatformDraft(String name, String issuer, String clientId, String deploymentIds, String authLoginUrl, String tokenUrl,
                            String jwksUrl) {

    PlatformDraft checked() {
        return new PlatformDraft(text(name, 120, "lti.name-needed"), url(issuer), text(clientId, 300, "lti.client-id-needed"),
                String.join("\n", deployments()), url(authLoginUrl), url(tokenUrl), url(jwksUrl));
    }

    List<String> deployments() {
        List<String> ids = Arrays.stream((deploymentIds == null ? "" : deploymentIds).split("[,\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty()) {
            throw new Refused("lti.deployment-needed");
        }
        if (ids.stream().anyMatch(id -> id.length() > 255)) {
            throw new Refused("lti.too-long", 255);
        }
        return ids;
    }

    private static String text(String value, int max, String emptyKey) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            throw new Refused(emptyKey);
        }
        if (s.length() > max) {
            throw new Refused("lti.too-long", max);
        }
        return s;
    }

    /** An absolute https URL, or http on the loopback address. */
    static String url(String value) {
        String s = value == null ? "" : value.strip();
        try {
            URI uri = new URI(s);
            boolean loopback = "http".equals(uri.getScheme()) && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
            if (s.length() > 600 || uri.getHost() == null || !("https".equals(uri.getScheme()) || loopback)) {
                throw new Refused("lti.bad-url", s);
            }
            return s;
        } catch (java.net.URISyntaxException e) {
            throw new Refused("lti.bad-url", s);
        }
    }
}
