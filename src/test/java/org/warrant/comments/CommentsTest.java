package org.warrant.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.export.OutlineService;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** Feedback: instructors comment on students' nodes, students reply and resolve, peers join during peer review. */
@WarrantTest(profiles = "test")
class CommentsTest {

    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired CommentService comments;
    @Autowired OutlineService outlines;
    Classroom room;
    long mapId;
    long nodeId;

    @BeforeEach
    void aStudentsMap() {
        room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.owner, Role.STUDENT);
        mapId = assignments.start(room.individual);
        nodeId = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality harmed Iran.").id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_instructor_comments_and_the_student_replies_and_resolves() {
        as(room.instructor, Role.INSTRUCTOR);
        long thread = comments.comment(mapId, nodeId, "Which passage says so? Cite it.");

        as(room.owner, Role.STUDENT);
        assertThat(comments.onMap(mapId)).extracting(MapComment::text).containsExactly("Which passage says so? Cite it.");
        comments.reply(thread, "Added the evidence from ¶ 59.");
        comments.resolve(thread, true);

        as(room.instructor, Role.INSTRUCTOR);
        var seen = comments.onMap(mapId);
        assertThat(seen).hasSize(2);
        assertThat(seen.getFirst().resolved()).isTrue();
        assertThat(seen.get(1).replyTo()).isEqualTo(thread);
    }

    @Test
    void other_students_see_no_comments_until_peer_review_and_peers_cannot_resolve() {
        as(room.instructor, Role.INSTRUCTOR);
        long thread = comments.comment(mapId, nodeId, "Good start.");
        as(room.other, Role.STUDENT);
        assertThatThrownBy(() -> comments.onMap(mapId)).isInstanceOf(MapNotFoundException.class);

        as(room.instructor, Role.INSTRUCTOR);
        assignments.publishMaps(room.individual, true);
        as(room.other, Role.STUDENT);
        assertThat(comments.onMap(mapId)).as("published, but no peer review: reading only").isEmpty();
        assertThatThrownBy(() -> comments.comment(mapId, nodeId, "Nice")).isInstanceOf(AccessDeniedException.class);

        as(room.instructor, Role.INSTRUCTOR);
        assignments.peerReview(room.individual, true);
        as(room.other, Role.STUDENT);
        comments.comment(mapId, nodeId, "A peer's question: what about Turkey?");
        assertThat(comments.onMap(mapId)).hasSize(2);
        assertThatThrownBy(() -> comments.resolve(thread, true)).isInstanceOf(AccessDeniedException.class);
        as(room.outsider, Role.STUDENT);
        assertThatThrownBy(() -> comments.comment(mapId, nodeId, "x")).isInstanceOf(MapNotFoundException.class);
    }

    @Test
    void comments_can_go_into_the_markdown_outline_and_are_not_imported_back() {
        as(room.instructor, Role.INSTRUCTOR);
        long thread = comments.comment(mapId, nodeId, "Cite *the paper* <b>here</b>.");
        as(room.owner, Role.STUDENT);
        comments.reply(thread, "Done.");

        String plain = outlines.export(mapId).markdown();
        String withComments = outlines.export(mapId, true).markdown();
        assertThat(plain).doesNotContain("## Comments");
        assertThat(withComments).startsWith(plain.strip()).contains("## Comments")
                .contains("On “Neutrality harmed Iran.”").contains("Cite \\*the paper\\*").contains("  - **");
        long copy = outlines.importOutline(withComments, "Copy", null);
        assertThat(outlines.export(copy).markdown().replaceAll("Exported: .*", ""))
                .isEqualTo(plain.replaceAll("Exported: .*", ""));
    }

    @Test
    void an_empty_or_huge_comment_is_refused_with_the_reason() {
        as(room.owner, Role.STUDENT);
        assertThatThrownBy(() -> comments.comment(mapId, nodeId, "   ")).hasMessageContaining("Write something");
        assertThatThrownBy(() -> comments.comment(mapId, nodeId, "x".repeat(4001))).hasMessageContaining("at most 4,000");
        assertThat(comments.onMap(mapId)).isEmpty();
    }
}
