package org.warrant.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warrant.accounts.Role;
import org.warrant.maps.Citation;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleText;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** After a correction of its article, the editor lists the map's orphaned citations and re-attaches them. */
@WarrantTest
class OrphanedCitationsTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired MapService maps;
    @Autowired MapEditService edits;

    @Test
    void an_orphaned_citation_is_listed_with_its_old_quote_and_re_attached_to_selected_words() {
        String suffix = Classroom.freshSuffix();
        as("teach" + suffix, Role.INSTRUCTOR);
        long articleId = articles.importArticle(new ArticleDraft("Orphans " + suffix, null, null, null, null, ArticleKind.NEWS, List.of(
                ArticleDraft.DraftBlock.paragraph("Opening of the story " + suffix + "."),
                ArticleDraft.DraftBlock.paragraph("The ambassador repeated the claim in Yerevan.")))).articleId();
        String student = "student" + suffix;
        as(student, Role.STUDENT);
        long mapId = maps.create("Orphans", null, List.of(articleId));
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Tehran doubled down");
        String body = articles.find(articleId).orElseThrow().body();
        int at = body.indexOf("The ambassador");
        edits.addEvidence(mapId, claim.id(), articleId, at, at + "The ambassador repeated the claim".length(), Stance.PRO, null);
        as("teach" + suffix, Role.INSTRUCTOR);
        String text = ArticleText.of(articles.find(articleId).orElseThrow()).replace("The ambassador repeated the claim in Yerevan.",
                "An envoy said much the same in Armenia's capital.");
        articles.correct(articleId, 1, text, "Replaced a paragraph pasted from another article");
        as(student, Role.STUDENT);

        MapEditorView view = navigate("maps/" + mapId, MapEditorView.class);

        assertThat(view.orphans.isVisible()).isTrue();
        assertThat($(H2.class).from(view.orphans).single().getText()).isEqualTo("1 citation to re-attach");
        assertThat(view.orphans.getElement().getTextRecursively()).contains("Evidence cited “The ambassador repeated the claim”");
        assertThat($(Button.class).from(view.orphans).all()).extracting(Button::getText)
                .containsExactly("Show the node", "Re-attach to the selected words", "Remove the citation");
        Citation lost = view.content.citations().getFirst();
        String corrected = articles.find(articleId).orElseThrow().body();
        int envoy = corrected.indexOf("An envoy said much the same");

        view.orphans.reattachTo(lost, new ArticlePane.Selection(articleId, envoy, envoy + "An envoy said much the same".length()));

        assertThat(view.orphans.isVisible()).isFalse();
        assertThat(view.content.citations()).singleElement().satisfies(c -> {
            assertThat(c.anchor()).isEqualTo(Citation.AnchorStatus.ANCHORED);
            assertThat(c.quote()).isEqualTo("An envoy said much the same");
        });
        assertThat(view.content.nodes()).extracting(MapNode::text).contains("An envoy said much the same"); // worded as its quote, it follows
    }
}
