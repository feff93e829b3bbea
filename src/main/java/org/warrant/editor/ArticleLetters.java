package org.warrant.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.warrant.maps.OpenedMap;

/**
 * In a map on several articles, each article's letter (A, B, … in the order of the editor's tabs), shown on
 * the tabs and on every node, in the outline and the diagram, that cites the article. A map on one article
 * needs none.
 */
public final class ArticleLetters {

    private ArticleLetters() {
    }

    /** A to Z, then A2 to Z2, and so on. */
    public static String letter(int index) {
        return (char) ('A' + index % 26) + (index < 26 ? "" : Integer.toString(index / 26 + 1));
    }

    /** The letters of the articles the node cites, in tab order ("A, C"); empty for a map on one article. */
    public static String of(OpenedMap content, long nodeId) {
        List<Long> articles = content.map().articleIds();
        if (articles.size() < 2) {
            return "";
        }
        return content.placedCitationsOf(nodeId).stream()
                .map(c -> articles.indexOf(c.articleId())).filter(i -> i >= 0).distinct().sorted()
                .map(ArticleLetters::letter).collect(Collectors.joining(", "));
    }
}
