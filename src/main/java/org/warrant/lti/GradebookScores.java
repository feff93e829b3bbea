package org.warrant.lti;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.warrant.grading.GradesReleased;
import org.warrant.shared.RetrySchedule;
import org.warrant.shared.SqlTime;

/**
 * Released grades on their way to the LMS gradebook (Assignment and Grade Services 2.0). A release puts one score per
 * student with an LMS identity into lti_score, in the release's transaction; a scheduled sender posts them to the
 * link's line item (made first when the platform named only the course's line items), and retries a failed post on
 * the {@link RetrySchedule} before giving up, logging each failure.
 */
@Component
class GradebookScores {

    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private static final Logger log = LoggerFactory.getLogger(GradebookScores.class);

    private record Score(long id, long platformId, @Nullable String lineitem, @Nullable String lineitems, String resourceLinkId, String label,
                         String subject, int points, int maxPoints, int attempts, Instant nextAttemptAt) {
    }

    private final JdbcClient jdbc;
    private final LtiLinks links;
    private final PlatformStore platforms;
    private final PlatformCalls calls;
    private final Clock clock;

    GradebookScores(JdbcClient jdbc, LtiLinks links, PlatformStore platforms, PlatformCalls calls, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.platforms = platforms;
        this.calls = calls;
        this.clock = clock;
    }

    @EventListener
    void on(GradesReleased released) {
        for (LtiLinks.ResourceLink link : links.linksTo(released.assignmentId())) {
            if (link.lineitemUrl() == null && link.lineitemsUrl() == null) {
                continue; // the platform offered no gradebook for this link
            }
            for (GradesReleased.Released work : released.grades()) {
                work.points().forEach((username, points) -> links.subject(link.platformId(), username).ifPresent(subject ->
                        jdbc.sql("INSERT INTO lti_score (platform_id, lineitem_url, lineitems_url, resource_link_id, label, subject, points, max_points, "
                                        + "created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                                .params(link.platformId(), link.lineitemUrl(), link.lineitemsUrl(), link.resourceLinkId(), released.assignmentTitle(),
                                        subject, points, work.maxPoints(), SqlTime.of(clock.instant()), SqlTime.of(clock.instant())).update()));
            }
        }
    }

    /** Posts the scores that are due; returns how many the platforms took. */
    @Scheduled(fixedDelayString = "${warrant.lti.send-every:PT30S}", initialDelayString = "PT30S")
    int sendDue() {
        List<Score> due = jdbc.sql("SELECT id, platform_id, lineitem_url, lineitems_url, resource_link_id, label, subject, points, max_points, attempts, "
                        + "next_attempt_at FROM lti_score WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id FETCH FIRST 100 ROWS ONLY")
                .param(SqlTime.of(clock.instant()))
                .query((rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getObject(11, OffsetDateTime.class).toInstant())).list();
        int sent = 0;
        for (Score s : due) {
            boolean claimed = jdbc.sql("UPDATE lti_score SET next_attempt_at = ? WHERE id = ? AND sent_at IS NULL AND next_attempt_at = ?")
                    .params(SqlTime.of(clock.instant().plus(Duration.ofMinutes(5))), s.id(), SqlTime.of(s.nextAttemptAt())).update() == 1;
            if (claimed && send(s)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Score s) {
        Platform platform = platforms.find(s.platformId()).orElse(null);
        if (platform == null) {
            return false; // removed since: its scores went with it (cascade)
        }
        try {
            String lineitem = s.lineitem() != null ? s.lineitem() : lineItemFor(platform, s);
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("userId", s.subject());
            score.put("scoreGiven", s.points());
            score.put("scoreMaximum", s.maxPoints());
            score.put("activityProgress", "Completed");
            score.put("gradingProgress", "FullyGraded");
            score.put("timestamp", clock.instant().toString());
            calls.post(platform, scoresUrl(lineitem), "application/vnd.ims.lis.v1.score+json", score, SCORE_SCOPE);
            jdbc.sql("UPDATE lti_score SET sent_at = ?, attempts = attempts + 1, next_attempt_at = NULL, last_error = NULL WHERE id = ?")
                    .params(SqlTime.of(clock.instant()), s.id()).update();
            log.info("Sent a score of {}/{} for {} to {}", s.points(), s.maxPoints(), s.subject(), platform.issuer());
            return true;
        } catch (IOException | RuntimeException e) {
            Instant retry = RetrySchedule.after(s.attempts() + 1, clock.instant()).orElse(null);
            String error = String.valueOf(e.getMessage());
            jdbc.sql("UPDATE lti_score SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
                    .params(SqlTime.ofNullable(retry), error.length() > 600 ? error.substring(0, 600) : error, s.id()).update();
            log.warn("Could not send a score to {} (attempt {}{}): {}", platform.issuer(), s.attempts() + 1,
                    retry == null ? ", giving up" : ", trying again at " + retry, error);
            return false;
        }
    }

    /** The link's line item: made in the course's gradebook the first time, then kept for the link. */
    private String lineItemFor(Platform platform, Score s) throws IOException {
        var link = links.resourceLink(s.platformId(), s.resourceLinkId());
        if (link.isPresent() && link.get().lineitemUrl() != null) {
            return link.get().lineitemUrl();
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("scoreMaximum", s.maxPoints());
        item.put("label", s.label());
        item.put("resourceLinkId", s.resourceLinkId());
        PlatformCalls.Answer made = calls.post(platform, s.lineitems(), "application/vnd.ims.lis.v2.lineitem+json", item, LINEITEM_SCOPE);
        if (!(made.json().get("id") instanceof String id)) {
            throw new IOException("The new line item has no id");
        }
        String url = PlatformDraft.url(id);
        links.updateResource(s.platformId(), s.resourceLinkId(), null, url);
        jdbc.sql("UPDATE lti_score SET lineitem_url = ? WHERE platform_id = ? AND resource_link_id = ? AND lineitem_url IS NULL")
                .params(url, s.platformId(), s.resourceLinkId()).update();
        return url;
    }

    /** {lineitem}/scores, keeping the line item's query string after the path. */
    static String scoresUrl(String lineitem) {
        int query = lineitem.indexOf('?');
        return query < 0 ? lineitem + "/scores" : lineitem.substring(0, query) + "/scores" + lineitem.substring(query);
    }
}
