package org.warrant.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.warrant.sources.ArticleDraft.DraftBlock;

/**
 * Reads the seed article format documented in seed-data/README.md: {@link FrontMatter}, then blocks
 * separated by blank lines, {@code #}-prefixed ones being headings.
 */
final class SeedArticleFormat {

    record SeedArticle(ArticleDraft draft, boolean titleSupplied) {
    }

    private SeedArticleFormat() {
    }

    static SeedArticle parse(String name, String text) {
        FrontMatter meta;
        try {
            meta = FrontMatter.of(text).orElseThrow(() -> new IllegalArgumentException("no '---' front matter"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        ArticleKind kind = ArticleKind.fromSlug(required(name, meta, "kind"))
                .orElseThrow(() -> new IllegalArgumentException(name + ": unknown kind '" + meta.get("kind") + "'"));
        ArticleDraft draft = new ArticleDraft(required(name, meta, "title"), meta.get("authors"), meta.get("outlet"),
                date(name, meta.get("published")), meta.get("url"), kind, blocks(meta.body()));
        return new SeedArticle(draft, "yes".equals(meta.get("title-supplied")));
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

    private static String required(String name, FrontMatter meta, String key) {
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
}
