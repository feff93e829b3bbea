/**
 * Sources: the articles a seminar reads, split into headings and numbered paragraphs, whose body offsets
 * (UTF-16 code units) are the anchor space every citation points into (decision 0002). {@link
 * org.warrant.sources.ArticleService} is the API; {@code importing} turns files into {@link
 * org.warrant.sources.ArticleDraft}s, and {@code ui} holds the library, reader and import views.
 */
@NullMarked
package org.warrant.sources;

import org.jspecify.annotations.NullMarked;
