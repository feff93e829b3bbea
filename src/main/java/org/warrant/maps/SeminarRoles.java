package org.warrant.maps;

import java.util.List;

/**
 * What the map rules need to know about seminars, answered by the seminars feature. Maps only hold a
 * seminar's and a group's id, so this keeps the dependency one way: seminars and assignments use maps.
 */
public interface SeminarRoles {

    boolean teaches(String username, long seminarId);

    boolean studiesIn(String username, long seminarId);

    boolean inGroup(String username, long groupId);

    List<Long> groupsOf(String username);
}
