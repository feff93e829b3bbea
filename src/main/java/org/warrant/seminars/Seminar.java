package org.warrant.seminars;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A seminar as its member sees it. Students see the roster of their own group only; instructors see
 * everyone, the groups and the join code ({@code joinCode} is null for students).
 */
public record Seminar(long id, String name, String term, @Nullable String joinCode, MemberRole myRole, List<Member> members,
                      List<Group> groups) {

    public enum MemberRole { INSTRUCTOR, STUDENT }

    public record Member(String username, String displayName, MemberRole role, @Nullable Long groupId) {
    }

    public record Group(long id, String name) {
    }

    /** A line of "my seminars". */
    public record Summary(long id, String name, String term, MemberRole myRole, int students) {
    }

    public boolean instructs() {
        return myRole == MemberRole.INSTRUCTOR;
    }

    public List<Member> students() {
        return members.stream().filter(m -> m.role() == MemberRole.STUDENT).toList();
    }

    public List<Member> instructors() {
        return members.stream().filter(m -> m.role() == MemberRole.INSTRUCTOR).toList();
    }

    public Optional<Group> group(Long groupId) {
        return groups.stream().filter(g -> groupId != null && g.id() == groupId).findFirst();
    }
}
