package org.warrant.lti;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/** What the LMS's people, courses and links are in Warrant: accounts, seminars, assignments. */
@Component
class LtiLinks {

    record Context(long platformId, String contextId, long seminarId, String title, @Nullable String membershipsUrl, @Nullable Instant rosterSyncedAt) {
    }

    record ResourceLink(long platformId, String resourceLinkId, long assignmentId, @Nullable String lineitemsUrl, @Nullable String lineitemUrl) {
    }

    private final JdbcClient jdbc;

    LtiLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> user(long platformId, String subject) {
        return jdbc.sql("SELECT username FROM lti_user WHERE platform_id = ? AND subject = ?").params(platformId, subject).query(String.class).optional();
    }

    void linkUser(long platformId, String subject, String username) {
        jdbc.sql("INSERT INTO lti_user (platform_id, subject, username) VALUES (?, ?, ?)").params(platformId, subject, username).update();
    }

    /** The LMS's id for a Warrant user on a platform, for sending their grade. */
    Optional<String> subject(long platformId, String username) {
        return jdbc.sql("SELECT subject FROM lti_user WHERE platform_id = ? AND username = ?").params(platformId, username).query(String.class).optional();
    }

    Optional<Context> context(long platformId, String contextId) {
        return jdbc.sql("SELECT platform_id, context_id, seminar_id, title, memberships_url, roster_synced_at FROM lti_context WHERE platform_id = ? AND context_id = ?")
                .params(platformId, contextId).query((rs, n) -> context(rs)).optional();
    }

    List<Context> contextsOf(long seminarId) {
        return jdbc.sql("SELECT platform_id, context_id, seminar_id, title, memberships_url, roster_synced_at FROM lti_context WHERE seminar_id = ?")
                .param(seminarId).query((rs, n) -> context(rs)).list();
    }

    void linkContext(long platformId, String contextId, long seminarId, String title, @Nullable String membershipsUrl) {
        jdbc.sql("INSERT INTO lti_context (platform_id, context_id, seminar_id, title, memberships_url) VALUES (?, ?, ?, ?, ?)")
                .params(platformId, contextId, seminarId, title, membershipsUrl).update();
    }

    void updateContext(long platformId, String contextId, String title, @Nullable String membershipsUrl) {
        jdbc.sql("UPDATE lti_context SET title = ?, memberships_url = COALESCE(?, memberships_url) WHERE platform_id = ? AND context_id = ?")
                .params(title, membershipsUrl, platformId, contextId).update();
    }

    void rosterSynced(long platformId, String contextId, Instant at) {
        jdbc.sql("UPDATE lti_context SET roster_synced_at = ? WHERE platform_id = ? AND context_id = ?").params(SqlTime.of(at), platformId, contextId).update();
    }

    Optional<ResourceLink> resourceLink(long platformId, String resourceLinkId) {
        return jdbc.sql("SELECT platform_id, resource_link_id, assignment_id, lineitems_url, lineitem_url FROM lti_resource_link WHERE platform_id = ? AND resource_link_id = ?")
                .params(platformId, resourceLinkId).query((rs, n) -> link(rs)).optional();
    }

    List<ResourceLink> linksTo(long assignmentId) {
        return jdbc.sql("SELECT platform_id, resource_link_id, assignment_id, lineitems_url, lineitem_url FROM lti_resource_link WHERE assignment_id = ?")
                .param(assignmentId).query((rs, n) -> link(rs)).list();
    }

    void linkResource(long platformId, String resourceLinkId, long assignmentId, @Nullable String lineitemsUrl, @Nullable String lineitemUrl) {
        jdbc.sql("INSERT INTO lti_resource_link (platform_id, resource_link_id, assignment_id, lineitems_url, lineitem_url) VALUES (?, ?, ?, ?, ?)")
                .params(platformId, resourceLinkId, assignmentId, lineitemsUrl, lineitemUrl).update();
    }

    /** Keeps the newest gradebook endpoints the platform named for the link. */
    void updateResource(long platformId, String resourceLinkId, @Nullable String lineitemsUrl, @Nullable String lineitemUrl) {
        jdbc.sql("UPDATE lti_resource_link SET lineitems_url = COALESCE(?, lineitems_url), lineitem_url = COALESCE(?, lineitem_url) "
                + "WHERE platform_id = ? AND resource_link_id = ?").params(lineitemsUrl, lineitemUrl, platformId, resourceLinkId).update();
    }

    private static Context context(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime synced = rs.getObject(6, OffsetDateTime.class);
        return new Context(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), synced == null ? null : synced.toInstant());
    }

    private static ResourceLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ResourceLink(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5));
    }
}
