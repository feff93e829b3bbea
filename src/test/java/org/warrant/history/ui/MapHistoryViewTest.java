package org.warrant.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
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

/** Stepping through a map's history in its view. */
@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class MapHistoryViewTest extends SpringBrowserlessTest {

    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;

    @Test
    void stepping_back_shows_the_map_as_it_was_with_the_steps_node_marked() {
        long mapId = maps.create("History map " + System.nanoTime(), null, List.of(articles.list("").getFirst().id()));
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "First claim.");
        MapNode second = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Second claim.");

        MapHistoryView view = navigate("maps/" + mapId + "/history", MapHistoryView.class);
        assertThat(view.position.getText()).isEqualTo("Step 2 of 2");
        assertThat(view.mapThen.getTreeData().getRootItems()).extracting(MapNode::text).containsExactly("First claim.", "Second claim.");

        view.go(0);
        assertThat(view.position.getText()).isEqualTo("Step 1 of 2");
        assertThat(view.mapThen.getTreeData().getRootItems()).extracting(MapNode::id).containsExactly(claim.id());
        assertThat(view.mapThen.getPartNameGenerator().apply(claim)).isEqualTo("replay-current");
        assertThat(view.caption.getText()).contains("added a claim “First claim.”");
        assertThat(view.mapThen.getPartNameGenerator().apply(second)).isNull();
    }

    @Test
    void another_users_private_map_is_not_found() {
        long mapId = maps.readableMaps().stream().filter(m -> m.owner().equals("student1")).findFirst()
                .map(m -> m.id()).orElseGet(() -> maps.create("Mine", null, List.of(articles.list("").getFirst().id())));
        MapHistoryView view = navigate("maps/" + (mapId + 1_000_000) + "/history", MapHistoryView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Map not found");
    }
}
