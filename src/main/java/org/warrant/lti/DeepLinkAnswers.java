package org.warrant.lti;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.assignments.AssignmentPage;
import org.warrant.assignments.AssignmentService;
import org.warrant.grading.GradingService;

/**
 * The answer to a platform's Deep Linking request: the assignment the instructor chose, as an LTI resource link with
 * a gradebook column, signed with Warrant's key. The chosen assignment must be one the signed-in instructor teaches,
 * in the seminar of the course that asked.
 */
@Service
public class DeepLinkAnswers {

    private static final Logger log = LoggerFactory.getLogger(DeepLinkAnswers.class);

    /** A signed answer and where to post it. */
    public record Answer(String returnUrl, String jwt, String title) {
    }

    private final PlatformStore platforms;
    private final ToolKeys keys;
    private final AssignmentService assignments;
    private final GradingService grading;
    private final LtiUrls urls;
    private final Clock clock;

    DeepLinkAnswers(PlatformStore platforms, ToolKeys keys, AssignmentService assignments, GradingService grading, LtiUrls urls, Clock clock) {
        this.platforms = platforms;
        this.keys = keys;
        this.assignments = assignments;
        this.grading = grading;
        this.urls = urls;
        this.clock = clock;
    }

    @Transactional
    public Answer answer(Launch.DeepLinkRequest request, long assignmentId) {
        AssignmentPage page = assignments.open(assignmentId);
        if (!page.instructs() || page.assignment().seminarId() != request.seminarId()) {
            log.warn("Refused a Deep Linking answer with assignment {} (not of seminar {}, or not taught)", assignmentId, request.seminarId());
            throw new AccessDeniedException("Only an assignment of this course's seminar that you teach can be linked.");
        }
        Platform platform = platforms.find(request.platformId()).orElseThrow(() -> LaunchRefused.because("lti.no-platform"));
        String title = page.assignment().title();
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", grading.maxPoints(assignmentId).orElse(100));
        lineItem.put("label", title);
        lineItem.put("resourceId", "warrant-assignment-" + assignmentId);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        item.put("url", urls.launch());
        item.put("custom", Map.of(CourseLinks.ASSIGNMENT_PARAMETER, Long.toString(assignmentId)));
        item.put("lineItem", lineItem);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId()).audience(platform.issuer())
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plusSeconds(600)))
                .claim("nonce", UUID.randomUUID().toString()).claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingResponse")
                .claim(LtiClaims.VERSION, "1.3.0").claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.CONTENT_ITEMS, List.of(item));
        if (request.data() != null) {
            claims.claim(LtiClaims.DL_DATA, request.data());
        }
        log.info("Answered a Deep Linking request from {} with assignment {}", platform.issuer(), assignmentId);
        return new Answer(request.returnUrl(), keys.sign(claims.build()), title);
    }
}
