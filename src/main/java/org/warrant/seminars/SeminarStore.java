package org.warrant.seminars;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.warrant.seminars.Seminar.MemberRole;
import org.warrant.shared.SqlTime;

/** Seminar rows, members and groups, in plain SQL; access is checked by {@link SeminarService}. */
@Component
class SeminarStore {

    record Row(long id, String name, String term, String joinCode) {
    }

    record MemberRow(String username, MemberRole role, @Nullable Long groupId) {
    }

    private final JdbcClient jdbc;

    SeminarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String term, String joinCode, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO seminar (name, term, join_code, created_at) VALUES (?, ?, ?, ?)")
                .params(name, term, joinCode, SqlTime.of(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT id, name, term, join_code FROM seminar WHERE id = ?").param(id).query(Row.class).optional();
    }

    Optional<Long> idByCode(String code) {
        return jdbc.sql("SELECT id FROM seminar WHERE join_code = ?").param(code).query(Long.class).optional();
    }

    boolean codeTaken(String code) {
        return idByCode(code).isPresent();
    }

    Optional<MemberRole> roleOf(long seminarId, String username) {
        return jdbc.sql("SELECT role FROM seminar_member WHERE seminar_id = ? AND username = ?").params(seminarId, username)
                .query(String.class).optional().map(MemberRole::valueOf);
    }

    java.util.Set<String> usernames(long seminarId, MemberRole role) {
        return java.util.Set.copyOf(jdbc.sql("SELECT username FROM seminar_member WHERE seminar_id = ? AND role = ?")
                .params(seminarId, role.name()).query(String.class).list());
    }

    java.util.Set<String> groupMembers(long groupId) {
        return java.util.Set.copyOf(jdbc.sql("SELECT username FROM seminar_member WHERE group_id = ?").param(groupId)
                .query(String.class).list());
    }

    List<Long> groupsOf(String username) {
        return jdbc.sql("SELECT group_id FROM seminar_member WHERE username = ? AND group_id IS NOT NULL").param(username)
                .query(Long.class).list();
    }

    List<MemberRow> members(long seminarId) {
        return jdbc.sql("SELECT username, role, group_id FROM seminar_member WHERE seminar_id = ? ORDER BY role, username")
                .param(seminarId).query((rs, n) -> new MemberRow(rs.getString(1), MemberRole.valueOf(rs.getString(2)),
                        rs.getObject(3, Long.class))).list();
    }

    List<Seminar.Group> groups(long seminarId) {
        return jdbc.sql("SELECT id, name FROM seminar_group WHERE seminar_id = ? ORDER BY id").param(seminarId)
                .query(Seminar.Group.class).list();
    }

    List<Seminar.Summary> summariesOf(String username) {
        return jdbc.sql("""
                SELECT s.id, s.name, s.term, m.role,
                       (SELECT COUNT(*) FROM seminar_member x WHERE x.seminar_id = s.id AND x.role = 'STUDENT') AS students
                FROM seminar s JOIN seminar_member m ON m.seminar_id = s.id AND m.username = ?
                ORDER BY s.created_at DESC""").param(username)
                .query((rs, n) -> new Seminar.Summary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        MemberRole.valueOf(rs.getString(4)), rs.getInt(5))).list();
    }

    void addMember(long seminarId, String username, MemberRole role, Instant now) {
        jdbc.sql("INSERT INTO seminar_member (seminar_id, username, role, joined_at) VALUES (?, ?, ?, ?)")
                .params(seminarId, username, role.name(), SqlTime.of(now)).update();
    }

    int removeMember(long seminarId, String username) {
        return jdbc.sql("DELETE FROM seminar_member WHERE seminar_id = ? AND username = ?").params(seminarId, username).update();
    }

    long insertGroup(long seminarId, String name) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO seminar_group (seminar_id, name) VALUES (?, ?)").params(seminarId, name).update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteGroups(long seminarId) {
        jdbc.sql("DELETE FROM seminar_group WHERE seminar_id = ?").param(seminarId).update();
    }

    int setGroup(long seminarId, String username, Long groupId) {
        return jdbc.sql("UPDATE seminar_member SET group_id = ? WHERE seminar_id = ? AND username = ? AND role = 'STUDENT'")
                .params(groupId, seminarId, username).update();
    }
}
