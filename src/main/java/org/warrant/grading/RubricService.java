package org.warrant.grading;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.security.CurrentUser;
import org.warrant.shared.Refused;

/**
 * An instructor's rubrics: each sees and changes only their own. A rubric another instructor attached to a shared
 * seminar's assignment is read through {@link GradingService}, which checks the seminar.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class RubricService {

    private static final Logger log = LoggerFactory.getLogger(RubricService.class);

    private final RubricStore store;
    private final Clock clock;

    RubricService(RubricStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Rubric> mine() {
        return store.ofOwner(me());
    }

    @Transactional(readOnly = true)
    public Rubric open(long id) {
        return owned(id);
    }

    @Transactional
    public long create(RubricDraft draft) {
        long id = store.insert(me(), draft.checked(), clock.instant());
        log.info("{} made rubric {}", me(), id);
        return id;
    }

    /** Changes a rubric no grade uses yet; one in use is refused (its grades would change meaning). */
    @Transactional
    public void update(long id, RubricDraft draft) {
        owned(id);
        RubricDraft checked = draft.checked();
        if (store.graded(id)) {
            throw new Refused("rubric.in-use");
        }
        store.replace(id, checked);
        log.info("{} changed rubric {}", me(), id);
    }

    /** A copy of one's rubric, to change when the original is in use. */
    @Transactional
    public long duplicate(long id) {
        Rubric original = owned(id);
        RubricDraft draft = original.draft();
        String title = draft.title().length() > 190 ? draft.title().substring(0, 190) : draft.title();
        return store.insert(me(), new RubricDraft(title + " (2)", draft.criteria()), clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean inUse(long id) {
        owned(id);
        return store.graded(id);
    }

    private Rubric owned(long id) {
        Rubric rubric = store.find(id).orElseThrow(() -> new Refused("rubric.not-found"));
        if (!rubric.owner().equals(me())) {
            log.warn("{} was refused rubric {} (not theirs)", me(), id);
            throw new Refused("rubric.not-found");
        }
        return rubric;
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
