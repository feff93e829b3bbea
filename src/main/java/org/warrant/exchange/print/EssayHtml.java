package org.warrant.exchange.print;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.picture.Xml;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeRole;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleBlock;

/**
 * A map as an essay plan (docs/pictures.md): each claim a numbered section, each reply numbered under it (1, 1.1,
 * 1.1.2 …) with its role, its quotes and where they stand in the article (¶ and characters), then the sources. One
 * XHTML page that prints well (its print style sheet) and that the PDF is made from; user text is escaped and
 * marked {@code dir="auto"}, so Persian lines read right to left.
 */
public final class EssayHtml {

    private final MapContent map;
    private final StringBuilder out = new StringBuilder(1 << 15);

    private EssayHtml(MapContent map) {
        this.map = map;
    }

    public static String write(MapContent map, LocalDate exported) {
        return new EssayHtml(map).page(exported);
    }

    private String page(LocalDate exported) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>").append(Xml.text(map.title()))
                .append(" · essay plan</title><style>").append(PrintStyle.CSS).append("</style></head><body>\n");
        out.append("<header><h1 dir=\"auto\">").append(Xml.text(map.title())).append("</h1>");
        if (map.description() != null && !map.description().isBlank()) {
            out.append("<p class=\"description\" dir=\"auto\">").append(Xml.text(map.description())).append("</p>");
        }
        out.append("<p class=\"meta\">Essay plan from Warrant · ").append(exported).append(" · ").append(counts()).append("</p></header>\n");
        numbered();
        sources();
        out.append("</body></html>\n");
        return out.toString();
    }

    private String counts() {
        List<MapNode> all = map.tree().inTreeOrder();
        long claims = map.tree().roots().size();
        long quotes = all.stream().mapToLong(n -> map.citationsOf(n).size()).sum();
        return claims + (claims == 1 ? " claim, " : " claims, ") + (all.size() - claims) + (all.size() - claims == 1 ? " reply, " : " replies, ")
                + quotes + (quotes == 1 ? " quote" : " quotes");
    }

    /** Claims as sections, replies numbered within them, in the outline's order (a stack, not recursion). */
    private void numbered() {
        record Item(MapNode node, String number, int depth) {
        }
        ArrayDeque<Item> pending = new ArrayDeque<>();
        List<MapNode> claims = map.tree().roots();
        for (int i = claims.size() - 1; i >= 0; i--) {
            pending.push(new Item(claims.get(i), String.valueOf(i + 1), 0));
        }
        Map<Long, String> numbers = new HashMap<>();
        while (!pending.isEmpty()) {
            Item item = pending.pop();
            numbers.put(item.node().id(), item.number());
            node(item.node(), item.number(), item.depth(), numbers);
            List<MapNode> replies = map.tree().children(item.node().id());
            for (int i = replies.size() - 1; i >= 0; i--) {
                pending.push(new Item(replies.get(i), item.number() + "." + (i + 1), item.depth() + 1));
            }
        }
    }

    private void node(MapNode n, String number, int depth, Map<Long, String> numbers) {
        MapNode parent = map.parentOf(n);
        String role = parent == null ? "Claim" : NodeRole.of(n, parent).label();
        String tone = parent == null ? "claim" : n.stance() == Stance.CON ? "con" : "pro";
        if (depth == 0) {
            out.append("<section class=\"claim\"><h2><span class=\"num\">").append(number).append("</span> <span class=\"role\">Claim</span> ")
                    .append("<span dir=\"auto\">").append(Xml.text(n.text())).append("</span></h2>\n");
        } else {
            out.append("<div class=\"node ").append(tone).append("\" style=\"margin-left: ").append(Math.min(depth, 8) * 1.4).append("em\">")
                    .append("<p class=\"head\"><span class=\"num\">").append(number).append("</span> <span class=\"role ").append(tone).append("\">")
                    .append(Xml.text(role)).append(tone.equals("con") ? " (against)" : tone.equals("pro") ? " (for)" : "").append("</span> ")
                    .append(coPremiseNote(n, parent, numbers)).append("<span dir=\"auto\">").append(Xml.text(n.text())).append("</span></p>\n");
        }
        for (Citation c : map.citationsOf(n)) {
            out.append("<blockquote dir=\"auto\">“").append(Xml.text(c.quote().strip())).append("”</blockquote><p class=\"ref\">— ")
                    .append(reference(c)).append("</p>\n");
        }
        if (depth > 0) {
            out.append("</div>\n");
        }
        if (depth == 0) {
            out.append("</section>\n");
        }
    }

    /** "With 1.2": co-premises count only together, so each names the others already numbered. */
    private String coPremiseNote(MapNode n, MapNode parent, Map<Long, String> numbers) {
        List<MapNode> group = n.reasonGroup() == null ? null : map.groupsUnder(parent.id()).get(n.reasonGroup());
        if (group == null || group.getFirst().equals(n)) {
            return "";
        }
        return "<span class=\"with\">with " + Xml.text(numbers.getOrDefault(group.getFirst().id(), "")) + "</span> ";
    }

    private String reference(Citation c) {
        Article a = map.articles().stream().filter(x -> x.id() == c.articleId()).findFirst().orElse(null);
        String title = a == null ? "" : a.title();
        Integer paragraph = a == null ? null : a.blocks().stream()
                .filter(b -> b.number() != null && b.startOffset() <= c.startOffset() && c.startOffset() < b.endOffset())
                .map(ArticleBlock::number).findFirst().orElse(null);
        return "(" + map.letterOf(c.articleId()) + ") <cite dir=\"auto\">" + Xml.text(title) + "</cite>"
                + (paragraph == null ? "" : ", ¶ " + paragraph) + ", characters " + c.startOffset() + "–" + c.endOffset();
    }

    private void sources() {
        if (map.articles().isEmpty()) {
            return;
        }
        out.append("<section class=\"sources\"><h2>Sources</h2><ol class=\"sources\">\n");
        for (int i = 0; i < map.articles().size(); i++) {
            Article a = map.articles().get(i);
            out.append("<li><span class=\"num\">(").append(MapContent.letter(i)).append(")</span> <cite dir=\"auto\">").append(Xml.text(a.title()))
                    .append("</cite>");
            if (a.outlet() != null && !a.outlet().isBlank()) {
                out.append(". <span dir=\"auto\">").append(Xml.text(a.outlet())).append("</span>");
            }
            if (a.publishedOn() != null) {
                out.append(", ").append(a.publishedOn());
            }
            if (a.sourceUrl() != null && !a.sourceUrl().isBlank()) {
                out.append(". <span class=\"url\">").append(Xml.text(a.sourceUrl())).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol></section>\n");
    }
}
