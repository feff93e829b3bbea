package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

import java.util.Locale;
import java.util.StringJoiner;

import org.warrant.sources.ArticleKind;
import org.warrant.ui.Dates;
import org.warrant.ui.Counted;

/** How article metadata reads in the library and the reader. */
final class ArticleFormat {

    private static final String DATE = "d MMMM yyyy";
    private static final int WORDS_PER_MINUTE = 230;
    private static final int CHARS_PER_WORD = 6;

    private ArticleFormat() {
    }

    static String day(java.time.Instant at) {
        return Dates.pattern(DATE).format(at);
    }

    static String byline(String authors, String outlet, java.time.LocalDate publishedOn) {
        StringJoiner line = new StringJoiner(" · ");
        if (authors != null) {
            line.add(authors.replace("; ", ", "));
        }
        if (outlet != null) {
            line.add(outlet);
        }
        if (publishedOn != null) {
            line.add(Dates.pattern(DATE).format(publishedOn));
        }
        return line.toString();
    }

    static String length(int chars, int paragraphs) {
        int minutes = Math.max(1, Math.round(chars / (float) (CHARS_PER_WORD * WORDS_PER_MINUTE)));
        return t("article.read-time", minutes, Counted.of(paragraphs, "count.paragraphs"));
    }

    static String kind(ArticleKind kind) {
        return t("article-kind." + kind.name());
    }

    static String kindClass(ArticleKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
