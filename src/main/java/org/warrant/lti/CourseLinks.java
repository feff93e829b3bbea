package org.warrant.lti;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.assignments.AssignmentService;
import org.warrant.security.CurrentUser;
import org.warrant.seminars.LmsRoster;
import org.warrant.seminars.SeminarService;

/**
 * The course a launch comes from, as a Warrant seminar (made by the first instructor who launches from it), with the
 * launching user in it; and the assignment the launch's resource link stands for (chosen through Deep Linking).
 */
@Component
class CourseLinks {

    private static final Logger log = LoggerFactory.getLogger(CourseLinks.class);
    static final String ASSIGNMENT_PARAMETER = "warrant_assignment";

    private final LtiLinks links;
    private final LmsRoster roster;
    private final SeminarService seminars;
    private final AssignmentService assignments;

    CourseLinks(LtiLinks links, LmsRoster roster, SeminarService seminars, AssignmentService assignments) {
        this.links = links;
        this.roster = roster;
        this.seminars = seminars;
        this.assignments = assignments;
    }

    long seminarFor(Platform platform, LtiClaims claims, String username, boolean teaches) {
        String contextId = claims.field(LtiClaims.CONTEXT, "id");
        if (contextId == null) {
            throw LaunchRefused.because("lti.no-course");
        }
        String title = title(claims);
        String memberships = claims.field(LtiClaims.NRPS, "context_memberships_url");
        var known = links.context(platform.id(), contextId);
        long seminarId;
        if (known.isPresent()) {
            seminarId = known.get().seminarId();
            links.updateContext(platform.id(), contextId, title, memberships == null ? null : PlatformDraft.url(memberships));
        } else if (teaches) {
            String label = claims.field(LtiClaims.CONTEXT, "label");
            String term = label == null || label.isBlank() ? "LMS" : label.strip().substring(0, Math.min(60, label.strip().length()));
            seminarId = CurrentUser.runAs(username, Role.INSTRUCTOR, () -> seminars.create(title, term)); // the seminar's "term": the course code
            links.linkContext(platform.id(), contextId, seminarId, title, memberships == null ? null : PlatformDraft.url(memberships));
            log.info("Made seminar {} for {}'s course {}", seminarId, platform.issuer(), contextId);
        } else {
            throw LaunchRefused.because("lti.course-not-set-up");
        }
        roster.admit(seminarId, username, teaches);
        return seminarId;
    }

    /** The page to open: the linked assignment, or for a new link one chosen through Deep Linking; else the seminar. */
    String pathFor(Platform platform, LtiClaims claims, String username, boolean teaches, long seminarId) {
        String linkId = claims.field(LtiClaims.RESOURCE_LINK, "id");
        if (linkId == null) {
            throw LaunchRefused.because("lti.launch-malformed", LtiClaims.RESOURCE_LINK);
        }
        String lineitems = claims.field(LtiClaims.AGS, "lineitems");
        String lineitem = claims.field(LtiClaims.AGS, "lineitem");
        lineitems = lineitems == null ? null : PlatformDraft.url(lineitems);
        lineitem = lineitem == null ? null : PlatformDraft.url(lineitem);
        var known = links.resourceLink(platform.id(), linkId);
        if (known.isPresent()) {
            links.updateResource(platform.id(), linkId, lineitems, lineitem);
            return "assignments/" + known.get().assignmentId();
        }
        Long chosen = chosenAssignment(claims, username, teaches, seminarId);
        if (chosen != null) {
            links.linkResource(platform.id(), linkId, chosen, lineitems, lineitem);
            return "assignments/" + chosen;
        }
        return teaches ? "seminars/" + seminarId : "assignments";
    }

    /** The assignment a Deep Linking choice put in the link's custom parameters, if it is of this course's seminar. */
    private @Nullable Long chosenAssignment(LtiClaims claims, String username, boolean teaches, long seminarId) {
        String value = claims.field(LtiClaims.CUSTOM, ASSIGNMENT_PARAMETER);
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(value);
        try {
            long seminar = CurrentUser.runAs(username, teaches ? Role.INSTRUCTOR : Role.STUDENT, () -> assignments.open(id).assignment().seminarId());
            return seminar == seminarId ? id : null;
        } catch (AssignmentNotFoundException gone) {
            return null;
        }
    }

    private static String title(LtiClaims claims) {
        String title = claims.field(LtiClaims.CONTEXT, "title");
        if (title == null || title.isBlank()) {
            title = claims.field(LtiClaims.CONTEXT, "label");
        }
        title = title == null || title.isBlank() ? "LMS course" : title.strip();
        return title.length() > 120 ? title.substring(0, 120) : title;
    }
}
