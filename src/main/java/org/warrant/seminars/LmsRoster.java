package org.warrant.seminars;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.seminars.Seminar.MemberRole;

/**
 * Seminar membership that a course in an LMS vouches for: a verified LTI launch or the course's roster (decision
 * 0025). No Warrant user is asking, so there is no one to check; the LTI feature calls it only with what a platform
 * signed or served over its authenticated roster service. Adding someone already in the seminar changes nothing.
 */
@Component
public class LmsRoster {

    private static final Logger log = LoggerFactory.getLogger(LmsRoster.class);

    private final SeminarStore store;
    private final Clock clock;

    LmsRoster(SeminarStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Adds a member with the role the course gives them; returns whether they were new to the seminar. */
    @Transactional
    public boolean admit(long seminarId, String username, boolean instructor) {
        store.find(seminarId).orElseThrow(() -> new SeminarNotFoundException(seminarId));
        if (store.roleOf(seminarId, username).isPresent()) {
            return false;
        }
        store.addMember(seminarId, username, instructor ? MemberRole.INSTRUCTOR : MemberRole.STUDENT, clock.instant());
        log.info("The LMS course of seminar {} admitted {} as {}", seminarId, username, instructor ? "instructor" : "student");
        return true;
    }
}
