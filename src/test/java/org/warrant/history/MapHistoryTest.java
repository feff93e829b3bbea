package org.warrant.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.comments.CommentService;
import org.warrant.maps.MapActivity;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** A group map's history: who did what, and the map as it stood after each step, for the instructor to replay. */
@WarrantTest(profiles = "test")
class MapHistoryTest {

    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired CommentService comments;
    @Autowired MapHistoryService history;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_instructor_steps_through_who_did_what_and_sees_the_map_grow() {
        Classroom room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.owner, Role.STUDENT);
        long mapId = assignments.start(room.groupWork);
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality harmed Iran.");
        as(room.mate, Role.STUDENT);
        MapNode premise = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "Baku turned to Ankara.");
        edits.editText(premise.id(), premise.version(), "Baku turned to Ankara and Tel Aviv.");
        as(room.instructor, Role.INSTRUCTOR);
        comments.comment(mapId, premise.id(), "Which passage?");

        List<MapActivity> lines = history.history(mapId);
        assertThat(lines).extracting(MapActivity::username).containsExactly(room.owner, room.mate, room.mate, room.instructor);
        assertThat(lines).extracting(MapActivity::summary).containsExactly(
                "added a claim “Neutrality harmed Iran.”",
                "added a premise (pro) “Baku turned to Ankara.”",
                "changed “Baku turned to Ankara.” to “Baku turned to Ankara and Tel Aviv.”",
                "commented on “Baku turned to Ankara and Tel Aviv.”");
        assertThat(history.asOf(mapId, lines.getFirst().at()).inTreeOrder()).extracting(MapNode::id).containsExactly(claim.id());
        assertThat(history.asOf(mapId, lines.getLast().at()).children(claim.id())).extracting(MapNode::id).containsExactly(premise.id());

        as(room.other, Role.STUDENT);
        assertThatThrownBy(() -> history.history(mapId)).isInstanceOf(MapNotFoundException.class);
    }

    @Test
    void a_refused_edit_leaves_no_line() {
        Classroom room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.owner, Role.STUDENT);
        long mapId = assignments.start(room.individual);
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "A claim.");
        edits.editText(claim.id(), claim.version(), "A better claim.");
        assertThatThrownBy(() -> edits.editText(claim.id(), claim.version(), "A stale edit.")).isNotNull();
        assertThat(history.history(mapId)).hasSize(2);
    }
}
