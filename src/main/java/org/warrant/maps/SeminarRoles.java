package org.warrant.maps;

import java.util.List;
import java.util.Set;

/**
 * What the map rules need to know about seminars, answered by the seminars feature. Maps only hold a
 * seminar's and a group's id, so this keeps the dependency one way: seminars and assignments use maps.
 */
public interface SeminarRoles {

    Set<String> teachersOf(long seminarId);

    Set<String> studentsOf(long seminarId);

    Set<String> groupMembers(long groupId);

    List<Long> groupsOf(String username);

    default boolean teaches(String username, long seminarId) {
        return teachersOf(seminarId).contains(username);
    }

    default boolean studiesIn(String username, long seminarId) {
        return studentsOf(seminarId).contains(username);
    }

    default boolean inGroup(String username, long groupId) {
        return groupMembers(groupId).contains(username);
    }
}
