package org.warrant.sources.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.ArticleRejectedException;

/**
 * A saved web page, read with jsoup: the article element (or main content) without navigation, banners,
 * sharing widgets and scripts; metadata from the citation, Open Graph and article meta tags.
 */
final class HtmlReader {

    private static final String NOT_ARTICLE = "nav, header, footer, aside, script, style, noscript, template, form, "
            + "iframe, svg, button, figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .social, .related, .newsletter, .advert, .ad, .comments, .breadcrumb";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd";

    private HtmlReader() {
    }

    static ArticleDraft read(SourceFile file) {
        Document doc;
        try {
            // jsoup honours a BOM or <meta charset>; without either the page is read as UTF-8.
            doc = Jsoup.parse(new ByteArrayInputStream(file.bytes()), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc.text().indexOf('\uFFFD') >= 0 && doc.charset().name().equals("UTF-8")) {
            throw new ArticleRejectedException(("%s is not valid UTF-8 and names no other encoding. "
                    + "Save the page again as UTF-8 (or with a <meta charset>) and upload it again.").formatted(file.name()));
        }
        String title = firstNonBlank(meta(doc, "citation_title"), meta(doc, "og:title"), firstH1(doc), doc.title(), file.baseName());
        Element root = contentRoot(doc);
        root.select(NOT_ARTICLE).remove();
        List<DraftBlock> blocks = new ArrayList<>();
        for (Element el : root.select(BLOCKS)) {
            if (!el.select(BLOCKS).stream().filter(e -> e != el).toList().isEmpty()) {
                continue; // a container of other blocks: its children are read instead
            }
            String text = el.text().strip();
            if (text.isEmpty() || (el.normalName().equals("h1") && text.equals(title))) {
                continue;
            }
            blocks.add(el.normalName().matches("h[1-6]")
                    ? DraftBlock.heading(Math.max(1, el.normalName().charAt(1) - '1'), text)
                    : DraftBlock.paragraph(text));
        }
        return new ArticleDraft(title, authors(doc), firstNonBlank(meta(doc, "citation_journal_title"), meta(doc, "og:site_name")),
                date(doc), firstNonBlank(canonical(doc), meta(doc, "og:url")), ArticleKind.OTHER, blocks);
    }

    /** The element holding the article: the largest {@code <article>}, else {@code <main>}, else the body. */
    private static Element contentRoot(Document doc) {
        return doc.select("article").stream().max(Comparator.comparingInt(e -> e.text().length()))
                .or(() -> doc.select("main, [role=main]").stream().findFirst())
                .orElse(doc.body());
    }

    private static String authors(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        doc.select("meta[name=citation_author]").forEach(m -> names.add(m.attr("content").strip()));
        if (names.isEmpty()) {
            doc.select("meta[name=author], meta[property=article:author]").forEach(m -> names.add(m.attr("content").strip()));
        }
        names.removeIf(String::isBlank);
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static LocalDate date(Document doc) {
        String value = firstNonBlank(meta(doc, "citation_publication_date"), meta(doc, "article:published_time"),
                meta(doc, "date"), doc.select("time[datetime]").attr("datetime"));
        if (value == null) {
            return null;
        }
        String digits = value.replace('/', '-');
        try {
            return digits.length() >= 10 ? LocalDate.parse(digits.substring(0, 10)) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String meta(Document doc, String key) {
        Element el = doc.selectFirst("meta[name=" + key + "], meta[property=" + key + "]");
        return el == null ? null : el.attr("content");
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical]");
        return link == null ? null : link.attr("href");
    }

    private static String firstH1(Document doc) {
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
