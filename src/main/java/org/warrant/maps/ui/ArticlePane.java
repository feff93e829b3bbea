package org.warrant.maps.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleBlock;
import org.warrant.sources.BlockKind;

/**
 * The map's articles, a tab each, with the passages the map cites highlighted by stance. Text goes in as
 * text nodes only. A click on a highlight reports the citations under it.
 */
class ArticlePane extends Div {

    /** A selection in the article, in anchor-space offsets. */
    record Selection(long articleId, int start, int end) {
    }

    private final List<Article> articles;
    private final Tabs tabs = new Tabs();
    final Div reader = new Div();
    private final Consumer<List<Citation>> onHighlightClick;
    private List<Citation> citations = List.of();
    private Map<Long, MapNode> nodes = Map.of();

    ArticlePane(List<Article> articles, Consumer<List<Citation>> onHighlightClick) {
        this.articles = articles;
        this.onHighlightClick = onHighlightClick;
        addClassName("article-pane");
        articles.forEach(a -> tabs.add(new Tab(shortTitle(a.title()))));
        tabs.addSelectedChangeListener(e -> render());
        tabs.setVisible(articles.size() > 1);
        reader.addClassNames("reading", "map-reader");
        add(tabs, reader);
    }

    Article current() {
        return articles.get(Math.max(0, tabs.getSelectedIndex()));
    }

    void show(List<Citation> allCitations, Map<Long, MapNode> nodesById) {
        this.citations = allCitations;
        this.nodes = nodesById;
        render();
    }

    /** Shows the article of the citation and scrolls to it. */
    void reveal(Citation citation) {
        int index = articles.stream().map(Article::id).toList().indexOf(citation.articleId());
        if (index >= 0 && index != tabs.getSelectedIndex()) {
            tabs.setSelectedIndex(index);
        }
        reader.getElement().executeJs("""
                const mark = this.querySelector('[data-citation="' + $0 + '"]');
                if (mark) { mark.scrollIntoView({block: 'center', behavior: 'smooth'}); mark.classList.add('flash');
                  setTimeout(() => mark.classList.remove('flash'), 1200); }""", citation.id());
    }

    /** Reads the browser's text selection inside the reader as offsets into the article body. */
    void readSelection(Consumer<Selection> then) {
        long articleId = current().id();
        reader.getElement().executeJs("""
                const sel = window.getSelection();
                if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
                const range = sel.getRangeAt(0);
                const offset = (node, off) => {
                  const el = (node.nodeType === 1 ? node : node.parentElement).closest('[data-start]');
                  if (!el || !this.contains(el)) return null;
                  const r = document.createRange(); r.setStart(el, 0); r.setEnd(node, off);
                  return Number(el.dataset.start) + r.toString().length;
                };
                const start = offset(range.startContainer, range.startOffset);
                const end = offset(range.endContainer, range.endOffset);
                return start === null || end === null ? null : [start, end];""")
                .then(json -> {
                    if (json != null && json.isArray() && json.size() == 2) {
                        then.accept(new Selection(articleId, json.get(0).asInt(), json.get(1).asInt()));
                    } else {
                        then.accept(null);
                    }
                });
    }

    private void render() {
        reader.removeAll();
        Article article = current();
        reader.add(new H2(article.title()));
        List<Citation> here = citations.stream().filter(c -> c.articleId() == article.id())
                .sorted(Comparator.comparingInt(Citation::startOffset)).toList();
        for (ArticleBlock block : article.blocks()) {
            if (block.kind() == BlockKind.HEADING) {
                reader.add(new H3(article.textOf(block)));
            } else {
                reader.add(paragraph(article, block, here));
            }
        }
    }

    private Div paragraph(Article article, ArticleBlock block, List<Citation> cited) {
        Paragraph p = new Paragraph();
        p.getElement().setAttribute("data-start", Integer.toString(block.startOffset()));
        int at = block.startOffset();
        for (Citation c : cited) {
            int start = Math.max(c.startOffset(), at);
            int end = Math.min(c.endOffset(), block.endOffset());
            if (end <= start || c.anchor() == Citation.AnchorStatus.ORPHANED) {
                continue;
            }
            if (start > at) {
                p.add(new Span(article.body().substring(at, start)));
            }
            p.add(highlight(article.body().substring(start, end), c, cited));
            at = end;
        }
        if (at < block.endOffset()) {
            p.add(new Span(article.body().substring(at, block.endOffset())));
        }
        Span number = new Span(Integer.toString(block.number()));
        number.addClassName("paragraph-number");
        Div row = new Div(number, p);
        row.addClassName("article-paragraph");
        row.setId(block.anchor());
        return row;
    }

    private Span highlight(String text, Citation citation, List<Citation> all) {
        Span mark = new Span(text);
        MapNode node = nodes.get(citation.nodeId());
        mark.addClassNames("highlight", node != null && node.stance() == Stance.CON ? "highlight-con" : "highlight-pro");
        mark.getElement().setAttribute("data-citation", Long.toString(citation.id()));
        mark.getElement().setAttribute("title", node == null ? "" : node.text());
        mark.addClickListener(e -> {
            List<Citation> under = new ArrayList<>();
            for (Citation c : all) {
                if (c.startOffset() < citation.endOffset() && citation.startOffset() < c.endOffset()) {
                    under.add(c);
                }
            }
            onHighlightClick.accept(under);
        });
        return mark;
    }

    static String shortTitle(String title) {
        return title.length() <= 40 ? title : title.substring(0, 38) + "…";
    }
}
