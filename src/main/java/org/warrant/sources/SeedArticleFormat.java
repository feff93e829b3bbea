package org.warrant.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.warrant.sources.ArticleDraft.DraftBlock;

/**
 * Reads the seed article format documented in seed-data/README.md: a front-matter block of {@code key: value}
 * lines between {@code ---} lines, then blocks separated by blank lines, {@code #}-prefixed ones being headings.
 */
final class SeedArticleFormat {

    record SeedArticle(ArticleDraft draft, boolean titleSupplied) {
    }

    private SeedArticleFormat() {
    }

    static SeedArticle parse(String name, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalArgumentException(name + ": a seed article starts with a '---' front-matter line");
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalArgumentException(name + ": the front matter has no closing '---' line");
        }
        Map<String, String> meta = frontMatter(name, normalized.substring(4, end));
        List<DraftBlock> blocks = blocks(normalized.substring(end + 5));
        ArticleDraft draft = new ArticleDraft(required(name, meta, "title"), meta.get("authors"), meta.get("outlet"),
                date(name, meta.get("published")), meta.get("url"), kind(name, required(name, meta, "kind")), blocks);
        return new SeedArticle(draft, "yes".equals(meta.get("title-supplied")));
    }

    private static Map<String, String> frontMatter(String name, String block) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(name + ": front-matter line without 'key: value': " + line);
            }
            meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return meta;
    }

    private static List<DraftBlock> blocks(String body) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (String chunk : body.split("\n\\s*\n")) {
            String text = chunk.strip().replaceAll("\\s*\n\\s*", " ");
            if (text.isEmpty()) {
                continue;
            }
            int level = 0;
            while (level < text.length() && text.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && level <= 3 && text.length() > level && text.charAt(level) == ' ') {
                blocks.add(DraftBlock.heading(level, text.substring(level + 1).strip()));
            } else {
                blocks.add(DraftBlock.paragraph(text.startsWith("\\#") ? text.substring(1) : text));
            }
        }
        return blocks;
    }

    private static String required(String name, Map<String, String> meta, String key) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": front matter needs '" + key + "'");
        }
        return value;
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": 'published' must be a date like 2023-09-11: " + value, e);
        }
    }

    private static ArticleKind kind(String name, String value) {
        try {
            return ArticleKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": unknown kind '" + value + "'", e);
        }
    }
}
