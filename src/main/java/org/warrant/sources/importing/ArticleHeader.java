package org.warrant.sources.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The details a plain text states at its top, as text files and pastes often carry them: one line of
 * {@code TITLE: … | SOURCE: … | DATE: …}, or lines of {@code Title:}, {@code Source:}, {@code Author:},
 * {@code Date:}, {@code URL:} and the like. Read into the article's details and out of its text; a date Warrant
 * can't read is left for the user to type.
 */
public record ArticleHeader(@Nullable String title, @Nullable String authors, @Nullable String outlet, @Nullable LocalDate publishedOn,
                            @Nullable String sourceUrl, int lines, String asWritten) {

    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]{0,20}?)\\s*:\\s*(.*?)\\s*$");
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("title", "title"), Map.entry("headline", "title"),
            Map.entry("source", "outlet"), Map.entry("outlet", "outlet"), Map.entry("publisher", "outlet"),
            Map.entry("publication", "outlet"), Map.entry("newspaper", "outlet"), Map.entry("author", "authors"),
            Map.entry("authors", "authors"), Map.entry("by", "authors"), Map.entry("date", "date"), Map.entry("published", "date"),
            Map.entry("publication date", "date"), Map.entry("url", "url"), Map.entry("link", "url"), Map.entry("source url", "url"));
    private static final List<DateTimeFormatter> DATES = List.of("yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy",
            "MMM d, yyyy", "dd.MM.yyyy", "d.M.yyyy").stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();
    /** Lines looked at: a header is at the very top. */
    private static final int MAX_LINES = 8;

    /** The header at the top of these lines (blank lines before it skipped), if there is one. */
    public static Optional<ArticleHeader> read(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return Optional.empty();
        }
        String top = lines.get(first);
        if (top.contains("|")) { // "TITLE: … | SOURCE: … | DATE: …"
            Map<String, String> fields = new HashMap<>();
            for (String part : top.split("\\|")) {
                if (!field(part, fields)) {
                    return Optional.empty();
                }
            }
            return fields.size() >= 2 ? Optional.of(of(fields, first + 1, top.strip())) : Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        int end = first;
        while (end < lines.size() && end - first < MAX_LINES && field(lines.get(end), fields)) {
            end++;
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(of(fields, end, String.join("\n", lines.subList(first, end)).strip()));
    }

    /** Adds "Key: value" to the fields when the key is one of the known ones (and not seen before), saying whether it was. */
    private static boolean field(String text, Map<String, String> fields) {
        Matcher m = FIELD.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String key = KEYS.get(m.group(1).strip().toLowerCase(Locale.ROOT));
        String value = m.group(2);
        if (key == null || value.isEmpty() || fields.containsKey(key)) {
            return false;
        }
        if (key.equals("outlet") && value.matches("(?i)https?://\\S+")) {
            key = "url"; // "Source: https://…" names where it is, not who published it
        }
        fields.put(key, value);
        return true;
    }

    private static ArticleHeader of(Map<String, String> fields, int lines, String asWritten) {
        String url = fields.get("url");
        return new ArticleHeader(fields.get("title"), fields.get("authors"), fields.get("outlet"), date(fields.get("date")),
                url != null && url.matches("(?i)https?://\\S+") ? url : null, lines, asWritten);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return null;
    }
}
