package org.warrant.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.comments.CommentService;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** The editor's comments: a thread on the selected node, its count in the tab and the outline, resolving it. */
@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class CommentsPaneTest extends SpringBrowserlessTest {

    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired CommentService comments;

    @Test
    void a_comment_on_the_selected_node_shows_in_the_tab_and_the_outline_and_can_be_resolved() {
        long mapId = maps.create("Comment map " + System.nanoTime(), null, List.of(articles.list("").getFirst().id()));
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "A claim to discuss.");
        MapEditorView view = navigate("maps/" + mapId, MapEditorView.class);
        assertThat(view.commentsPane.draft).as("built only when first opened").isNull();

        Button opener = find(MapHeader.class).single().comments;
        test(opener).click();
        roundTrip(); // the dialog joins the page on the way to the browser
        view.outline.select(claim.id());
        test(view.commentsPane.draft).setValue("Is this claim the paper's or mine?");
        test(view.commentsPane.add).click();

        assertThat(opener.getText()).isEqualTo("Comments (1)");
        assertThat(view.commentsPane.threads.getElement().getTextRecursively()).contains("Is this claim the paper's or mine?");
        assertThat(comments.onMap(mapId)).singleElement().satisfies(c -> assertThat(c.nodeId()).isEqualTo(claim.id()));

        Button resolve = find(Button.class, view.commentsPane.threads).all().stream()
                .filter(b -> b.getText().equals("Resolve")).findFirst().orElseThrow();
        test(resolve).click();
        assertThat(opener.getText()).isEqualTo("Comments");
        assertThat(comments.onMap(mapId).getFirst().resolved()).isTrue();
    }
}
