package org.warrant.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a signed-in user chose for Warrant's interface. Each user reads and sets only their own; without
 * a choice the browser's language decides.
 */
@Service
public class InterfaceLanguage {

    private static final Logger log = LoggerFactory.getLogger(InterfaceLanguage.class);
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    private final UiLanguages languages;

    InterfaceLanguage(UiLanguages languages) {
        this.languages = languages;
    }

    /** The signed-in user's choice, if they made one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> chosen() {
        return languages.of(currentUser());
    }

    /** Remembers the signed-in user's choice; a tag that is not a language tag is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(String tag) {
        if (tag == null || tag.length() > 16 || !TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("Not a language tag: " + tag);
        }
        String username = currentUser();
        languages.set(username, tag);
        log.info("'{}' chose the interface language '{}'", username, tag);
    }

    /**
     * The language a user chose, for what is made for them while they are away (their notification mail); no
     * user is signed in then, and the answer is only used to write to that user.
     */
    @Transactional(readOnly = true)
    public Optional<String> of(String username) {
        return languages.of(username);
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName(); // signed in: see @PreAuthorize
    }
}
