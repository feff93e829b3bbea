package org.warrant.lti;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.shared.SqlTime;

/**
 * Warrant's own signing keys (RSA, RS256), kept in the database so that every instance signs with the same one. The
 * newest unretired key signs; rotating makes a new one and retires the old, which stays in the published key set
 * for a week so platforms that cached it still accept what it signed.
 */
@Service
public class ToolKeys {

    private static final Logger log = LoggerFactory.getLogger(ToolKeys.class);
    static final Duration STILL_PUBLISHED = Duration.ofDays(7);

    /** A key as the admin page lists it. */
    public record KeyInfo(String kid, Instant createdAt, Instant retiredAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ToolKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The public keys platforms check Warrant's messages with: anyone may read them. */
    @Transactional
    public String publishedKeySet() {
        signingKey(); // the first request makes the first key
        List<RSAKey> keys = jdbc.sql("SELECT public_jwk FROM lti_key WHERE retired_at IS NULL OR retired_at > ? ORDER BY created_at DESC")
                .param(SqlTime.of(clock.instant().minus(STILL_PUBLISHED))).query(String.class).list().stream().map(ToolKeys::publicKey).toList();
        return new JWKSet(List.copyOf(keys)).toString(true);
    }

    /** The key Warrant signs with now, made when there is none. */
    @Transactional
    RSAKey signingKey() {
        return jdbc.sql("SELECT kid, private_key, public_jwk FROM lti_key WHERE retired_at IS NULL ORDER BY created_at DESC, kid FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> withPrivate(publicKey(rs.getString(3)), rs.getString(2))).optional().orElseGet(this::generate);
    }

    /** Every key, newest first; the first look makes the first key, as the first launch would. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<KeyInfo> keys() {
        signingKey();
        return jdbc.sql("SELECT kid, created_at, retired_at FROM lti_key ORDER BY created_at DESC")
                .query((rs, n) -> new KeyInfo(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant())).list();
    }

    /** Makes a new signing key and retires the others (published a week longer). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String rotate() {
        jdbc.sql("UPDATE lti_key SET retired_at = ? WHERE retired_at IS NULL").param(SqlTime.of(clock.instant())).update();
        String kid = generate().getKeyID();
        log.info("Rotated the LTI signing key; {} signs from now on", kid);
        return kid;
    }

    private RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .issueTime(java.util.Date.from(clock.instant())).generate();
            jdbc.sql("INSERT INTO lti_key (kid, private_key, public_jwk, created_at) VALUES (?, ?, ?, ?)")
                    .params(key.getKeyID(), Base64.getEncoder().encodeToString(key.toPrivateKey().getEncoded()), key.toPublicJWK().toJSONString(),
                            SqlTime.of(clock.instant())).update();
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make an RSA key", e);
        }
    }

    private static RSAKey publicKey(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored LTI key is not a JWK", e);
        }
    }

    private static RSAKey withPrivate(RSAKey publicKey, String pkcs8) {
        try {
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
            return new RSAKey.Builder(publicKey).privateKey(key).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("A stored LTI key can't be read", e);
        }
    }

    /** Signs claims with Warrant's current key (its id in the header, for the platform to find it in our key set). */
    String sign(JWTClaimsSet claims) {
        RSAKey key = signingKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an LTI message", e);
        }
    }
}
