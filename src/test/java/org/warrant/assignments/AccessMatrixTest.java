package org.warrant.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.warrant.testing.SignedIn.as;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.comments.CommentService;
import org.warrant.export.OutlineService;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarNotFoundException;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.RefusalLog;
import org.warrant.testing.WarrantTest;

/**
 * Every service method on seminar work, against every kind of user. A user who may not see a record gets
 * "not found" (404), one who may see it but not do this gets "denied" (403), a signed-out caller is asked to
 * sign in; every refusal but the last is logged with the user's name.
 */
@WarrantTest(profiles = "test")
class AccessMatrixTest {

    private static final String MATRIX = """
            | operation                    | owner | mate | other | outsider | instructor | instructorB | anonymous |
            | read the group map           | ok    | ok   | 404   | 404      | ok         | 404         | sign-in   |
            | add a node to the group map  | ok    | ok   | 404   | 404      | 403        | 404         | sign-in   |
            | rename the group map         | ok    | ok   | 404   | 404      | 403        | 404         | sign-in   |
            | copy the group map           | ok    | ok   | 404   | 404      | ok         | 404         | sign-in   |
            | export the group map         | ok    | ok   | 404   | 404      | ok         | 404         | sign-in   |
            | publish the group map        | 403   | 403  | 404   | 404      | ok         | 404         | sign-in   |
            | delete the group map         | 403   | 403  | 404   | 404      | 403        | 404         | sign-in   |
            | share the group map          | 403   | 403  | 404   | 404      | 403        | 404         | sign-in   |
            | comment on the group map     | ok    | ok   | 404   | 404      | ok         | 404         | sign-in   |
            | read the group map's comments| ok    | ok   | 404   | 404      | ok         | 404         | sign-in   |
            | read the owner's own map     | ok    | 404  | 404   | 404      | ok         | 404         | sign-in   |
            | add a node to the owner's map| ok    | 404  | 404   | 404      | 403        | 404         | sign-in   |
            | read the answer key          | 404   | 404  | 404   | 404      | ok         | 404         | sign-in   |
            | open the seminar             | ok    | ok   | ok    | 404      | ok         | 404         | sign-in   |
            | open the group assignment    | ok    | ok   | ok    | 404      | ok         | 404         | sign-in   |
            | start the group assignment   | ok    | ok   | ok    | 404      | 403        | 404         | sign-in   |
            | read the group's submission  | ok    | ok   | 404   | 404      | ok         | 404         | sign-in   |
            | allow resubmission           | 403   | 403  | 403   | 404      | ok         | 404         | sign-in   |
            | publish the assignment's maps| 403   | 403  | 403   | 404      | ok         | 404         | sign-in   |
            | release the answer key       | 403   | 403  | 403   | 404      | ok         | 404         | sign-in   |
            """;

    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired OutlineService outlines;
    @Autowired ArticleService articles;
    @Autowired CommentService comments;

    private static final RefusalLog log = new RefusalLog();

    @AfterAll
    static void detach() {
        log.close();
    }

    @TestFactory
    Stream<DynamicTest> every_service_method_against_every_kind_of_user() {
        Classroom room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.owner, org.warrant.accounts.Role.STUDENT);
        long groupMap = assignments.start(room.groupWork);
        long groupNode = edits.add(groupMap, null, null, NodeKind.CLAIM, Stance.NONE, "The group's claim").id();
        long ownMap = assignments.start(room.individual);
        assignments.submit(room.groupWork);
        long submission = assignments.open(room.groupWork).mine().latestSubmissionId();

        Map<String, Function<Long, Object>> operations = Map.ofEntries(
                Map.entry("read the group map", x -> maps.open(groupMap)),
                Map.entry("add a node to the group map", x -> edits.add(groupMap, null, null, NodeKind.CLAIM, Stance.NONE, "A claim")),
                Map.entry("rename the group map", x -> run(() -> maps.rename(groupMap, "Renamed", null))),
                Map.entry("copy the group map", x -> maps.duplicate(groupMap)),
                Map.entry("export the group map", x -> outlines.export(groupMap)),
                Map.entry("publish the group map", x -> run(() -> maps.publish(groupMap, false))),
                Map.entry("delete the group map", x -> run(() -> maps.delete(groupMap))),
                Map.entry("share the group map", x -> run(() -> maps.share(groupMap, true))),
                Map.entry("comment on the group map", x -> comments.comment(groupMap, groupNode, "A comment")),
                Map.entry("read the group map's comments", x -> comments.onMap(groupMap)),
                Map.entry("read the owner's own map", x -> maps.open(ownMap)),
                Map.entry("add a node to the owner's map", x -> edits.add(ownMap, null, null, NodeKind.CLAIM, Stance.NONE, "A claim")),
                Map.entry("read the answer key", x -> maps.open(room.answerKey)),
                Map.entry("open the seminar", x -> seminars.open(room.seminarA)),
                Map.entry("open the group assignment", x -> assignments.open(room.groupWork)),
                Map.entry("start the group assignment", x -> assignments.start(room.groupWork)),
                Map.entry("read the group's submission", x -> assignments.submission(submission)),
                Map.entry("allow resubmission", x -> run(() -> assignments.allowResubmission(room.groupWork, false))),
                Map.entry("publish the assignment's maps", x -> run(() -> assignments.publishMaps(room.groupWork, false))),
                Map.entry("release the answer key", x -> run(() -> assignments.releaseReference(room.individual, false))));

        List<String> lines = MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> actors = cells(lines.getFirst()).subList(1, 8);
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            String operation = row.getFirst();
            for (int i = 0; i < actors.size(); i++) {
                String actor = actors.get(i);
                String expected = row.get(i + 1);
                tests.add(dynamicTest(actor + ": " + operation + " → " + expected,
                        () -> check(room, actor, operations.get(operation), expected)));
            }
        }
        return tests.stream();
    }

    private void check(Classroom room, String actor, Function<Long, Object> operation, String expected) {
        String username = signIn(room, actor);
        log.clear();
        String outcome;
        try {
            operation.apply(0L);
            outcome = "ok";
        } catch (MapNotFoundException | AssignmentNotFoundException | SeminarNotFoundException e) {
            outcome = "404";
        } catch (AccessDeniedException e) {
            outcome = "403";
        } catch (AuthenticationCredentialsNotFoundException e) {
            outcome = "sign-in";
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(outcome).isEqualTo(expected);
        if (outcome.equals("404") || outcome.equals("403")) {
            assertThat(log.warnings()).as("the refusal is logged").anyMatch(w -> w.contains(username + " was refused"));
        }
    }

    private static String signIn(Classroom room, String actor) {
        String username = switch (actor) {
            case "owner" -> room.owner;
            case "mate" -> room.mate;
            case "other" -> room.other;
            case "outsider" -> room.outsider;
            case "instructor" -> room.instructor;
            case "instructorB" -> room.instructorB;
            default -> null;
        };
        if (username != null) {
            as(username, room.roleOf(username));
        }
        return username;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
