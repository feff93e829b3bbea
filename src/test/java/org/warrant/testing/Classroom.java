package org.warrant.testing;

import static org.warrant.testing.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.maps.MapService;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;

/**
 * Two seminars with fresh names (the test database outlives a run): in seminar A the instructor teaches
 * owner and mate (group 1) and other (group 2); seminar B has its own instructor and student. Each has an
 * individual and a group assignment on the first seed article, with an answer key in A.
 */
public final class Classroom {

    public final String suffix = freshSuffix();
    public final String instructor = "teach" + suffix;
    public final String owner = "owner" + suffix;
    public final String mate = "mate" + suffix;
    public final String other = "other" + suffix;
    public final String instructorB = "teachb" + suffix;
    public final String outsider = "outsider" + suffix;
    public final long seminarA;
    public final long seminarB;
    public final long groupOne;
    public final long individual;
    public final long groupWork;
    public final long answerKey;
    public final long articleId;

    public Classroom(SeminarService seminars, AssignmentService assignments, MapService maps, ArticleService articles, Instant due) {
        as(instructor, Role.INSTRUCTOR);
        articleId = articles.list("").getFirst().id();
        seminarA = seminar(seminars, instructor, "Seminar A " + suffix, List.of(owner, mate, other));
        groupOne = seminars.createGroup(seminarA, "Group 1");
        long groupTwo = seminars.createGroup(seminarA, "Group 2");
        seminars.assign(seminarA, owner, groupOne);
        seminars.assign(seminarA, mate, groupOne);
        seminars.assign(seminarA, other, groupTwo);
        answerKey = maps.create("Key " + suffix, null, List.of(articleId));
        individual = assignments.create(seminarA, new NewAssignment("Alone " + suffix, "Map *it*.", List.of(articleId), due, false, answerKey));
        groupWork = assignments.create(seminarA, new NewAssignment("Together " + suffix, "Map it together.", List.of(articleId), due, true, null));

        seminarB = seminar(seminars, instructorB, "Seminar B " + suffix, List.of(outsider));
    }

    /** A new seminar the instructor teaches and the students joined with its code; signed in as the instructor after. */
    public static long seminar(SeminarService seminars, String instructor, String name, List<String> students) {
        as(instructor, Role.INSTRUCTOR);
        long seminar = seminars.create(name, "Spring");
        String code = seminars.open(seminar).joinCode();
        for (String student : students) {
            as(student, Role.STUDENT);
            seminars.join(code);
        }
        as(instructor, Role.INSTRUCTOR);
        return seminar;
    }

    /** A suffix for fresh names: the test database outlives a run. */
    public static String freshSuffix() {
        return Long.toString(System.nanoTime(), 36);
    }

    public static Instant nextWeek() {
        return Instant.now().plus(Duration.ofDays(7));
    }

    public Role roleOf(String user) {
        return user.equals(instructor) || user.equals(instructorB) ? Role.INSTRUCTOR : Role.STUDENT;
    }
}
