package org.warrant.exchange.argdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.warrant.exchange.argdown.ArgdownDocument.Argument;
import org.warrant.exchange.argdown.ArgdownDocument.Statement;
import org.warrant.exchange.model.ForestBuilder;
import org.warrant.exchange.model.ReadMap;

/**
 * What Argdown's data says about a statement (is it evidence, what does it quote) and about the articles (front
 * matter), in the shapes docs/argdown.md gives. Anything else in the data is ignored; a wrong shape is a problem.
 */
final class ArgdownElements {

    private ArgdownElements() {
    }

    static ForestBuilder.Element describe(Object element, List<ReadMap.Problem> problems) {
        if (element instanceof Argument a) {
            return new ForestBuilder.Element(a.title, a.text.isBlank() ? a.title : a.text, false, List.of(), a.line);
        }
        Statement s = (Statement) element;
        List<ReadMap.Cite> cites = new ArrayList<>();
        Object listed = s.data.get("cites");
        if (listed instanceof List<?> list) {
            for (Object item : list) {
                cite(item, s.line, problems, cites);
            }
        } else if (listed != null) {
            problems.add(new ReadMap.Problem(s.line, "“cites” is a list: cites: [{article: A, quote: \"…\"}]."));
        }
        if (s.data.get("quote") != null) { // the short form written by hand: {quote: "…", article: A}
            cite(Map.of("quote", s.data.get("quote"), "article", s.data.getOrDefault("article", "")), s.line, problems, cites);
        }
        return new ForestBuilder.Element(s.title, s.text.isBlank() ? s.title : s.text, "evidence".equals(s.data.get("kind")), cites, s.line);
    }

    private static void cite(Object item, int line, List<ReadMap.Problem> problems, List<ReadMap.Cite> into) {
        if (!(item instanceof Map<?, ?> m) || !(m.get("quote") instanceof String quote) || quote.isBlank()) {
            problems.add(new ReadMap.Problem(line, "Each cited passage needs its words: {article: A, quote: \"…\"}."));
            return;
        }
        Object article = m.get("article");
        into.add(new ReadMap.Cite(article == null || String.valueOf(article).isBlank() ? null : String.valueOf(article),
                number(m.get("start")), number(m.get("end")), quote));
    }

    /** The front matter's {@code articles: {A: {title: …, url: …, id: …}}}. */
    static List<ReadMap.ArticleKey> articles(@Nullable Object value, List<ReadMap.Problem> problems) {
        List<ReadMap.ArticleKey> keys = new ArrayList<>();
        if (value == null) {
            return keys;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new ReadMap.Problem(1, "The front matter's “articles” names each article: articles: {A: {title: \"…\"}}."));
            return keys;
        }
        map.forEach((key, about) -> {
            Map<?, ?> m = about instanceof Map<?, ?> given ? given : Map.of("title", String.valueOf(about));
            Integer id = number(m.get("id"));
            keys.add(new ReadMap.ArticleKey(String.valueOf(key), id == null ? null : id.longValue(), ArgdownTree.string(m.get("title")),
                    ArgdownTree.string(m.get("url"))));
        });
        return keys;
    }

    private static @Nullable Integer number(@Nullable Object value) {
        return value instanceof Number n && n.longValue() >= 0 && n.longValue() <= Integer.MAX_VALUE ? n.intValue() : null;
    }
}
