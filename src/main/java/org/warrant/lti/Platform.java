package org.warrant.lti;

import java.util.List;

/**
 * An LMS Warrant is registered in: its issuer, the client id it gave Warrant, the deployments of Warrant it runs, and
 * its endpoints (OIDC authorisation, OAuth 2 token, its public keys).
 */
public record Platform(long id, String name, String issuer, String clientId, String authLoginUrl, String tokenUrl, String jwksUrl,
                       List<String> deploymentIds) {
}
