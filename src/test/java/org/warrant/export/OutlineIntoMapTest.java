package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.warrant.accounts.Role;
import org.warrant.maps.ActivityLog;
import org.warrant.maps.MapChangedEvent;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.OpenedMap;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** An outline or a list added to a map that already exists: placed, in one transaction, announced, or nothing. */
@WarrantTest
@RecordApplicationEvents
class OutlineIntoMapTest {

    private static final String LIST = """
            * Azerbaijan wants good relations with Iran.
              + Its policy is balance with every neighbour.
                > The country's policy is to maintain stable and mutually
                > beneficial relations with all the countries it borders.
              - There have been misunderstandings.
                + They were cleared up in talks.
            """;

    @Autowired OutlineService outlines;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired ActivityLog activity;
    @Autowired ApplicationEvents events;
    private final String student = "student" + Classroom.freshSuffix();
    private long mapId;
    private MapNode claim;

    @BeforeEach
    void aStartedMap() {
        as(student, Role.STUDENT);
        long interview = articles.list("Caliber").getFirst().id();
        mapId = maps.create("Assignment work", null, List.of(interview));
        claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Iran and Azerbaijan can be good neighbours.");
        edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "They share a border and a faith.");
    }

    @Test
    void a_list_added_under_a_node_becomes_its_replies_after_those_it_has_and_everyone_on_the_map_hears_of_it() {
        List<Long> added = outlines.importInto(mapId, claim.id(), LIST, null);

        OpenedMap map = maps.open(mapId);
        assertThat(map.tree().inTreeOrder()).extracting(MapNode::kind, MapNode::stance, MapNode::text).containsExactly(
                tuple(NodeKind.CLAIM, Stance.NONE, "Iran and Azerbaijan can be good neighbours."),
                tuple(NodeKind.PREMISE, Stance.PRO, "They share a border and a faith."),
                tuple(NodeKind.PREMISE, Stance.PRO, "Azerbaijan wants good relations with Iran."),
                tuple(NodeKind.PREMISE, Stance.PRO, "Its policy is balance with every neighbour."),
                tuple(NodeKind.EVIDENCE, Stance.PRO, "The country's policy is to maintain stable and mutually beneficial relations with all the countries it borders."),
                tuple(NodeKind.OBJECTION, Stance.CON, "There have been misunderstandings."),
                tuple(NodeKind.PREMISE, Stance.PRO, "They were cleared up in talks."));
        assertThat(added).singleElement().satisfies(id -> assertThat(map.node(id).parentId()).isEqualTo(claim.id()));
        assertThat(map.citations()).singleElement().satisfies(c -> assertThat(c.quote()).startsWith("The country's policy"));
        assertThat(events.stream(MapChangedEvent.class).filter(e -> e.mapId() == mapId)).isNotEmpty();
        assertThat(activity.of(mapId)).extracting(org.warrant.maps.MapActivity::summary)
                .contains("imported 5 nodes from an outline under “Iran and Azerbaijan can be good neighbours.”");
    }

    @Test
    void a_list_added_as_claims_follows_the_maps_claims_and_one_call_removes_it_again() {
        List<Long> added = outlines.importInto(mapId, null, "* A second claim\n* A third claim\n  + with a reason\n", null);

        assertThat(maps.open(mapId).tree().roots()).extracting(MapNode::text)
                .containsExactly("Iran and Azerbaijan can be good neighbours.", "A second claim", "A third claim");

        outlines.removeImported(mapId, added);
        assertThat(maps.open(mapId).nodes()).hasSize(2);
    }

    @Test
    void a_list_with_a_quote_not_in_the_article_adds_nothing_and_names_its_line() {
        String wrong = LIST.replace("mutually", "entirely");

        OutlineRejectedException e = catchThrowableOfType(OutlineRejectedException.class, () -> outlines.importInto(mapId, claim.id(), wrong, null));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(maps.open(mapId).nodes()).hasSize(2);
    }

    @Test
    void someone_who_cannot_edit_the_map_adds_nothing_to_it() {
        as("other" + Classroom.freshSuffix(), Role.STUDENT);
        assertThatThrownBy(() -> outlines.importInto(mapId, claim.id(), LIST, null))
                .isInstanceOfAny(AccessDeniedException.class, MapNotFoundException.class);
        as(student, Role.STUDENT);
        assertThat(maps.open(mapId).nodes()).hasSize(2);
    }

    @Test
    void an_exported_outline_of_another_map_on_the_article_adds_its_claims_with_fresh_ids() {
        long other = maps.create("Draft", null, maps.open(mapId).map().articleIds());
        outlines.importInto(other, null, LIST, null);
        String exported = outlines.export(other).markdown();

        outlines.importInto(mapId, null, exported, null);

        OpenedMap map = maps.open(mapId);
        assertThat(map.tree().roots()).extracting(MapNode::text).containsExactly("Iran and Azerbaijan can be good neighbours.",
                "Azerbaijan wants good relations with Iran.");
        assertThat(map.nodes().stream().map(MapNode::ref).distinct()).hasSize(map.nodes().size());
        assertThat(map.nodes().stream().map(MapNode::ref)).doesNotContainAnyElementsOf(maps.open(other).nodes().stream().map(MapNode::ref).toList());
    }
}
