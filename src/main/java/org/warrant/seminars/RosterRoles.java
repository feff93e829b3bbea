package org.warrant.seminars;

import java.util.List;

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
    public boolean teaches(String username, long seminarId) {
        return store.roleOf(seminarId, username).orElse(null) == MemberRole.INSTRUCTOR;
    }

    @Override
    public boolean studiesIn(String username, long seminarId) {
        return store.roleOf(seminarId, username).orElse(null) == MemberRole.STUDENT;
    }

    @Override
    public boolean inGroup(String username, long groupId) {
        return store.inGroup(username, groupId);
    }

    @Override
    public List<Long> groupsOf(String username) {
        return store.groupsOf(username);
    }
}
