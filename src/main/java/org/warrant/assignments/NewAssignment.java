package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.export.SafeMarkdown;
import org.warrant.shared.Refused;

/** What an instructor fills in; {@code referenceMapId} may be null (no answer key). */
public record NewAssignment(String title, String prompt, List<Long> articleIds, Instant dueAt, boolean groupWork,
                            @Nullable Long referenceMapId) {

    static final int MAX_TITLE = 200;
    static final int MAX_PROMPT = 20_000;

    NewAssignment checked() {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new Refused("assignment.title-length", MAX_TITLE);
        }
        String p = prompt == null ? "" : prompt.strip();
        if (p.length() > MAX_PROMPT) {
            throw new Refused("assignment.prompt-length", MAX_PROMPT, p.length());
        }
        SafeMarkdown.refusal(p, "The prompt").ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        if (articleIds == null || articleIds.isEmpty()) {
            throw new Refused("assignment.choose-article");
        }
        if (dueAt == null) {
            throw new Refused("assignment.set-due");
        }
        return new NewAssignment(t, p, List.copyOf(new java.util.LinkedHashSet<>(articleIds)), dueAt, groupWork, referenceMapId);
    }
}
