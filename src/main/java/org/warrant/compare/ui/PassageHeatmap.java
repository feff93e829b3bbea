package org.warrant.compare.ui;

import static org.warrant.ui.Text.t;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import org.warrant.compare.Comparison;
import org.warrant.compare.PassageHeat;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleBlock;
import org.warrant.sources.ArticleService;

/**
 * An article with every span shaded by how many maps cite it. Clicking a shaded span lists the maps that
 * cite it and how: which node, of which kind, for or against what. The article's text is plain text nodes;
 * only the cited spans are components.
 */
class PassageHeatmap extends Div {

    private final Comparison comparison;
    private final Map<Long, PassageHeat> heats = new HashMap<>();
    final Select<Article> article = new Select<>();
    final Div text = new Div();
    final Div details = new Div();

    PassageHeatmap(Comparison c, ArticleService articles) {
        this.comparison = c;
        addClassName("passage-heatmap");
        List<Article> all = c.submissions().articleIds().stream().map(articles::find).flatMap(Optional::stream).toList();
        article.setLabel(t("heatmap.article"));
        article.setWidth("min(100%, 44rem)");
        article.setItemLabelGenerator(Article::title);
        article.setItems(all);
        article.addValueChangeListener(e -> show(e.getValue()));
        text.addClassName("heat-text");
        text.getElement().setAttribute("tabindex", "0"); // it scrolls: keyboard users scroll it once it has focus
        text.getElement().setAttribute("role", "region");
        text.getElement().setAttribute("aria-label", t("heatmap.region"));
        details.addClassName("heat-details");
        Paragraph legend = new Paragraph(t("heatmap.legend", c.size()));
        legend.addClassName("heat-legend");
        Div body = new Div(text, details);
        body.addClassName("heat-body");
        add(article, legend, body);
        all.forEach(a -> heats.put(a.id(), c.heat(a.id()))); // once each: choosing the busiest article needs them all
        all.stream().max(Comparator.comparingInt(a -> heats.get(a.id()).spans().size())).ifPresent(article::setValue);
    }

    private void show(Article a) {
        text.removeAll();
        details.removeAll();
        details.add(new Paragraph(t("heatmap.none-chosen")));
        if (a == null) {
            return;
        }
        List<PassageHeat.Span> spans = heats.get(a.id()).spans();
        int next = 0;
        for (ArticleBlock block : a.blocks()) {
            Div shown = new Div();
            shown.addClassName(block.number() == null ? "heat-heading" : "heat-paragraph");
            int at = block.startOffset();
            while (next < spans.size() && spans.get(next).end() <= block.startOffset()) {
                next++;
            }
            for (int i = next; i < spans.size() && spans.get(i).start() < block.endOffset(); i++) {
                PassageHeat.Span s = spans.get(i);
                int from = Math.max(s.start(), block.startOffset());
                int to = Math.min(s.end(), block.endOffset());
                if (from > at) {
                    shown.getElement().appendChild(Element.createText(a.body().substring(at, from)));
                }
                shown.add(shaded(a, s, from, to));
                at = to;
            }
            if (at < block.endOffset()) {
                shown.getElement().appendChild(Element.createText(a.body().substring(at, block.endOffset())));
            }
            text.add(shown);
        }
    }

    private Span shaded(Article a, PassageHeat.Span s, int from, int to) {
        Span span = new Span(a.body().substring(from, to));
        span.addClassName("heat-span");
        double share = (double) s.maps() / comparison.size();
        span.getStyle().set("background-color", String.format(Locale.ROOT, "rgba(230, 126, 34, %.2f)", 0.12 + 0.7 * share));
        span.getElement().setAttribute("title", t("heatmap.maps", s.maps(), comparison.size()));
        span.addClickListener(e -> explain(a, s));
        return span;
    }

    void explain(Article a, PassageHeat.Span s) {
        details.removeAll();
        String quote = a.body().substring(s.start(), s.end());
        details.add(new H3(t("heatmap.maps-cite", s.maps(), comparison.size())),
                new Paragraph("“" + Shortened.to(160, quote) + "”"));
        UnorderedList uses = new UnorderedList();
        s.uses().forEach(u -> uses.add(new ListItem(new Span(u.map() + ": "), new Span(how(u)))));
        details.add(uses);
    }

    static String how(PassageHeat.Use u) {
        if (u.answers() == null) {
            return t("heatmap.claim-cites", Shortened.to(90, u.node()));
        }
        boolean against = u.stance() == Stance.CON;
        if (u.kind() == NodeKind.EVIDENCE) {
            return t(against ? "heatmap.evidence-against" : "heatmap.evidence-for", Shortened.to(90, u.answers()));
        }
        return t(against ? "heatmap.node-against" : "heatmap.node-for", t("node-kind." + u.kind().name()),
                Shortened.to(90, u.node()), Shortened.to(90, u.answers()));
    }
}
