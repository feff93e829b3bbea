package org.warrant.testing;

import static org.warrant.testing.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * A {@link Classroom#seminar} with an individual assignment and an answer key, for comparing maps.
 * Ann and Ben submitted maps that share the claim and one cited premise; Cy started but never submitted.
 * Another seminar's instructor stands outside.
 */
public final class MarkedClass {

    public final String suffix = Classroom.freshSuffix();
    public final String instructor = "cmpteach" + suffix;
    public final String ann = "ann" + suffix;
    public final String ben = "ben" + suffix;
    public final String cy = "cy" + suffix;
    public final String outsider = "cmpout" + suffix;
    public final long assignment;
    public final long seminar;

    public MarkedClass(SeminarService seminars, AssignmentService assignments, MapService maps, MapEditService edits, ArticleService articles) {
        seminar = Classroom.seminar(seminars, instructor, "Compare " + suffix, List.of(ann, ben, cy));
        Article article = articles.find(articles.list("").getFirst().id()).orElseThrow();
        long key = maps.create("Key " + suffix, null, List.of(article.id()));
        MapNode keyClaim = edits.add(key, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality harmed Iran's national interests");
        cite(edits, key, keyClaim, article, 0);
        assignment = assignments.create(seminar, new NewAssignment("Week " + suffix, "Map the paper.", List.of(article.id()),
                Instant.now().plus(Duration.ofDays(7)), false, key));
        for (String student : List.of(ann, ben, cy)) {
            as(student, Role.STUDENT);
            long map = assignments.start(assignment);
            MapNode claim = edits.add(map, null, null, NodeKind.CLAIM, Stance.NONE, "Iran's neutrality harmed its national interests");
            MapNode premise = edits.add(map, claim.id(), null, NodeKind.PREMISE, Stance.PRO, student.equals(ann)
                    ? "Trade routes moved away from Iran" : "Regional trade routes bypassed Iranian territory");
            cite(edits, map, premise, article, 0);
            if (student.equals(ann)) {
                edits.add(map, claim.id(), null, NodeKind.OBJECTION, Stance.CON, "Taking sides meant war with a neighbour");
            }
            if (!student.equals(cy)) {
                assignments.submit(assignment);
            }
        }
        as(outsider, Role.INSTRUCTOR);
        seminars.create("Elsewhere " + suffix, "Autumn");
    }

    /** Evidence under the node quoting the article's first paragraph. */
    private static void cite(MapEditService edits, long map, MapNode under, Article article, int paragraph) {
        var block = article.blocks().stream().filter(b -> b.number() != null).skip(paragraph).findFirst().orElseThrow();
        edits.addEvidence(map, under.id(), article.id(), block.startOffset(), Math.min(block.endOffset(), block.startOffset() + 120),
                Stance.PRO, "As the paper says");
    }
}
