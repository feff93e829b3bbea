package org.warrant.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ElementUtilsKt;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.editor.EditorDataEndpoint;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRole;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;
import tools.jackson.databind.node.ObjectNode;

/** Every keyboard action of the outline, and selected article text becoming evidence. */
@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class MapEditorViewTest extends SpringBrowserlessTest {

    @Autowired MapService maps;
    @Autowired ArticleService articles;
    @Autowired EditorDataEndpoint data;
    private MapEditorView view;
    private Article interview;

    @BeforeEach
    void openNewMap() {
        interview = articles.find(articles.list("Caliber").getFirst().id()).orElseThrow();
        long mapId = maps.create("Keyboard map " + System.nanoTime(), null, List.of(interview.id()));
        view = navigate("maps/" + mapId, MapEditorView.class);
    }

    /**
     * Presses a key on the outline as the browser reports it: {@code event.key} and the modifier flags, for the
     * grid's keydown listener (which filters the same keys in the browser; see OutlineKeys).
     */
    private void press(String key, KeyModifier... modifiers) {
        press(view.outline, key, modifiers);
    }

    private static void press(OutlinePane outline, String key, KeyModifier... modifiers) {
        List<KeyModifier> held = List.of(modifiers);
        ObjectNode data = JacksonUtils.createObjectNode()
                .put(OutlineKeys.KEY, key)
                .put(OutlineKeys.SHIFT, held.contains(KeyModifier.SHIFT))
                .put(OutlineKeys.CTRL, held.contains(KeyModifier.CONTROL))
                .put(OutlineKeys.ALT, held.contains(KeyModifier.ALT))
                .put(OutlineKeys.FILTER, true); // the browser evaluated the filter; the real-browser test covers it
        Element grid = outline.grid.getElement();
        ElementUtilsKt._fireDomEvent(grid, new DomEvent(grid, "keydown", data));
    }

    private void type(String text) {
        roundTrip(); // the grid opens its editor when the response reaches the client, as in the browser
        assertThat(view.outline.grid.getEditor().isOpen()).isTrue();
        view.outline.editor.setValue(text); // the inline field lives in the grid row on the client, not attached here
        view.outline.commitEdit();
    }

    private List<String> outlineTexts() {
        return MapTree.of(view.content.nodes()).inTreeOrder().stream().map(MapNode::text).toList();
    }

    private MapNode nodeWithText(String text) {
        return view.content.nodes().stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow();
    }

    private void addClaims(String... texts) {
        for (String t : texts) {
            press("Enter");
            type(t);
        }
    }

    private void makeKind(String text, String kind) {
        view.outline.select(nodeWithText(text).id());
        test(view.toolbar.kind).selectItem(kind);
    }

    @Test
    void a_map_on_two_articles_has_a_tab_for_each_named_by_its_letter_and_title() {
        Article paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
        long mapId = maps.create("Two articles " + System.nanoTime(), null, List.of(interview.id(), paper.id()));
        navigate("maps/" + mapId, MapEditorView.class);
        assertThat($(Tab.class).all()).extracting(Tab::getLabel)
                .containsExactly("A · " + ArticlePane.shortTitle(interview.title()), "B · " + ArticlePane.shortTitle(paper.title()));
    }

    @Test
    void enter_adds_a_sibling_and_opens_it_for_typing() {
        addClaims("First claim.", "Second claim.");
        assertThat(outlineTexts()).containsExactly("First claim.", "Second claim.");
        assertThat(view.content.nodes()).allMatch(n -> n.kind() == NodeKind.CLAIM);
    }

    @Test
    void new_claim_with_nothing_quoted_adds_a_claim_in_the_users_own_words_after_the_others() {
        addClaims("First claim.", "Second claim.");
        view.outline.select(nodeWithText("First claim.").id()); // where the selection is doesn't matter: claims go last
        view.commands().addClaim(); // what New claim runs when the article has no words selected
        type("Neutrality was a mistake, in my words.");

        assertThat(outlineTexts()).containsExactly("First claim.", "Second claim.", "Neutrality was a mistake, in my words.");
        assertThat(nodeWithText("Neutrality was a mistake, in my words.").kind()).isEqualTo(NodeKind.CLAIM);
        assertThat(view.content.citations()).isEmpty();
    }

    @Test
    void a_reason_or_an_objection_from_the_selected_words_takes_one_step() {
        addClaims("Neutrality harmed Iran.");
        MapNode claim = nodeWithText("Neutrality harmed Iran.");
        String body = interview.body();
        int start = body.indexOf("policy");
        view.outline.select(claim.id());
        view.toolbar.replyFrom(new ArticlePane.Selection(interview.id(), start, start + "policy".length()), NodeKind.OBJECTION);

        MapNode added = view.outline.selected().orElseThrow();
        assertThat(added).extracting(MapNode::kind, MapNode::stance, MapNode::parentId, MapNode::text)
                .containsExactly(NodeKind.OBJECTION, Stance.CON, claim.id(), "policy");
        assertThat(view.content.citationsByNode().get(added.id())).singleElement()
                .extracting(c -> c.startOffset()).isEqualTo(start);
        assertThat(view.toolbar.reason.isEnabled()).isTrue();
        assertThat(view.toolbar.reason.getElement().getAttribute("title")).contains("Alt+Shift+R");
    }

    @Test
    void tab_makes_a_claim_a_premise_of_the_claim_above_and_shift_tab_makes_it_a_claim_again() {
        addClaims("Claim.", "Reason.");
        press("Tab");
        assertThat(nodeWithText("Reason.").parentId()).isEqualTo(nodeWithText("Claim.").id());
        assertThat(nodeWithText("Reason.").kind()).isEqualTo(NodeKind.PREMISE);
        press("Tab", KeyModifier.SHIFT);
        assertThat(nodeWithText("Reason.").parentId()).isNull();
        assertThat(nodeWithText("Reason.").kind()).isEqualTo(NodeKind.CLAIM);
        assertThat(outlineTexts()).containsExactly("Claim.", "Reason.");
    }

    @Test
    void shift_tab_moves_a_reply_up_a_level_and_keeps_its_kind() {
        addClaims("Claim.", "Reason.", "Objection.");
        press("Tab"); // "Objection." goes under "Reason."
        view.outline.select(nodeWithText("Reason.").id());
        press("Tab"); // "Reason." goes under "Claim.", taking its reply along
        makeKind("Objection.", "Objection");
        assertThat(nodeWithText("Objection.").parentId()).isEqualTo(nodeWithText("Reason.").id());

        press("Tab", KeyModifier.SHIFT);
        assertThat(nodeWithText("Objection.").parentId()).isEqualTo(nodeWithText("Claim.").id());
        assertThat(nodeWithText("Objection.").kind()).isEqualTo(NodeKind.OBJECTION);
        assertThat(outlineTexts()).containsExactly("Claim.", "Reason.", "Objection.");
    }

    @Test
    void alt_arrows_reorder_siblings() {
        addClaims("A.", "B.", "C.");
        view.outline.select(nodeWithText("C.").id());
        press("ArrowUp", KeyModifier.ALT);
        assertThat(outlineTexts()).containsExactly("A.", "C.", "B.");
        press("ArrowUp", KeyModifier.ALT);
        assertThat(outlineTexts()).containsExactly("C.", "A.", "B.");
        press("ArrowDown", KeyModifier.ALT);
        assertThat(outlineTexts()).containsExactly("A.", "C.", "B.");
    }

    @Test
    void f2_edits_the_selected_node_in_place() {
        addClaims("Old wording.");
        view.outline.select(nodeWithText("Old wording.").id());
        press("F2");
        roundTrip();
        assertThat(view.outline.grid.getEditor().isOpen()).isTrue();
        assertThat(view.outline.editor.getValue()).isEqualTo("Old wording.");
        type("New wording.");
        assertThat(outlineTexts()).containsExactly("New wording.");
    }

    @Test
    void typing_a_letter_on_a_row_starts_editing_it() {
        addClaims("Draft.");
        view.outline.select(nodeWithText("Draft.").id());
        view.outline.typed("F");
        assertThat(view.outline.editor.getValue()).isEqualTo("F");
        type("Final.");
        assertThat(outlineTexts()).containsExactly("Final.");
    }

    @Test
    void delete_removes_a_leaf_at_once_and_a_subtree_after_confirmation() {
        addClaims("Keep.", "Parent.", "Child.");
        press("Tab");
        view.outline.select(nodeWithText("Keep.").id());
        press("Delete");
        assertThat(outlineTexts()).containsExactly("Parent.", "Child.");

        view.outline.select(nodeWithText("Parent.").id());
        press("Delete");
        assertThat(outlineTexts()).containsExactly("Parent.", "Child."); // waiting for confirmation
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(outlineTexts()).isEmpty();
    }

    @Test
    void ctrl_z_undoes_the_users_edits_and_ctrl_shift_z_redoes_them() {
        addClaims("Claim.", "Reason.");
        press("Tab");
        view.outline.select(nodeWithText("Claim.").id());
        press("Delete");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(outlineTexts()).isEmpty();

        press("z", KeyModifier.CONTROL); // the deletion comes back, with the reply
        assertThat(outlineTexts()).containsExactly("Claim.", "Reason.");
        press("z", KeyModifier.CONTROL); // the indent is undone, and "Reason." is a claim again
        assertThat(nodeWithText("Reason.").parentId()).isNull();
        assertThat(nodeWithText("Reason.").kind()).isEqualTo(NodeKind.CLAIM);
        press("Z", KeyModifier.CONTROL, KeyModifier.SHIFT); // and redone
        assertThat(nodeWithText("Reason.").parentId()).isEqualTo(nodeWithText("Claim.").id());
    }

    @Test
    void selected_article_text_becomes_evidence_for_the_selected_node_and_is_highlighted() {
        addClaims("Iran needs normalisation.");
        view.outline.select(nodeWithText("Iran needs normalisation.").id());
        String quote = "it is certainly more beneficial for Iran";
        int at = interview.body().indexOf(quote); // select from inside "it" to inside "Iran": it snaps to whole words
        view.toolbar.evidenceFrom(new ArticlePane.Selection(interview.id(), at + 1, at + quote.length() - 2));

        MapNode evidence = view.content.nodes().stream().filter(n -> n.kind() == NodeKind.EVIDENCE).findFirst().orElseThrow();
        assertThat(evidence.text()).isEqualTo(quote);
        assertThat(evidence.parentId()).isEqualTo(nodeWithText("Iran needs normalisation.").id());
        assertThat(view.outline.selectedId()).contains(evidence.id());
        String readerSource = view.articlePane.source(); // the reader fetches the article afresh, with the new highlight
        assertThat(readerSource).contains("/articles/" + interview.id() + "/reader.json");
        var highlights = data.reader(view.mapId, interview.id()).getBody().highlights();
        assertThat(highlights).singleElement().satisfies(h -> {
            assertThat(interview.body().substring(h.start(), h.end())).isEqualTo(quote);
            assertThat(h.stance()).isEqualTo("PRO");
            assertThat(h.nodeId()).isEqualTo(evidence.id());
        });
    }

    @Test
    void link_joins_a_premise_with_the_one_above_and_the_checkbox_makes_an_objection_an_undercut() {
        addClaims("Claim.", "First reason.", "Second reason.", "Objection.");
        view.outline.select(nodeWithText("First reason.").id());
        press("Tab");
        view.outline.select(nodeWithText("Second reason.").id());
        press("Tab"); // both premises of "Claim." now
        test(view.toolbar.link).click();
        assertThat(nodeWithText("Second reason.").reasonGroup()).isNotNull().isEqualTo(nodeWithText("First reason.").reasonGroup());

        view.outline.select(nodeWithText("Objection.").id());
        press("Tab");
        makeKind("Objection.", "Objection");
        press("Tab"); // under "Second reason.": it attacks the step from that reason to the claim
        test(view.toolbar.undercut).click();
        MapNode undercut = nodeWithText("Objection.");
        assertThat(undercut.undercut()).isTrue();
        assertThat(NodeRole.of(undercut, nodeWithText("Second reason.")).label()).isEqualTo("Undercut");

        press("z", KeyModifier.CONTROL);
        assertThat(nodeWithText("Objection.").undercut()).isFalse();
    }

    @Test
    void someone_elses_shared_map_is_read_only_and_can_be_copied_to_edit() {
        long demoId = maps.readableMaps().stream().filter(m -> m.owner().equals("instructor")).findFirst().orElseThrow().id();
        MapEditorView demo = navigate("maps/" + demoId, MapEditorView.class);
        int size = demo.content.nodes().size();
        assertThat(demo.getElement().getTextRecursively()).contains("Read-only: shared by instructor.");
        assertThat(demo.toolbar.kind.isEnabled()).isFalse();
        press(demo.outline, "Enter");
        assertThat(maps.open(demoId).nodes()).hasSize(size);

        test($(Button.class).withText("Make my own copy").single()).click();
        MapEditorView copy = (MapEditorView) getCurrentView();
        assertThat(copy.mapId).isNotEqualTo(demoId);
        assertThat(copy.content.editable()).isTrue();
        assertThat(copy.content.nodes()).hasSize(size);
    }

    @Test
    void a_map_id_that_is_not_readable_shows_not_found() {
        MapEditorView other = navigate("maps/987654321", MapEditorView.class);
        assertThat(other.getElement().getTextRecursively()).contains("Map not found");
    }
}
