package org.warrant.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** Import into this map: the list shown as read, added under the selected node, and taken back by one Undo. */
@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class ImportIntoMapDialogTest extends SpringBrowserlessTest {

    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    private MapEditorView view;
    private MapNode claim;

    @BeforeEach
    void aMapWithAClaim() {
        long interview = articles.list("Caliber").getFirst().id();
        long mapId = maps.create("Import into " + System.nanoTime(), null, List.of(interview));
        claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Iran and Azerbaijan can be good neighbours.");
        view = navigate("maps/" + mapId, MapEditorView.class);
    }

    private ImportIntoMapDialog openDialog() {
        test($(com.vaadin.flow.component.button.Button.class).withText("Import").single()).click();
        return $(ImportIntoMapDialog.class).single();
    }

    private List<String> texts() {
        return view.content.tree().inTreeOrder().stream().map(MapNode::text).toList();
    }

    @Test
    void a_checked_list_goes_under_the_selected_node_and_one_undo_takes_it_all_back() {
        view.outline.select(claim.id());
        ImportIntoMapDialog dialog = openDialog();
        assertThat(dialog.where.getValue()).startsWith("Under “Iran and Azerbaijan can be good");
        test(dialog.text).setValue("+ Trade is growing\n- Old quarrels remain\n  + Talks resolved most of them\n");
        assertThat(dialog.add.isEnabled()).as("added only once checked").isFalse();

        test(dialog.check).click();
        assertThat($(ListItem.class).from(dialog.result).all()).extracting(li -> li.getElement().getTextRecursively())
                .contains("PremiseTrade is growing", "ObjectionOld quarrels remainPremiseTalks resolved most of them");
        test(dialog.add).click();

        assertThat(texts()).containsExactly("Iran and Azerbaijan can be good neighbours.", "Trade is growing", "Old quarrels remain",
                "Talks resolved most of them");
        view.commands().undo();
        assertThat(texts()).containsExactly("Iran and Azerbaijan can be good neighbours.");
        view.commands().redo();
        assertThat(texts()).hasSize(4);
    }

    @Test
    void a_list_that_cannot_be_added_says_why_and_adds_nothing() {
        ImportIntoMapDialog dialog = openDialog();
        assertThat(dialog.where.getValue()).isEqualTo(ImportIntoMapDialog.AS_CLAIMS);
        test(dialog.text).setValue("* A claim\n  > words that are in no article at all, anywhere\n");
        test(dialog.check).click();
        test(dialog.add).click();

        assertThat(dialog.result.getElement().getTextRecursively()).contains("nothing was added").contains("Line 2");
        assertThat(texts()).containsExactly("Iran and Azerbaijan can be good neighbours.");
    }
}
