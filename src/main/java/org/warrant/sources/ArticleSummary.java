package org.warrant.sources;

import java.time.LocalDate;

/** One line of the library: enough to choose an article, without its text. */
public record ArticleSummary(long id, String title, boolean titleSupplied, String authors, String outlet,
                             LocalDate publishedOn, ArticleKind kind, int bodyLength, int paragraphs) {
}
