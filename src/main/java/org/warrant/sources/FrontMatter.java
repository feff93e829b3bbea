package org.warrant.sources;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A leading block of {@code key: value} lines between {@code ---} lines, as in the seed articles and in
 * Markdown files that follow their format; {@code body} is the text after it.
 */
public record FrontMatter(Map<String, String> values, String body) {

    /** The front matter of the text, if it starts with one; keys are lower case. */
    public static Optional<FrontMatter> of(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        String block = end <= 4 ? "" : normalized.substring(4, end); // "---\n---\n" is a block with no lines
        for (String line : block.isEmpty() ? new String[0] : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("Front-matter line without 'key: value': " + line);
            }
            values.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return Optional.of(new FrontMatter(Map.copyOf(values), normalized.substring(end + 5)));
    }

    public String get(String key) {
        return values.get(key);
    }
}
