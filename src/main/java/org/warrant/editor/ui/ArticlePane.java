package org.warrant.editor.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.warrant.editor.ArticleLetters;
import org.warrant.editor.EditorDataEndpoint;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.OpenedMap;

/**
 * The map's articles, a tab each, with the passages the map cites highlighted by stance. The article itself
 * is drawn by {@code frontend/components/article-reader.js}, which fetches it from {@link EditorDataEndpoint}:
 * the server sends a URL, not the text. A click on a highlight reports the citations under it.
 */
class ArticlePane extends Div {

    /** A selection in the article, in anchor-space offsets. */
    record Selection(long articleId, int start, int end) {
    }

    /** What a tab needs of an article; the text itself stays out of the editor (the reader fetches it). */
    record ArticleTab(long id, String title) {
    }

    /** The reader web component. */
    @Tag("warrant-article-reader")
    @JsModule("./components/article-reader.js")
    static class Reader extends com.vaadin.flow.component.Component {

        Reader() {
            getElement().setPropertyMap("messages", org.warrant.ui.Text.messages(
                    List.of("reader.keys-label", "reader.load-failed", "reader.selection-cleared", "reader.selected")));
        }
    }

    private final long mapId;
    private final List<ArticleTab> articles;
    private final Tabs tabs = new Tabs();
    final Reader reader = new Reader();
    private final Consumer<List<Citation>> onHighlightClick;
    private OpenedMap content;
    private long drawn;
    private int highlightsShown;

    ArticlePane(long mapId, List<ArticleTab> articles, Consumer<List<Citation>> onHighlightClick) {
        this.mapId = mapId;
        this.articles = articles;
        this.onHighlightClick = onHighlightClick;
        addClassName("article-pane");
        for (int i = 0; i < articles.size(); i++) { // the letters the outline and the diagram tag nodes with
            Tab tab = new Tab(ArticleLetters.letter(i) + " · " + shortTitle(articles.get(i).title()));
            tab.getElement().setAttribute("title", articles.get(i).title());
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> refresh());
        tabs.setVisible(articles.size() > 1);
        reader.getElement().addEventListener("highlight-click", e -> clicked(e.getEventData().get("event.detail.citations").asString()))
                .addEventData("event.detail.citations");
        Div scroller = new Div(reader);
        scroller.addClassNames("reading", "map-reader");
        add(tabs, scroller);
    }

    ArticleTab current() {
        return articles.get(Math.max(0, tabs.getSelectedIndex()));
    }

    /** Shows the map's current highlights; the reader fetches again only when they changed. */
    void show(OpenedMap newContent) {
        this.content = newContent;
        int highlights = newContent.citations().stream()
                .mapToInt(c -> {
                    MapNode node = newContent.node(c.nodeId());
                    return java.util.Objects.hash(c.id(), c.startOffset(), c.endOffset(), c.anchor(), node.stance(), node.text());
                })
                .reduce(17, (a, b) -> 31 * a + b);
        if (drawn == 0 || highlights != highlightsShown) {
            highlightsShown = highlights;
            refresh();
        }
    }

    /** Points the reader at the current article's latest state; a new URL makes it fetch again. */
    private void refresh() {
        reader.getElement().setAttribute("src", EditorDataEndpoint.readerPath(mapId, current().id()) + "?v=" + (++drawn));
    }

    String source() {
        return reader.getElement().getAttribute("src");
    }

    /** Shows the article of the citation and scrolls to it once it is drawn. */
    void reveal(Citation citation) {
        int index = articles.stream().map(ArticleTab::id).toList().indexOf(citation.articleId());
        if (index >= 0 && index != tabs.getSelectedIndex()) {
            tabs.setSelectedIndex(index);
            reader.getElement().executeJs("this.addEventListener('article-drawn', () => this.reveal($0), {once: true})", citation.id());
        } else {
            reader.getElement().executeJs("this.reveal($0)", citation.id());
        }
    }

    /** Reads the browser's text selection inside the reader as offsets into the article body. */
    void readSelection(Consumer<Selection> then) {
        long articleId = current().id();
        reader.getElement().executeJs("return this.selection()").then(json -> {
            if (json != null && json.isArray() && json.size() == 2) {
                then.accept(new Selection(articleId, json.get(0).asInt(), json.get(1).asInt()));
            } else {
                then.accept(null);
            }
        });
    }

    void clearSelection() {
        reader.getElement().callJsFunction("clearSelection");
    }

    private void clicked(String citationIds) {
        List<Long> ids = Arrays.stream(citationIds.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        onHighlightClick.accept(content.citations().stream().filter(c -> ids.contains(c.id())).toList());
    }

    static String shortTitle(String title) {
        return title.length() <= 40 ? title : title.substring(0, 38) + "…";
    }
}
