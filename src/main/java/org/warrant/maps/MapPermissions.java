package org.warrant.maps;

import java.util.Set;

/**
 * Who may read and edit one map, as sets of usernames read once: the map's rules in one place, for one
 * request ({@link MapAccess}) or for all the open editors of the map at once ({@link MapUpdate}).
 * <ul>
 * <li>Its owner, and for a group's map every member of the group, read and edit it.</li>
 * <li>The instructors of its seminar read it and comment; the seminar's students read it once it is published,
 * and comment on it while the instructor has peer review on.</li>
 * <li>Shared maps (the demo maps) are read by every signed-in user.</li>
 * </ul>
 */
record MapPermissions(ArgumentMap map, Set<String> group, Set<String> teachers, Set<String> students) {

    static MapPermissions of(ArgumentMap map, SeminarRoles roles) {
        Long seminar = map.seminarId();
        return new MapPermissions(map,
                map.groupId() == null ? Set.of() : roles.groupMembers(map.groupId()),
                seminar == null ? Set.of() : roles.teachersOf(seminar),
                seminar == null ? Set.of() : roles.studentsOf(seminar));
    }

    /** Its owner, or a member of its group: whose map it is, read-only or not. */
    boolean authors(String user) {
        return map.owner().equals(user) || group.contains(user);
    }

    boolean edits(String user) {
        return !map.readOnly() && authors(user);
    }

    boolean teaches(String user) {
        return teachers.contains(user);
    }

    boolean reads(String user) {
        return map.shared() || authors(user) || teaches(user) || (map.published() && students.contains(user));
    }

    boolean comments(String user) {
        return authors(user) || teaches(user) || (map.published() && map.peerReview() && students.contains(user));
    }
}
