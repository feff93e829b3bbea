package org.warrant.seminars;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.warrant.maps.SeminarRoles;
import org.warrant.seminars.Seminar.MemberRole;

/** The seminar roster, as the map rules ask about it. */
@Component
class RosterRoles implements SeminarRoles {

    private final SeminarStore store;

    RosterRoles(SeminarStore store) {
        this.store = store;
    }

    @Override
    public Set<String> teachersOf(long seminarId) {
        return store.usernames(seminarId, MemberRole.INSTRUCTOR);
    }

    @Override
    public Set<String> studentsOf(long seminarId) {
        return store.usernames(seminarId, MemberRole.STUDENT);
    }

    @Override
    public Set<String> groupMembers(long groupId) {
        return store.groupMembers(groupId);
    }

    @Override
    public List<Long> groupsOf(String username) {
        return store.groupsOf(username);
    }
}
