package org.warrant.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.editor.EditorDataEndpoint;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** Building a map from the article's words: siblings in one key, joined quotes, and which article a node cites. */
@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class MapEditorQuotingTest extends SpringBrowserlessTest {

    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired EditorDataEndpoint data;
    private Article interview;
    private Article paper;

    @BeforeEach
    void articles() {
        interview = articles.find(articles.list("Caliber").getFirst().id()).orElseThrow();
        paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
    }

    private MapEditorView open(List<Long> articleIds, String claim) {
        long mapId = maps.create("Quoting " + System.nanoTime(), null, articleIds);
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, claim);
        MapEditorView view = navigate("maps/" + mapId, MapEditorView.class);
        view.outline.select(view.content.nodes().getFirst().id());
        return view;
    }

    private ArticlePane.Selection words(Article article, String quote) {
        int at = article.body().indexOf(quote);
        return new ArticlePane.Selection(article.id(), at, at + quote.length());
    }

    @Test
    void another_like_the_selected_node_goes_under_the_same_parent_in_one_step() {
        MapEditorView view = open(List.of(interview.id()), "Iran needs normalisation.");
        long claim = view.content.nodes().getFirst().id();
        view.toolbar.evidenceFrom(words(interview, "it is certainly more beneficial for Iran"));

        view.toolbar.siblingFrom(words(interview, "policy"));
        view.toolbar.siblingFrom(words(interview, "mutually beneficial"));

        assertThat(view.content.tree().children(claim)).extracting(MapNode::kind, MapNode::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NodeKind.EVIDENCE, "it is certainly more beneficial for Iran"),
                org.assertj.core.groups.Tuple.tuple(NodeKind.EVIDENCE, "policy"),
                org.assertj.core.groups.Tuple.tuple(NodeKind.EVIDENCE, "mutually beneficial"));
        assertThat(view.toolbar.getChildren().filter(c -> "Quote as:".equals(c.getElement().getText())).findFirst().orElseThrow()
                .getElement().getAttribute("title")).contains("Alt+Shift+A");
    }

    @Test
    void a_node_worded_as_its_quote_reads_as_its_quotes_joined_once_it_cites_another_and_undo_restores_it() {
        MapEditorView view = open(List.of(interview.id()), "Claim");
        view.toolbar.replyFrom(words(interview, "mutually beneficial"), NodeKind.PREMISE);
        MapNode premise = view.outline.selected().orElseThrow();

        view.toolbar.citeFrom(words(interview, "it is certainly more beneficial for Iran"));

        assertThat(view.content.node(premise.id()).text()).isEqualTo(interview.body().indexOf("it is certainly") < interview.body().indexOf("mutually beneficial")
                ? "it is certainly more beneficial for Iran … mutually beneficial" : "mutually beneficial … it is certainly more beneficial for Iran");
        view.commands().undo();
        assertThat(view.content.node(premise.id()).text()).isEqualTo("mutually beneficial");
    }

    @Test
    void a_reworded_node_keeps_its_words_when_it_cites_another_passage() {
        MapEditorView view = open(List.of(interview.id()), "Claim");
        view.toolbar.replyFrom(words(interview, "mutually beneficial"), NodeKind.PREMISE);
        MapNode premise = view.outline.selected().orElseThrow();
        view.commands().editText(premise, "Both sides gain");

        view.toolbar.citeFrom(words(interview, "policy"));

        assertThat(view.content.node(premise.id()).text()).isEqualTo("Both sides gain");
        assertThat(view.content.citationsOf(premise.id())).hasSize(2);
    }

    @Test
    void in_a_map_on_two_articles_each_node_shows_which_it_cites_by_the_tabs_letter() {
        MapEditorView view = open(List.of(interview.id(), paper.id()), "Claim");
        view.toolbar.evidenceFrom(words(interview, "policy"));
        MapNode evidence = view.outline.selected().orElseThrow();
        String paperWords = paper.body().substring(paper.body().indexOf(' ', 400) + 1, paper.body().indexOf(' ', 400) + 30).strip();
        view.toolbar.citeFrom(words(paper, paperWords));

        var graph = data.graph(view.mapId).getBody().nodes();
        assertThat(graph).filteredOn(n -> n.id() == evidence.id()).singleElement().satisfies(n -> assertThat(n.articles()).isEqualTo("A, B"));
        assertThat(graph).filteredOn(n -> n.kind().equals("CLAIM")).singleElement().satisfies(n -> assertThat(n.articles()).isEmpty());
    }
}
