package org.warrant.lti;

import static org.warrant.testing.SignedIn.as;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.nimbusds.jwt.JWTClaimsSet;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;

/** The tests' platform, registered in Warrant by the admin, and what a test does with it: launch someone. */
final class LtiFixture implements AutoCloseable {

    final TestPlatform platform;
    private final int port;

    LtiFixture(int port, LtiPlatforms platforms) throws Exception {
        this.port = port;
        platform = new TestPlatform("http://127.0.0.1:" + port + "/lti/jwks");
        as("admin", Role.ADMIN);
        platforms.register(platform.registration());
        SecurityContextHolder.clearContext();
    }

    /** A whole launch in {@code browser}: the login initiation, then the id_token the claims make with its nonce. */
    HttpResponse<String> launch(LtiBrowser browser, String subject, Function<String, JWTClaimsSet> claims) throws Exception {
        Map<String, String> login = browser.startLogin(platform, subject);
        return browser.post("/lti/launch", Map.of("id_token", platform.sign(claims.apply(login.get("nonce"))), "state", login.get("state")));
    }

    LtiBrowser browser() {
        return new LtiBrowser(port);
    }

    /** The username Warrant gives this platform's subject. */
    String username(String subject) {
        return LtiAccounts.usernameFor(new Platform(0, "", platform.issuer, platform.clientId, "", "", "", List.of()), subject);
    }

    @Override
    public void close() {
        platform.close();
        SecurityContextHolder.clearContext();
    }
}
