package org.warrant.compare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.assignments.AssignmentPage;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.Work;
import org.warrant.assignments.WorkStatus;
import org.warrant.drafts.MapDraft;
import org.warrant.drafts.MapDraftService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;
import org.warrant.security.CurrentUser;

/**
 * The comparison of an assignment's submitted maps, for its view: reads the maps, compares them, and saves a
 * comparison's consensus as a map. Reading and saving are for the seminar's instructors only: the assignment
 * service answers "not found" to anyone outside the seminar, and students of the seminar are refused here. Each
 * map is opened through the map service, which checks it too.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CompareService {

    private static final Logger log = LoggerFactory.getLogger(CompareService.class);

    private final AssignmentService assignments;
    private final MapService maps;
    private final MapDraftService drafts;
    private final Clock clock;

    CompareService(AssignmentService assignments, MapService maps, MapDraftService drafts, Clock clock) {
        this.assignments = assignments;
        this.maps = maps;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** The assignment's submitted maps (each as it is now) and its answer key, for {@link #compare}. */
    @Transactional(readOnly = true)
    public Submissions load(long assignmentId) {
        AssignmentPage page = instructing(assignmentId);
        List<SubmittedMap> submitted = new ArrayList<>();
        Set<Long> articleIds = new LinkedHashSet<>(page.assignment().articleIds());
        for (Work work : page.works()) {
            if (work.started() && work.latestSubmissionId() != null) {
                OpenedMap content = maps.open(work.mapId());
                articleIds.addAll(content.map().articleIds());
                submitted.add(new SubmittedMap(ComparedMap.of(work.name(), content), work.submittedAt(),
                        work.status() == WorkStatus.LATE, lastEdit(content)));
            }
        }
        return new Submissions(assignmentId, page.assignment().title(), List.copyOf(articleIds), submitted, reference(page));
    }

    /**
     * The overview's figures for each handed-in map of the assignment (by map id), for the seminar's instructors: the
     * hints beside a rubric when grading.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, MapStats> figures(long assignmentId) {
        java.util.Map<Long, MapStats> figures = new java.util.HashMap<>();
        load(assignmentId).maps().forEach(m -> figures.put(m.map().mapId(), MapStats.of(m.map())));
        return figures;
    }

    /**
     * Compares every pair of the maps {@link #load} read, and each with the answer key, off the caller's thread
     * (on all cores); {@code progress} hears from the computing threads as pairs finish. Pure computation: what
     * the user may see was checked when the maps were loaded.
     */
    public CompletableFuture<Comparison> compare(Submissions submissions, PairwiseComparison.Progress progress) {
        return CompletableFuture.supplyAsync(() -> PairwiseComparison.compare(submissions, progress));
    }

    /**
     * Saves what at least k of the maps share as a new read-only map of the current instructor's, and returns
     * its id. Refused when nothing is shared by k maps.
     */
    @Transactional
    public long saveConsensus(Comparison comparison, int k) {
        Submissions s = comparison.submissions();
        instructing(s.assignmentId());
        ConsensusMap consensus = comparison.consensus(k);
        if (consensus.nodes().isEmpty()) {
            throw new IllegalStateException("No argument is shared by " + k + " of the " + comparison.size() + " maps; choose a smaller number.");
        }
        String title = "Consensus (" + consensus.k() + " of " + consensus.maps() + "): " + s.title();
        MapDraft draft = consensus.draft(title, "What at least " + consensus.k() + " of the " + consensus.maps()
                + " submitted maps share, made from them on " + LocalDate.now(clock) + ". Each node says how many maps share it.");
        if (draft.articleIds().isEmpty()) { // nothing cited: the map still draws on the assignment's articles
            draft = new MapDraft(draft.title(), draft.description(), s.articleIds(), draft.nodes());
        }
        long mapId = drafts.createReadOnly(draft);
        log.info("{} saved the consensus ({} of {}) of assignment {} as map {}", me(), consensus.k(), consensus.maps(), s.assignmentId(), mapId);
        return mapId;
    }

    private AssignmentPage instructing(long assignmentId) {
        AssignmentPage page = assignments.open(assignmentId);
        if (!page.instructs()) {
            log.warn("{} was refused comparing the maps of assignment {} (a student)", me(), assignmentId);
            throw new AccessDeniedException("Only the seminar's instructors compare its maps.");
        }
        return page;
    }

    private ComparedMap reference(AssignmentPage page) {
        Long id = page.assignment().referenceMapId();
        if (id == null) {
            return null;
        }
        try {
            return ComparedMap.of("Answer key", maps.open(id));
        } catch (MapNotFoundException gone) { // deleted by its owner since: compare without it
            log.warn("Assignment {}'s answer key (map {}) is gone; comparing without it", page.assignment().id(), id);
            return null;
        }
    }

    private static Instant lastEdit(OpenedMap content) {
        return content.nodes().stream().map(MapNode::updatedAt).max(Instant::compareTo)
                .filter(t -> t.isAfter(content.map().updatedAt())).orElse(content.map().updatedAt());
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
