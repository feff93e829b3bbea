package org.warrant.lti;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.shared.Messages;

/**
 * The HTTP side of LTI: OIDC login initiation, the launch (which signs the user in, in a new session), Warrant's
 * published keys, and the page that posts a Deep Linking answer back to the platform. A refused launch is answered
 * with 400 and a page that says why, in the browser's language.
 */
@RestController
@RequestMapping("/lti")
class LtiEndpoints {

    static final String DEEP_LINK = Launch.DeepLinkRequest.SESSION_KEY;
    static final String STATE_COOKIE = "warrant_lti_state";
    private static final Logger log = LoggerFactory.getLogger(LtiEndpoints.class);
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final LtiLaunches launches;
    private final ToolKeys keys;
    private final DeepLinkAnswers answers;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LtiEndpoints(LtiLaunches launches, ToolKeys keys, DeepLinkAnswers answers) {
        this.launches = launches;
        this.keys = keys;
        this.answers = answers;
    }

    /** The platform starts the login with a link (GET) or a form (POST); both carry the same parameters. */
    @GetMapping("/login")
    ResponseEntity<String> loginByLink(@RequestParam(name = "iss", required = false) String issuer,
                                       @RequestParam(name = "login_hint", required = false) String loginHint,
                                       @RequestParam(name = "lti_message_hint", required = false) @Nullable String messageHint,
                                       @RequestParam(name = "client_id", required = false) @Nullable String clientId,
                                       HttpServletRequest request) {
        return login(issuer, loginHint, messageHint, clientId, request);
    }

    @PostMapping("/login")
    ResponseEntity<String> login(@RequestParam(name = "iss", required = false) String issuer,
                                 @RequestParam(name = "login_hint", required = false) String loginHint,
                                 @RequestParam(name = "lti_message_hint", required = false) @Nullable String messageHint,
                                 @RequestParam(name = "client_id", required = false) @Nullable String clientId,
                                 HttpServletRequest request) {
        LtiLaunches.Redirect redirect = launches.loginRedirect(issuer, loginHint, messageHint, clientId);
        var answer = ResponseEntity.status(HttpStatus.FOUND).location(URI.create(redirect.url()));
        if (request.isSecure()) { // binds the login to this browser: the launch must come back with the same state
            answer.header("Set-Cookie", ResponseCookie.from(STATE_COOKIE, redirect.state()).path("/lti/").httpOnly(true).secure(true)
                    .sameSite("None").maxAge(LoginStates.VALID).build().toString());
        }
        return answer.build();
    }

    @PostMapping("/launch")
    ResponseEntity<String> launch(@RequestParam(name = "id_token", required = false) String idToken,
                                  @RequestParam(name = "state", required = false) String state,
                                  HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure() && !browserStarted(request, state)) {
            log.warn("Refused an LTI launch whose state this browser did not start");
            throw LaunchRefused.because("lti.launch-other-browser");
        }
        Launch launch = launches.launch(idToken, state);
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // whoever was signed in in this browser before, the launch's user is now
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(launch.username(), null,
                List.of(new SimpleGrantedAuthority(launch.role().authority()))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (launch.deepLink() != null) {
            request.getSession().setAttribute(DEEP_LINK, launch.deepLink());
        }
        return ResponseEntity.ok().contentType(HTML).body(LtiPages.continueTo(request.getLocale(), launch.path()));
    }

    private static boolean browserStarted(HttpServletRequest request, @Nullable String state) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        return state != null && cookies != null && java.util.Arrays.stream(cookies)
                .anyMatch(c -> STATE_COOKIE.equals(c.getName()) && state.equals(c.getValue()));
    }

    @GetMapping(path = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().header("Cache-Control", "public, max-age=300").body(keys.publishedKeySet());
    }

    /** The signed-in instructor's choice, signed and shown as a form that posts it to the platform. */
    @GetMapping("/deep-link/answer")
    ResponseEntity<String> deepLinkAnswer(@RequestParam("assignment") long assignmentId, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(DEEP_LINK);
        if (!(pending instanceof Launch.DeepLinkRequest deepLink)) {
            throw LaunchRefused.because("lti.no-deep-link");
        }
        DeepLinkAnswers.Answer answer = answers.answer(deepLink, assignmentId);
        session.removeAttribute(DEEP_LINK);
        URI target = URI.create(answer.returnUrl());
        // This page alone may post a form to the platform (Warrant's policy otherwise allows its own address only).
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action " + target.getScheme() + "://" + target.getAuthority());
        return ResponseEntity.ok().contentType(HTML).body(LtiPages.deepLinkAnswer(request.getLocale(), answer.returnUrl(), answer.jwt(), answer.title()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> refused(IllegalArgumentException e, HttpServletRequest request) {
        Locale locale = request.getLocale();
        String reason = e instanceof org.warrant.shared.Explained explained ? Messages.text(locale, explained.key(), explained.args()) : e.getMessage();
        log.warn("Refused an LTI request to {}: {}", request.getRequestURI(), e.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(HTML).body(LtiPages.refused(locale, reason));
    }

    @ExceptionHandler({AccessDeniedException.class, AssignmentNotFoundException.class})
    ResponseEntity<String> denied(RuntimeException e, HttpServletRequest request) {
        log.warn("Refused an LTI request to {}: {}", request.getRequestURI(), e.getMessage());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(HTML)
                .body(LtiPages.refused(request.getLocale(), Messages.text(request.getLocale(), "lti.not-yours")));
    }
}
