package org.warrant.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.assignments.AssignmentPage;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.Work;
import org.warrant.compare.CompareService;
import org.warrant.compare.MapStats;
import org.warrant.maps.ActivityLog;
import org.warrant.security.CurrentUser;
import org.warrant.shared.Refused;

/**
 * Grading an assignment's work on its rubric, and releasing the grades. Every method opens the assignment through
 * {@link AssignmentService}, which answers "not found" outside its seminar; grading is for its instructors, and a
 * student sees only their own work's grade, once released. Each grading action goes into the work's map history
 * (without the points, which the map's readers may see before release).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class GradingService {

    private static final Logger log = LoggerFactory.getLogger(GradingService.class);

    private final AssignmentService assignments;
    private final CompareService compare;
    private final RubricStore rubrics;
    private final GradeStore grades;
    private final GradeRules rules = new GradeRules();
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradingService(AssignmentService assignments, CompareService compare, RubricStore rubrics, GradeStore grades,
                   ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.compare = compare;
        this.rubrics = rubrics;
        this.grades = grades;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public GradeSheet sheet(long assignmentId) {
        AssignmentPage page = instructing(assignmentId);
        Map<Long, MapStats> hints = page.works().stream().anyMatch(w -> w.latestSubmissionId() != null)
                ? compare.figures(assignmentId) : Map.of();
        List<GradeSheet.Row> rows = page.works().stream().map(w -> new GradeSheet.Row(w,
                w.id() == null ? null : grades.ofWork(w.id()).orElse(null), w.mapId() == null ? null : hints.get(w.mapId()))).toList();
        Rubric rubric = rubricOf(assignmentId).orElse(null);
        return new GradeSheet(assignmentId, page.assignment().title(), page.assignment().groupWork(), rubric, rows);
    }

    /** Grades the assignment on one of the instructor's rubrics; fixed once a grade is given. */
    @Transactional
    public void useRubric(long assignmentId, long rubricId) {
        AssignmentPage page = instructing(assignmentId);
        Rubric rubric = rubrics.find(rubricId).filter(r -> r.owner().equals(me())).orElseThrow(() -> new Refused("rubric.not-found"));
        if (page.works().stream().anyMatch(w -> w.id() != null && grades.ofWork(w.id()).isPresent())) {
            throw new Refused("grading.rubric-fixed");
        }
        rubrics.attach(assignmentId, rubric.id());
        log.info("{} grades assignment {} on rubric {}", me(), assignmentId, rubricId);
    }

    /**
     * Saves a work's grade; refused when the draft does not fit the rubric or someone saved since it was read. A grade
     * already released stays released, and is announced again: the students are told, the LMS gradebook updated.
     */
    @Transactional
    public int save(long assignmentId, long workId, GradeDraft draft) {
        AssignmentPage page = instructing(assignmentId);
        Work work = workOf(page, workId);
        Rubric rubric = rubricOf(assignmentId).orElseThrow(() -> new Refused("grading.no-rubric"));
        GradeDraft checked = rules.checked(draft, rubric, work.usernames());
        int version = grades.save(workId, rubric.id(), checked, rubric.points(checked.marks()), rubric.maxPoints(), me(), clock.instant());
        activity.record(work.mapId(), me(), "graded", null, version == 1 ? "graded the work" : "changed the grade");
        log.info("{} graded work {} of assignment {} (version {})", me(), workId, assignmentId, version);
        grades.ofWork(workId).filter(Grade::released).ifPresent(g ->
                events.publishEvent(new GradesReleased(assignmentId, page.assignment().title(), List.of(released(work, g)))));
        return version;
    }

    /**
     * Releases the grade of one work, or ({@code workId} null) of every graded work, to its students; or withdraws
     * it. Returns how many grades changed.
     */
    @Transactional
    public int release(long assignmentId, @Nullable Long workId, boolean released) {
        AssignmentPage page = instructing(assignmentId);
        List<Work> works = workId == null ? page.works().stream().filter(w -> w.id() != null).toList() : List.of(workOf(page, workId));
        List<GradesReleased.Released> announced = new ArrayList<>();
        int changed = 0;
        for (Work w : works) {
            Optional<Grade> grade = grades.ofWork(w.id());
            if (grade.isEmpty() && workId != null) {
                throw new Refused("grading.not-graded");
            }
            if (grade.isEmpty() || grade.get().released() == released) {
                continue;
            }
            changed++;
            grades.release(w.id(), released ? clock.instant() : null);
            activity.record(w.mapId(), me(), released ? "released" : "withdrew",
                    null, released ? "released the grade and feedback" : "withdrew the grade and feedback");
            if (released) {
                announced.add(released(w, grade.get()));
            }
        }
        if (!announced.isEmpty()) {
            events.publishEvent(new GradesReleased(assignmentId, page.assignment().title(), announced));
        }
        log.info("{} {} {} grade(s) of assignment {}", me(), released ? "released" : "withdrew", changed, assignmentId);
        return changed;
    }

    /** A released grade as announced: each member's own points. */
    private static GradesReleased.Released released(Work w, Grade grade) {
        Map<String, Integer> points = new LinkedHashMap<>();
        w.usernames().forEach(u -> points.put(u, grade.pointsOf(u)));
        return new GradesReleased.Released(w.id(), w.mapId(), points, grade.maxPoints());
    }

    /** The signed-in student's released grade on an assignment, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Feedback> myFeedback(long assignmentId) {
        AssignmentPage page = assignments.open(assignmentId);
        Work mine = page.mine();
        if (page.instructs() || mine == null || mine.id() == null) {
            return Optional.empty();
        }
        return grades.ofWork(mine.id()).filter(Grade::released).flatMap(g -> rubrics.find(g.rubricId()).map(r ->
                new Feedback(assignmentId, page.assignment().title(), r, g, g.pointsOf(me()), g.adjustments().get(me()))));
    }

    /** The released grade on a map of the signed-in student's work, for the editor; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<Feedback> feedbackOnMap(long mapId) {
        return grades.assignmentOfMap(mapId).flatMap(assignmentId -> {
            try {
                AssignmentPage page = assignments.open(assignmentId);
                return page.instructs() || page.mine() == null || !Long.valueOf(mapId).equals(page.mine().mapId())
                        ? Optional.empty() : myFeedback(assignmentId);
            } catch (AssignmentNotFoundException notInSeminar) { // e.g. a former student: no feedback here
                return Optional.<Feedback>empty();
            }
        });
    }

    /** The most points the assignment's rubric gives, for a gradebook column; empty without a rubric. */
    @Transactional(readOnly = true)
    public Optional<Integer> maxPoints(long assignmentId) {
        instructing(assignmentId);
        return rubricOf(assignmentId).map(Rubric::maxPoints);
    }

    /** Every student's grade as CSV, for a gradebook: one line per student, released or not. */
    @Transactional(readOnly = true)
    public String csv(long assignmentId) {
        return GradeCsv.of(sheet(assignmentId));
    }

    /** The rubric the assignment is graded on, if one is chosen. */
    private Optional<Rubric> rubricOf(long assignmentId) {
        return rubrics.rubricOf(assignmentId).flatMap(rubrics::find);
    }

    private AssignmentPage instructing(long assignmentId) {
        AssignmentPage page = assignments.open(assignmentId);
        if (!page.instructs()) {
            log.warn("{} was refused grading assignment {} (a student)", me(), assignmentId);
            throw new AccessDeniedException("Only the seminar's instructors grade its work.");
        }
        return page;
    }

    private Work workOf(AssignmentPage page, long workId) {
        return page.works().stream().filter(w -> w.id() != null && w.id() == workId).findFirst().orElseThrow(() -> {
            log.warn("{} was refused work {} (not of assignment {})", me(), workId, page.assignment().id());
            return new Refused("grading.no-work");
        });
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
