package org.warrant.seminars;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.warrant.accounts.RegistrationCodes;
import org.warrant.accounts.StudentRegistered;
import org.warrant.seminars.Seminar.MemberRole;

/** Seminar join codes as registration codes: a newcomer who registers with one is a student of that seminar. */
@Component
class JoinCodes implements RegistrationCodes {

    private static final Logger log = LoggerFactory.getLogger(JoinCodes.class);

    private final SeminarStore store;
    private final Clock clock;

    JoinCodes(SeminarStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean admits(String code) {
        return store.idByCode(code).isPresent();
    }

    /** In the registration's transaction: the account and the membership are made together or not at all. */
    @EventListener
    void registered(StudentRegistered registration) {
        long seminar = store.idByCode(registration.code()).orElseThrow();
        store.addMember(seminar, registration.username(), MemberRole.STUDENT, clock.instant());
        log.info("{} joined seminar {} on registering", registration.username(), seminar);
    }
}
