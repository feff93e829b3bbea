package org.warrant.lti;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.Role;
import org.warrant.notifications.MailAddresses;

/**
 * The two steps of an LTI 1.3 launch: the platform's OIDC login initiation, answered with a redirect to its
 * authorisation endpoint (with a fresh state and nonce), and the launch itself, the id_token the platform posts
 * back, verified before anything is read from it. No user is signed in yet: the platform's signature is the proof.
 * A refused launch keeps nothing.
 */
@Service
public class LtiLaunches {

    private static final Logger log = LoggerFactory.getLogger(LtiLaunches.class);

    private final PlatformStore platforms;
    private final LoginStates states;
    private final LaunchVerifier verifier;
    private final LtiAccounts accounts;
    private final AccountService accountService;
    private final CourseLinks courses;
    private final LtiUrls urls;
    private final MailAddresses addresses;

    LtiLaunches(PlatformStore platforms, LoginStates states, LaunchVerifier verifier, LtiAccounts accounts, AccountService accountService,
                CourseLinks courses, LtiUrls urls, MailAddresses addresses) {
        this.addresses = addresses;
        this.platforms = platforms;
        this.states = states;
        this.verifier = verifier;
        this.accounts = accounts;
        this.accountService = accountService;
        this.courses = courses;
        this.urls = urls;
    }

    /** Where to send the browser for the platform's login, and the state it carries. */
    public record Redirect(String url, String state) {
    }

    /** Where to send the browser for the platform's login: its authorisation endpoint, with our state and nonce. */
    @Transactional
    public Redirect loginRedirect(String issuer, String loginHint, @Nullable String messageHint, @Nullable String clientId) {
        if (issuer == null || loginHint == null || issuer.isBlank() || loginHint.isBlank()) {
            throw LaunchRefused.because("lti.login-incomplete");
        }
        List<Platform> candidates = platforms.byIssuer(issuer).stream().filter(p -> clientId == null || p.clientId().equals(clientId)).toList();
        if (candidates.size() != 1) {
            log.warn("Refused an LTI login from {} (client {}): {} platforms match", issuer, clientId, candidates.size());
            throw LaunchRefused.because("lti.unknown-platform", issuer);
        }
        Platform p = candidates.getFirst();
        LoginStates.Started s = states.start(p.id());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", p.clientId());
        query.put("redirect_uri", urls.launch());
        query.put("login_hint", loginHint);
        if (messageHint != null) {
            query.put("lti_message_hint", messageHint);
        }
        query.put("state", s.state());
        query.put("nonce", s.nonce());
        return new Redirect(p.authLoginUrl() + (p.authLoginUrl().contains("?") ? "&" : "?") + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")), s.state());
    }

    /** Verifies the launch, then finds or makes the account, the course's seminar and the linked assignment. */
    @Transactional
    public Launch launch(String idToken, String state) {
        if (idToken == null || state == null || idToken.length() > 20_000) {
            throw LaunchRefused.because("lti.launch-incomplete");
        }
        LoginStates.Taken login = states.take(state).orElseThrow(() -> {
            log.warn("Refused an LTI launch with an unknown or used state");
            return LaunchRefused.because("lti.launch-replayed");
        });
        Platform platform = platforms.find(login.platformId()).orElseThrow(() -> LaunchRefused.because("lti.unknown-platform", "?"));
        LtiClaims claims = verifier.verify(idToken, platform, login.nonce());
        String deployment = claims.string(LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || !platform.deploymentIds().contains(deployment)) {
            log.warn("Refused an LTI launch from {}: deployment {} is not registered", platform.issuer(), deployment);
            throw LaunchRefused.because("lti.unknown-deployment", String.valueOf(deployment));
        }
        if (!"1.3.0".equals(claims.string(LtiClaims.VERSION))) {
            throw LaunchRefused.because("lti.launch-malformed", LtiClaims.VERSION);
        }
        String type = claims.string(LtiClaims.MESSAGE_TYPE);
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(type) && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            throw LaunchRefused.because("lti.launch-malformed", LtiClaims.MESSAGE_TYPE);
        }
        String username = accounts.accountFor(platform, claims.subject(), claims.displayName(), claims.teaches());
        String email = claims.string("email");
        if (email != null) {
            addresses.offer(username, email); // mail goes where the LMS says, until the user chooses otherwise
        }
        Role role = accountService.roleOf(username).orElseThrow();
        boolean teaches = claims.teaches() && role != Role.STUDENT;
        long seminarId = courses.seminarFor(platform, claims, username, teaches);
        log.info("LTI launch ({}) of {} from {} into seminar {}", type, username, platform.issuer(), seminarId);
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            if (!teaches) {
                throw LaunchRefused.because("lti.deep-linking-for-instructors");
            }
            String returnUrl = claims.field(LtiClaims.DEEP_LINKING_SETTINGS, "deep_link_return_url");
            if (returnUrl == null) {
                throw LaunchRefused.because("lti.launch-malformed", LtiClaims.DEEP_LINKING_SETTINGS);
            }
            return new Launch(username, role, "lti/deep-link", new Launch.DeepLinkRequest(platform.id(), deployment,
                    PlatformDraft.url(returnUrl), claims.field(LtiClaims.DEEP_LINKING_SETTINGS, "data"), seminarId));
        }
        return new Launch(username, role, courses.pathFor(platform, claims, username, teaches, seminarId), null);
    }
}
