package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import org.warrant.export.UnresolvedOutline.ArticleLine;

/**
 * The details under an outline's title: format version, export date, authors and articles. Only the version
 * and the articles matter for import; the articles let citations find their article in the library.
 */
final class MetadataReader {

    private static final Pattern VERSION = Pattern.compile("Format: Warrant outline (\\d+)");
    private static final Pattern ARTICLE = Pattern.compile("(?s)Article “(.+?)”: .*");

    private final List<OutlineProblem> problems;
    private final java.util.function.ToIntFunction<Node> lines;

    MetadataReader(List<OutlineProblem> problems, java.util.function.ToIntFunction<Node> lines) {
        this.problems = problems;
        this.lines = lines;
    }

    List<ArticleLine> articles(BulletList meta) {
        List<ArticleLine> articles = new ArrayList<>();
        for (Node item = meta.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item.getFirstChild() instanceof Paragraph p)) {
                continue;
            }
            String text = InlineText.of(p).strip();
            int line = lines.applyAsInt(item);
            if (text.startsWith("Format:")) {
                Matcher m = VERSION.matcher(text);
                if (!m.matches() || !m.group(1).equals(Integer.toString(OutlineSyntax.VERSION))) {
                    problems.add(new OutlineProblem(line, "This Warrant reads outlines of format " + OutlineSyntax.VERSION
                            + "; this one says \"" + text + "\"."));
                }
            } else if (text.startsWith("Article")) {
                article(p, text, line).ifPresent(articles::add);
            }
        }
        return articles;
    }

    private java.util.Optional<ArticleLine> article(Paragraph p, String text, int line) {
        Matcher m = ARTICLE.matcher(text);
        Emphasis title = first(p, Emphasis.class);
        if (!m.matches() || title == null) {
            problems.add(new OutlineProblem(line, "An article line reads: Article “Short title”: *Full title*, outlet, date, <URL>"));
            return java.util.Optional.empty();
        }
        AutoLink url = first(p, AutoLink.class);
        return java.util.Optional.of(new ArticleLine(m.group(1), InlineText.of(title).strip(),
                url == null ? null : url.getText().toString(), line));
    }

    private static <T extends Node> T first(Node parent, Class<T> type) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }
}
