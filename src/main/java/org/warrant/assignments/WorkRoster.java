package org.warrant.assignments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.warrant.seminars.Seminar;

/**
 * Who is expected to hand in an assignment (each student, or each group) and where each stands, read
 * from the seminar's roster and the stored work. Students without a group show in group work as their own line.
 */
class WorkRoster {

    private final AssignmentStore store;
    private final Clock clock;

    WorkRoster(AssignmentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    List<Work> all(Assignment a, Seminar seminar) {
        List<AssignmentStore.WorkRow> rows = store.works(a.id());
        List<Work> works = new ArrayList<>();
        if (a.groupWork()) {
            Map<Long, AssignmentStore.WorkRow> byGroup = rows.stream().filter(r -> r.groupId() != null)
                    .collect(Collectors.toMap(AssignmentStore.WorkRow::groupId, Function.identity()));
            for (Seminar.Group g : seminar.groups()) {
                List<Seminar.Member> members = seminar.students().stream().filter(m -> Objects.equals(m.groupId(), g.id())).toList();
                works.add(work(a, g.name(), members, Optional.ofNullable(byGroup.get(g.id()))));
            }
            seminar.students().stream().filter(m -> m.groupId() == null).forEach(m ->
                    works.add(work(a, m.displayName() + " (not in a group)", List.of(m), Optional.empty())));
        } else {
            Map<String, AssignmentStore.WorkRow> byStudent = rows.stream().filter(r -> r.student() != null)
                    .collect(Collectors.toMap(AssignmentStore.WorkRow::student, Function.identity()));
            for (Seminar.Member m : seminar.students()) {
                works.add(work(a, m.displayName(), List.of(m), Optional.ofNullable(byStudent.get(m.username()))));
            }
        }
        return works;
    }

    /** The student's own line: theirs, or their group's. */
    Work mine(Assignment a, Seminar seminar, String username) {
        Long group = AssignmentService.groupFor(a, seminar);
        Optional<AssignmentStore.WorkRow> row = a.groupWork() && group == null ? Optional.empty()
                : store.workOf(a.id(), group == null ? username : null, group);
        List<Seminar.Member> members = seminar.students().stream()
                .filter(m -> group == null ? m.username().equals(username) : group.equals(m.groupId())).toList();
        String name = group == null ? String.join(", ", members.stream().map(Seminar.Member::displayName).toList()) : seminar.group(group).map(Seminar.Group::name).orElse("Your group");
        return work(a, name, members, row);
    }

    private Work work(Assignment a, String name, List<Seminar.Member> members, Optional<AssignmentStore.WorkRow> row) {
        WorkStatus status = WorkStatus.of(row.isPresent(), row.map(AssignmentStore.WorkRow::lastSubmitted).orElse(null),
                a.dueAt(), clock.instant());
        return new Work(row.map(AssignmentStore.WorkRow::id).orElse(null), name, members.stream().map(Seminar.Member::displayName).toList(),
                members.stream().map(Seminar.Member::username).toList(), row.map(AssignmentStore.WorkRow::mapId).orElse(null), status,
                row.map(AssignmentStore.WorkRow::lastSubmitted).orElse(null),
                row.map(AssignmentStore.WorkRow::lastSubmissionId).orElse(null), row.map(AssignmentStore.WorkRow::submissions).orElse(0));
    }
}
