/**
 * Sources: the articles a seminar reads, split into headings and numbered paragraphs.
 *
 * <p>An article's body is the text of its blocks joined by blank lines; offsets into it, counted in UTF-16
 * code units, are the anchor space in which later features cite exact passages (docs/decisions/0002).
 * {@link org.warrant.sources.ArticleService} is the public API; {@code importing} turns files into
 * {@link org.warrant.sources.ArticleDraft}s; {@code ui} holds the library, reader and import views.
 */
package org.warrant.sources;
