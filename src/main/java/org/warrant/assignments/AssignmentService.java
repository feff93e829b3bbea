package org.warrant.assignments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.warrant.shared.Refused;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.export.OutlineService;
import org.warrant.export.SafeMarkdown;
import org.warrant.maps.MapService;
import org.warrant.security.CurrentUser;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;

/**
 * Assignments and the work on them. Every method opens the seminar through {@link SeminarService}, so a user
 * outside the seminar gets "not found" before anything else; managing needs the seminar's instructor, Start
 * and Submit its students.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssignmentService {

    private static final Logger log = LoggerFactory.getLogger(AssignmentService.class);
    private static final String INSTRUCTORS_DO_NOT_SUBMIT = "assignment.instructors-do-not-submit";

    private final AssignmentStore store;
    private final SeminarService seminars;
    private final MapService maps;
    private final OutlineService outlines;
    private final ArticleService articles;
    private final WorkRoster roster;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentStore store, SeminarService seminars, MapService maps, OutlineService outlines,
                      ArticleService articles, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.store = store;
        this.seminars = seminars;
        this.maps = maps;
        this.outlines = outlines;
        this.articles = articles;
        this.clock = clock;
        this.roster = new WorkRoster(store, clock);
    }

    @Transactional
    public long create(long seminarId, NewAssignment form) {
        Seminar seminar = instructing(seminars.open(seminarId));
        NewAssignment a = form.checked();
        for (long articleId : a.articleIds()) {
            articles.find(articleId).orElseThrow(() -> new Refused("rule.no-article", String.valueOf(articleId)));
        }
        if (a.referenceMapId() != null) {
            maps.fileUnderSeminar(a.referenceMapId(), seminarId);
        }
        long id = store.insert(seminarId, a, me(), clock.instant());
        log.info("{} set assignment {} '{}' in seminar {}", me(), id, a.title(), seminarId);
        events.publishEvent(new AssignmentSet(id, a.title(), seminar.name(), a.dueAt(),
                seminar.students().stream().map(Seminar.Member::username).toList()));
        return id;
    }

    /** Every assignment of every seminar the user is in, soonest due first. */
    @Transactional(readOnly = true)
    public List<AssignmentLine> mine() {
        List<AssignmentLine> lines = new ArrayList<>();
        for (Seminar.Summary summary : seminars.mine()) {
            Seminar seminar = seminars.open(summary.id());
            for (Assignment a : store.ofSeminar(seminar.id())) {
                List<Work> works = seminar.instructs() ? roster.all(a, seminar) : List.of(roster.mine(a, seminar, me()));
                long submitted = works.stream().filter(w -> w.latestSubmissionId() != null).count();
                lines.add(new AssignmentLine(a.id(), seminar.id(), a.title(), seminar.name(), a.dueAt(), seminar.instructs(),
                        seminar.instructs() ? null : works.getFirst().status(), (int) submitted, works.size()));
            }
        }
        lines.sort(java.util.Comparator.comparing(AssignmentLine::dueAt));
        return lines;
    }

    @Transactional(readOnly = true)
    public AssignmentPage open(long id) {
        Assignment a = store.find(id).orElseThrow(() -> new AssignmentNotFoundException(id));
        Seminar seminar = openSeminar(a);
        String prompt = SafeMarkdown.html(a.prompt());
        if (seminar.instructs()) {
            return new AssignmentPage(a, seminar.name(), true, null, roster.all(a, seminar), prompt, false, INSTRUCTORS_DO_NOT_SUBMIT);
        }
        Work mine = roster.mine(a, seminar, me());
        String refusal = submitRefusal(a, seminar, mine);
        return new AssignmentPage(a, seminar.name(), false, mine, List.of(), prompt, refusal == null, refusal);
    }

    /** Starts the student's map, or their group's (once, whoever presses first); returns its id. */
    @Transactional
    public long start(long id) {
        Assignment a = store.find(id).orElseThrow(() -> new AssignmentNotFoundException(id));
        Seminar seminar = studying(openSeminar(a));
        Long group = groupFor(a, seminar);
        if (a.groupWork() && group == null) {
            throw new Refused("assignment.no-group");
        }
        String student = group == null ? me() : null;
        var existing = store.workOf(id, student, group);
        if (existing.isPresent()) {
            return existing.get().mapId();
        }
        // started after the instructor published the maps or opened peer review: the new map follows suit
        long mapId = maps.createSeminarWork(a.title(), a.articleIds(), seminar.id(), group, a.mapsPublished(), a.peerReview());
        try {
            store.insertWork(id, student, group, mapId, me(), clock.instant());
        } catch (DuplicateKeyException raced) { // a groupmate pressed Start at the same moment: theirs counts
            throw new Refused("assignment.group-started");
        }
        log.info("{} started assignment {} (map {}{})", me(), id, mapId, group == null ? "" : ", group " + group);
        return mapId;
    }

    /** Records the map as it is now as the student's (or group's) submission. */
    @Transactional
    public void submit(long id) {
        Assignment a = store.find(id).orElseThrow(() -> new AssignmentNotFoundException(id));
        Seminar seminar = openSeminar(a);
        String refusal = seminar.instructs() ? INSTRUCTORS_DO_NOT_SUBMIT : submitRefusal(a, seminar, roster.mine(a, seminar, me()));
        if (refusal != null) {
            log.warn("{} was refused submitting assignment {}: {}", me(), id, refusal);
            throw new Refused(refusal);
        }
        Long group = groupFor(a, seminar);
        var work = store.workOf(id, group == null ? me() : null, group).orElseThrow();
        int nodes = maps.open(work.mapId()).nodes().size();
        store.insertSubmission(work.id(), me(), clock.instant(), nodes, outlines.export(work.mapId()).markdown());
        log.info("{} submitted assignment {} ({} nodes)", me(), id, nodes);
        events.publishEvent(new WorkHandedIn(id, a.title(), roster.mine(a, seminar, me()).name(), me(),
                seminar.instructors().stream().map(Seminar.Member::username).toList()));
    }

    /** A submitted snapshot, as Markdown: for the seminar's instructors and the work's own students. */
    @Transactional(readOnly = true)
    public String submission(long submissionId) {
        var row = store.submission(submissionId).orElseThrow(() -> new AssignmentNotFoundException(submissionId));
        Assignment a = store.find(store.assignmentOfWork(row.workId())).orElseThrow();
        Seminar seminar = openSeminar(a);
        if (!seminar.instructs()) {
            Long group = a.groupWork() ? groupFor(a, seminar) : null;
            if (store.workOf(a.id(), group == null ? me() : null, group).filter(w -> w.id() == row.workId()).isEmpty()) {
                log.warn("{} was refused submission {} (not their work)", me(), submissionId);
                throw new AssignmentNotFoundException(submissionId);
            }
        }
        return row.outline();
    }

    @Transactional
    public void allowResubmission(long id, boolean allowed) {
        instructing(openSeminar(managed(id)));
        store.setFlag(id, "resubmission_allowed", allowed);
    }

    /** Shows the answer key to the students (read-only), or hides it again. */
    @Transactional
    public void releaseReference(long id, boolean released) {
        Assignment a = managed(id);
        instructing(openSeminar(a));
        if (a.referenceMapId() == null) {
            throw new Refused("assignment.no-key");
        }
        maps.publish(a.referenceMapId(), released);
        store.setFlag(id, "reference_released", released);
    }

    /** Opens every student's map of this assignment to the whole seminar (read-only), or closes them again. */
    @Transactional
    public void publishMaps(long id, boolean published) {
        Assignment a = managed(id);
        instructing(openSeminar(a));
        store.works(id).forEach(w -> maps.publish(w.mapId(), published));
        store.setFlag(id, "maps_published", published);
        log.info("{} {} the maps of assignment {}", me(), published ? "published" : "unpublished", id);
    }

    /** Lets the seminar's students comment on each other's published maps of this assignment, or stops it. */
    @Transactional
    public void peerReview(long id, boolean on) {
        Assignment a = managed(id);
        instructing(openSeminar(a));
        store.works(id).forEach(w -> maps.peerReview(w.mapId(), on));
        store.setFlag(id, "peer_review", on);
        log.info("{} turned peer review {} for assignment {}", me(), on ? "on" : "off", id);
    }

    private Assignment managed(long id) {
        return store.find(id).orElseThrow(() -> new AssignmentNotFoundException(id));
    }

    /** Why this student can't hand in now, as a message key; null when they can. */
    private String submitRefusal(Assignment a, Seminar seminar, Work mine) {
        if (a.groupWork() && groupFor(a, seminar) == null) {
            return "assignment.no-group";
        }
        if (!mine.started()) {
            return "assignment.start-first";
        }
        if (mine.latestSubmissionId() != null && !a.resubmissionAllowed()) {
            return "assignment.already-submitted";
        }
        return null;
    }

    /** The group a student works in for this assignment; null for individual work. */
    static Long groupFor(Assignment a, Seminar seminar) {
        if (!a.groupWork()) {
            return null;
        }
        return seminar.members().stream().filter(m -> m.username().equals(me())).findFirst()
                .map(Seminar.Member::groupId).orElse(null);
    }

    private Seminar openSeminar(Assignment a) {
        try {
            return seminars.open(a.seminarId());
        } catch (org.warrant.seminars.SeminarNotFoundException e) {
            log.warn("{} was refused assignment {} (not in its seminar)", me(), a.id());
            throw new AssignmentNotFoundException(a.id());
        }
    }

    private static Seminar instructing(Seminar seminar) {
        if (!seminar.instructs()) {
            log.warn("{} was refused managing assignments of seminar {} (a student)", me(), seminar.id());
            throw new AccessDeniedException("Only the seminar's instructors can do that.");
        }
        return seminar;
    }

    private static Seminar studying(Seminar seminar) {
        if (seminar.instructs()) {
            log.warn("{} was refused starting work in seminar {} (an instructor)", me(), seminar.id());
            throw new AccessDeniedException("Instructors follow the students' maps; they do not start their own.");
        }
        return seminar;
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
