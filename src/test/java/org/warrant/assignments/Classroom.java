package org.warrant.assignments;

import static org.warrant.testing.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.warrant.accounts.Role;
import org.warrant.maps.MapService;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;

/**
 * Two seminars with fresh names (the test database outlives a run): in seminar A the instructor teaches
 * owner and mate (group 1) and other (group 2); seminar B has its own instructor and student. Each has an
 * individual and a group assignment on the first seed article, with an answer key in A.
 */
final class Classroom {

    final String suffix = Long.toString(System.nanoTime(), 36);
    final String instructor = "teach" + suffix;
    final String owner = "owner" + suffix;
    final String mate = "mate" + suffix;
    final String other = "other" + suffix;
    final String instructorB = "teachb" + suffix;
    final String outsider = "outsider" + suffix;
    final long seminarA;
    final long seminarB;
    final long groupOne;
    final long individual;
    final long groupWork;
    final long answerKey;
    final long articleId;

    Classroom(SeminarService seminars, AssignmentService assignments, MapService maps, ArticleService articles, Instant due) {
        as(instructor, Role.INSTRUCTOR);
        articleId = articles.list("").getFirst().id();
        seminarA = seminars.create("Seminar A " + suffix, "Spring");
        String codeA = seminars.open(seminarA).joinCode();
        groupOne = seminars.createGroup(seminarA, "Group 1");
        long groupTwo = seminars.createGroup(seminarA, "Group 2");
        for (String s : List.of(owner, mate, other)) {
            as(s, Role.STUDENT);
            seminars.join(codeA);
        }
        as(instructor, Role.INSTRUCTOR);
        seminars.assign(seminarA, owner, groupOne);
        seminars.assign(seminarA, mate, groupOne);
        seminars.assign(seminarA, other, groupTwo);
        answerKey = maps.create("Key " + suffix, null, List.of(articleId));
        individual = assignments.create(seminarA, new NewAssignment("Alone " + suffix, "Map *it*.", List.of(articleId), due, false, answerKey));
        groupWork = assignments.create(seminarA, new NewAssignment("Together " + suffix, "Map it together.", List.of(articleId), due, true, null));

        as(instructorB, Role.INSTRUCTOR);
        seminarB = seminars.create("Seminar B " + suffix, "Spring");
        String codeB = seminars.open(seminarB).joinCode();
        as(outsider, Role.STUDENT);
        seminars.join(codeB);
    }

    static Instant nextWeek() {
        return Instant.now().plus(Duration.ofDays(7));
    }

    Role roleOf(String user) {
        return user.equals(instructor) || user.equals(instructorB) ? Role.INSTRUCTOR : Role.STUDENT;
    }
}
