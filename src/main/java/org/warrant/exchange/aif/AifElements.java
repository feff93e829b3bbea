package org.warrant.exchange.aif;

import java.util.ArrayList;
import java.util.List;

import org.warrant.exchange.model.ForestBuilder;
import org.warrant.exchange.model.ReadMap;
import tools.jackson.databind.JsonNode;

/** What an I-node says besides its text, from Warrant's {@code warrant} member: its id, whether it is evidence, its quotes. */
final class AifElements {

    private AifElements() {
    }

    /** {@code position}: the I-node's place among the file's I-nodes, which problems name as its line. */
    static ForestBuilder.Element describe(JsonNode node, int position, List<ReadMap.Problem> problems) {
        JsonNode extra = node.path("warrant");
        String text = node.path("text").asString("");
        String title = extra.path("ref").asString(node.path("nodeID").asString(""));
        List<ReadMap.Cite> cites = new ArrayList<>();
        for (JsonNode c : extra.path("cites")) {
            String quote = c.path("quote").asString("");
            if (quote.isBlank()) {
                problems.add(new ReadMap.Problem(position, "I-node " + node.path("nodeID").asString("") + " cites a passage without its words."));
                continue;
            }
            cites.add(new ReadMap.Cite(c.path("article").asString(null), c.path("start").isInt() ? c.path("start").asInt() : null,
                    c.path("end").isInt() ? c.path("end").asInt() : null, quote));
        }
        return new ForestBuilder.Element(title, text, "evidence".equals(extra.path("kind").asString("")), cites, position);
    }

    static List<ReadMap.ArticleKey> articles(JsonNode about) {
        List<ReadMap.ArticleKey> keys = new ArrayList<>();
        for (JsonNode a : about.path("articles")) {
            keys.add(new ReadMap.ArticleKey(a.path("key").asString(""), a.path("id").canConvertToLong() ? a.path("id").asLong() : null,
                    a.path("title").asString(null), a.path("url").asString(null)));
        }
        return keys;
    }
}
