package org.warrant.seminars;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.warrant.shared.Refused;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.accounts.AccountAdministration;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.Role;
import org.warrant.security.CurrentUser;
import org.warrant.seminars.Seminar.MemberRole;
import org.warrant.shared.RandomCodes;

/**
 * Seminars and their members. Instructors create seminars and manage the ones they teach; students join with
 * a code. Whoever is not a member of a seminar gets {@link SeminarNotFoundException}, for every method.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SeminarService {

    private static final Logger log = LoggerFactory.getLogger(SeminarService.class);

    private final SeminarStore store;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final Clock clock;

    SeminarService(SeminarStore store, AccountService accounts, AccountAdministration administration, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.administration = administration;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public long create(String name, String term) {
        String n = required(name, "name", 200);
        String t = required(term, "term", 60);
        String code;
        do {
            code = joinCode();
        } while (store.codeTaken(code));
        long id = store.insert(n, t, code, clock.instant());
        store.addMember(id, me(), MemberRole.INSTRUCTOR, clock.instant());
        log.info("{} created seminar {} '{}'", me(), id, n);
        return id;
    }

    @Transactional(readOnly = true)
    public List<Seminar.Summary> mine() {
        return store.summariesOf(me());
    }

    /** The seminar as the user may see it: all of it for its instructors, their own group for students. */
    @Transactional(readOnly = true)
    public Seminar open(long id) {
        MemberRole role = roleIn(id);
        SeminarStore.Row row = store.find(id).orElseThrow(() -> new SeminarNotFoundException(id));
        List<SeminarStore.MemberRow> rows = store.members(id);
        Long myGroup = rows.stream().filter(m -> m.username().equals(me())).findFirst().map(SeminarStore.MemberRow::groupId).orElse(null);
        java.util.Map<String, String> names = accounts.displayNames(rows.stream().map(SeminarStore.MemberRow::username).toList());
        List<Seminar.Member> members = rows.stream()
                .filter(m -> role == MemberRole.INSTRUCTOR || m.role() == MemberRole.INSTRUCTOR || m.username().equals(me())
                        || (myGroup != null && myGroup.equals(m.groupId())))
                .map(m -> new Seminar.Member(m.username(), names.get(m.username()), m.role(), m.groupId()))
                .toList();
        List<Seminar.Group> groups = role == MemberRole.INSTRUCTOR ? store.groups(id)
                : store.groups(id).stream().filter(g -> g.id() == (myGroup == null ? -1 : myGroup)).toList();
        return new Seminar(id, row.name(), row.term(), role == MemberRole.INSTRUCTOR ? row.joinCode() : null, role, members, groups);
    }

    /** A student joins with the code; returns the seminar's id (also when already a member). */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public long join(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        long id = store.idByCode(c).orElseThrow(() -> new Refused("seminar.no-code", c));
        if (store.roleOf(id, me()).isEmpty()) {
            store.addMember(id, me(), MemberRole.STUDENT, clock.instant());
            log.info("{} joined seminar {}", me(), id);
        }
        return id;
    }

    @Transactional
    public void removeStudent(long id, String username) {
        instructorOf(id);
        if (store.roleOf(id, username).orElse(null) != MemberRole.STUDENT) {
            throw new IllegalArgumentException(username + " is not a student of this seminar.");
        }
        store.removeMember(id, username);
        log.info("{} removed {} from seminar {}", me(), username, id);
    }

    /**
     * Adds a student to the seminar: an existing student account, or a new one made with a temporary password,
     * which is returned (empty when the account existed) for the instructor to hand over.
     */
    @Transactional
    public Optional<String> enrol(long id, String username, String displayName) {
        instructorOf(id);
        String name = username == null ? "" : username.strip();
        Optional<Role> role = accounts.roleOf(name);
        if (role.isPresent() && role.get() != Role.STUDENT) {
            throw new IllegalArgumentException(name + " is not a student account; add instructors as co-instructors.");
        }
        if (store.roleOf(id, name).isPresent()) {
            throw new IllegalArgumentException(name + " is already in this seminar.");
        }
        Optional<String> temporary = role.isPresent() ? Optional.empty()
                : Optional.of(administration.createStudent(name, displayName));
        store.addMember(id, name, MemberRole.STUDENT, clock.instant());
        log.info("{} enrolled {} in seminar {}{}", me(), name, id, temporary.isPresent() ? " (new account)" : "");
        return temporary;
    }

    @Transactional
    public void addCoInstructor(long id, String username) {
        instructorOf(id);
        String name = username == null ? "" : username.strip();
        if (accounts.roleOf(name).filter(r -> r == Role.INSTRUCTOR || r == Role.ADMIN).isEmpty()) {
            throw new Refused("seminar.no-instructor", name);
        }
        if (store.roleOf(id, name).isPresent()) {
            throw new IllegalArgumentException(name + " is already in this seminar.");
        }
        store.addMember(id, name, MemberRole.INSTRUCTOR, clock.instant());
        log.info("{} added co-instructor {} to seminar {}", me(), name, id);
    }

    /** Puts a student into a group of the seminar, or into none ({@code groupId} null). */
    @Transactional
    public void assign(long id, String username, Long groupId) {
        instructorOf(id);
        if (groupId != null && store.groups(id).stream().noneMatch(g -> g.id() == groupId)) {
            throw new Refused("seminar.group-elsewhere");
        }
        if (store.setGroup(id, username, groupId) == 0) {
            throw new IllegalArgumentException(username + " is not a student of this seminar.");
        }
    }

    @Transactional
    public long createGroup(long id, String name) {
        instructorOf(id);
        return store.insertGroup(id, required(name, "group name", 60));
    }

    /** Replaces the groups with random ones of {@code size} students (the last may be smaller). */
    @Transactional
    public void randomGroups(long id, int size, Random random) {
        instructorOf(id);
        if (size < 1) {
            throw new Refused("seminar.group-size-min");
        }
        List<String> students = new ArrayList<>(store.members(id).stream()
                .filter(m -> m.role() == MemberRole.STUDENT).map(SeminarStore.MemberRow::username).toList());
        Collections.shuffle(students, random);
        store.deleteGroups(id);
        for (int from = 0, n = 1; from < students.size(); from += size, n++) {
            long group = store.insertGroup(id, "Group " + n);
            students.subList(from, Math.min(students.size(), from + size)).forEach(s -> store.setGroup(id, s, group));
        }
        log.info("{} split the {} students of seminar {} into groups of {}", me(), students.size(), id, size);
    }

    private MemberRole roleIn(long id) {
        return store.roleOf(id, me()).orElseThrow(() -> {
            log.warn("{} was refused seminar {} (not a member)", me(), id);
            return new SeminarNotFoundException(id);
        });
    }

    private void instructorOf(long id) {
        if (roleIn(id) != MemberRole.INSTRUCTOR) {
            log.warn("{} was refused managing seminar {} (a student)", me(), id);
            throw new AccessDeniedException("Only the seminar's instructors can do that.");
        }
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }

    private static String required(String value, String what, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new Refused("seminar.field-length", what, max);
        }
        return v;
    }

    private static String joinCode() {
        return RandomCodes.secret(8, RandomCodes.READABLE_UPPER);
    }
}
