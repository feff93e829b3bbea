package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.export.SafeMarkdown;

/** What an instructor fills in; {@code referenceMapId} may be null (no answer key). */
public record NewAssignment(String title, String prompt, List<Long> articleIds, Instant dueAt, boolean groupWork,
                            @Nullable Long referenceMapId) {

    static final int MAX_TITLE = 200;
    static final int MAX_PROMPT = 20_000;

    NewAssignment checked() {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new IllegalArgumentException("The title is 1 to " + MAX_TITLE + " characters.");
        }
        String p = prompt == null ? "" : prompt.strip();
        if (p.length() > MAX_PROMPT) {
            throw new IllegalArgumentException("The prompt is at most " + MAX_PROMPT + " characters; it has " + p.length() + ".");
        }
        SafeMarkdown.refusal(p, "The prompt").ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        if (articleIds == null || articleIds.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one article to work on.");
        }
        if (dueAt == null) {
            throw new IllegalArgumentException("Set a due date.");
        }
        return new NewAssignment(t, p, List.copyOf(new java.util.LinkedHashSet<>(articleIds)), dueAt, groupWork, referenceMapId);
    }
}
