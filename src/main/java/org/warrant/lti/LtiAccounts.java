package org.warrant.lti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.Role;

/**
 * The Warrant account of an LMS user, matched by the platform's subject and made on first sight: a username derived
 * from the platform and subject, the LMS's name, a student or instructor account as the LMS's role says, and a
 * password no one knows (they sign in through the LMS; an admin can reset it to give them one).
 */
@Component
class LtiAccounts {

    private static final Logger log = LoggerFactory.getLogger(LtiAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LtiLinks links;
    private final AccountService accounts;

    LtiAccounts(LtiLinks links, AccountService accounts) {
        this.links = links;
        this.accounts = accounts;
    }

    /** The account's username; made when this platform's subject is new. */
    String accountFor(Platform platform, String subject, String displayName, boolean teaches) {
        return links.user(platform.id(), subject).orElseGet(() -> {
            String username = usernameFor(platform, subject);
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            if (accounts.createIfAbsent(username, displayName, Base64.getEncoder().encodeToString(secret), teaches ? Role.INSTRUCTOR : Role.STUDENT)) {
                log.info("Made the {} account {} for {}'s user {}", teaches ? "instructor" : "student", username, platform.issuer(), subject);
            }
            links.linkUser(platform.id(), subject, username);
            return username;
        });
    }

    /** "lti-" and 16 hex digits of a hash of the issuer, client id and subject: stable, and no one's real name. */
    static String usernameFor(Platform platform, String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((platform.issuer() + "\n" + platform.clientId() + "\n" + subject)
                    .getBytes(StandardCharsets.UTF_8));
            return "lti-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
