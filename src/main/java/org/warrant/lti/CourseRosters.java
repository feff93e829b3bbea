package org.warrant.lti;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.seminars.LmsRoster;
import org.warrant.seminars.SeminarService;
import org.warrant.shared.Refused;

/**
 * The course roster from the LMS (Names and Role Provisioning Services 2.0): every active member of the linked course
 * gets an account and a place in the seminar, as student or instructor, without launching first. For the seminar's
 * instructors; at most {@link #MAX_PAGES} pages are read.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CourseRosters {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 200;
    private static final Logger log = LoggerFactory.getLogger(CourseRosters.class);

    /** The LMS course a seminar is linked to, as its page shows it. */
    public record CourseLink(String platformName, String courseTitle, boolean hasRoster, java.time.@org.jspecify.annotations.Nullable Instant rosterSyncedAt) {
    }

    private final LtiLinks links;
    private final PlatformStore platforms;
    private final PlatformCalls calls;
    private final LtiAccounts accounts;
    private final LmsRoster roster;
    private final SeminarService seminars;
    private final Clock clock;

    CourseRosters(LtiLinks links, PlatformStore platforms, PlatformCalls calls, LtiAccounts accounts, LmsRoster roster, SeminarService seminars, Clock clock) {
        this.links = links;
        this.platforms = platforms;
        this.calls = calls;
        this.accounts = accounts;
        this.roster = roster;
        this.seminars = seminars;
        this.clock = clock;
    }

    /** The LMS courses the seminar is linked to; for its instructors (empty for everyone else). */
    @Transactional(readOnly = true)
    public List<CourseLink> courses(long seminarId) {
        if (!seminars.open(seminarId).instructs()) {
            return List.of();
        }
        return links.contextsOf(seminarId).stream().map(c -> new CourseLink(platforms.find(c.platformId()).map(Platform::name).orElse("?"),
                c.title(), c.membershipsUrl() != null, c.rosterSyncedAt())).toList();
    }

    /** Brings the linked courses' rosters into the seminar; returns how many people were new to it. */
    @Transactional
    public int sync(long seminarId) {
        if (!seminars.open(seminarId).instructs()) {
            throw new AccessDeniedException("Only the seminar's instructors bring in its course roster.");
        }
        int added = 0;
        for (LtiLinks.Context c : links.contextsOf(seminarId)) {
            if (c.membershipsUrl() == null) {
                continue;
            }
            Platform platform = platforms.find(c.platformId()).orElseThrow();
            try {
                added += read(platform, c, seminarId);
            } catch (IOException e) {
                log.warn("Could not read the roster of {}'s course {}: {}", platform.issuer(), c.contextId(), e.getMessage());
                throw new Refused("lti.roster-failed", platform.name());
            }
            links.rosterSynced(c.platformId(), c.contextId(), clock.instant());
        }
        log.info("Brought the LMS roster into seminar {}: {} new", seminarId, added);
        return added;
    }

    private int read(Platform platform, LtiLinks.Context c, long seminarId) throws IOException {
        int added = 0;
        String url = c.membershipsUrl();
        for (int page = 0; url != null && page < MAX_PAGES; page++) {
            PlatformCalls.Answer answer = calls.get(platform, url, MEDIA_TYPE, SCOPE);
            if (!(answer.json().get("members") instanceof List<?> members)) {
                throw new IOException("The roster has no members list");
            }
            for (Object m : members) {
                if (m instanceof Map<?, ?> member && member.get("user_id") instanceof String subject && active(member)) {
                    boolean teaches = member.get("roles") instanceof List<?> roles && roles.stream().map(String::valueOf)
                            .anyMatch(r -> r.endsWith("#Instructor") || r.endsWith("membership#Administrator") || "Instructor".equals(r));
                    String username = accounts.accountFor(platform, subject, name(member), teaches);
                    if (roster.admit(seminarId, username, teaches)) {
                        added++;
                    }
                }
            }
            url = answer.next();
        }
        return added;
    }

    private static boolean active(Map<?, ?> member) {
        Object status = member.get("status");
        return status == null || "Active".equals(status);
    }

    private static String name(Map<?, ?> member) {
        Object name = member.get("name");
        String n = name == null ? ((member.get("given_name") == null ? "" : member.get("given_name")) + " "
                + (member.get("family_name") == null ? "" : member.get("family_name"))).strip() : String.valueOf(name).strip();
        n = n.isEmpty() ? "LMS user" : n;
        return n.length() > 120 ? n.substring(0, 120) : n;
    }

}
