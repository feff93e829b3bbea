package org.warrant.lti;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a launch's id_token as the 1EdTech Security Framework asks: signed with RS256 by a key in the platform's
 * published key set (fetched and cached per platform; a new key id fetches it again), from the platform's issuer,
 * for Warrant's client id, unexpired, issued recently, with the nonce of the login Warrant started.
 */
@Component
class LaunchVerifier {

    private static final Logger log = LoggerFactory.getLogger(LaunchVerifier.class);

    private final Map<String, JWKSource<SecurityContext>> keySets = new ConcurrentHashMap<>();

    LtiClaims verify(String idToken, Platform platform, String nonce) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySet(platform.jwksUrl())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(platform.clientId(),
                new JWTClaimsSet.Builder().issuer(platform.issuer()).claim("nonce", nonce).build(),
                new HashSet<>(Set.of("sub", "exp", "iat", "nonce"))));
        try {
            JWTClaimsSet claims = processor.process(idToken, null);
            if (claims.getAudience().size() > 1 && !platform.clientId().equals(claims.getStringClaim("azp"))) {
                throw LaunchRefused.because("lti.launch-not-for-us");
            }
            if (claims.getIssueTime().after(Date.from(java.time.Instant.now().plusSeconds(60)))) {
                throw LaunchRefused.because("lti.launch-expired");
            }
            return new LtiClaims(claims);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            log.warn("Refused an LTI launch from {}: {}", platform.issuer(), e.getMessage());
            String m = String.valueOf(e.getMessage());
            throw LaunchRefused.because(m.contains("xpired") ? "lti.launch-expired" : m.contains("nonce") ? "lti.launch-replayed" : "lti.launch-unverified");
        }
    }

    private JWKSource<SecurityContext> keySet(String url) {
        return keySets.computeIfAbsent(url, u -> {
            try {
                return JWKSourceBuilder.create(URI.create(u).toURL()).retrying(true).build();
            } catch (MalformedURLException e) {
                throw LaunchRefused.because("lti.bad-url", u);
            }
        });
    }
}
