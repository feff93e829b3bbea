package org.warrant.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.Role;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/**
 * Full LTI 1.3 launches from a platform of the tests' own making (its keys, key set and services on loopback), over
 * real HTTP: login initiation, the signed launch, the session it signs in; and every kind of launch Warrant must refuse,
 * leaving nothing behind.
 */
@WarrantTest(profiles = "test", webEnvironment = WebEnvironment.RANDOM_PORT, properties = "warrant.lti.send-every=PT24H")
class LtiLaunchTest {

    @LocalServerPort int port;
    @Autowired LtiPlatforms platforms;
    @Autowired AccountService accounts;
    @Autowired ToolKeys toolKeys;
    @Autowired org.warrant.notifications.NotificationService notifications;
    @Autowired org.warrant.seminars.SeminarService seminars;
    LtiFixture lms;
    TestPlatform platform;
    LtiBrowser browser;
    String course;

    @BeforeEach
    void registered() throws Exception {
        lms = new LtiFixture(port, platforms);
        platform = lms.platform;
        browser = new LtiBrowser(port);
        course = "course-" + Classroom.freshSuffix();
    }

    @AfterEach
    void stop() {
        lms.close();
    }

    private HttpResponse<String> launch(LtiBrowser b, String subject, java.util.function.Function<String, JWTClaimsSet> claims) throws Exception {
        return lms.launch(b, subject, claims);
    }

    private String username(String subject) {
        return lms.username(subject);
    }

    @Test
    void the_login_initiation_sends_the_browser_to_the_platform_with_a_fresh_state_and_nonce() throws Exception {
        Map<String, String> first = browser.startLogin(platform, "u1");
        Map<String, String> second = browser.startLogin(platform, "u1");
        assertThat(first).containsEntry("scope", "openid").containsEntry("response_type", "id_token").containsEntry("response_mode", "form_post")
                .containsEntry("prompt", "none").containsEntry("client_id", platform.clientId).containsEntry("login_hint", "u1")
                .containsEntry("lti_message_hint", "hint-u1").containsKey("redirect_uri");
        assertThat(first.get("redirect_uri")).endsWith("/lti/launch");
        assertThat(first.get("state")).isNotEqualTo(second.get("state"));
        assertThat(first.get("nonce")).isNotEqualTo(second.get("nonce"));
    }

    @Test
    void the_platform_may_start_the_login_with_a_form_too() throws Exception {
        HttpResponse<String> redirect = browser.post("/lti/login", Map.of("iss", platform.issuer, "login_hint", "u2",
                "client_id", platform.clientId, "target_link_uri", "http://127.0.0.1/lti/launch"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).startsWith(platform.issuer + "/auth?").contains("login_hint=u2");
    }

    @Test
    void an_instructors_first_launch_makes_the_account_and_the_courses_seminar_and_signs_them_in() throws Exception {
        assertThat(browser.get("/assignments").statusCode()).as("not signed in yet").isNotEqualTo(200);

        HttpResponse<String> launched = launch(browser, "teacher-" + course, n -> platform.launch(n, "teacher-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build());

        assertThat(launched.statusCode()).isEqualTo(200);
        assertThat(launched.body()).containsPattern("url=/seminars/[0-9]+");
        assertThat(accounts.roleOf(username("teacher-" + course))).hasValue(Role.INSTRUCTOR);
        assertThat(accounts.displayName(username("teacher-" + course))).hasValue("Person teacher-" + course);
        assertThat(browser.get("/assignments").statusCode()).as("signed in by the launch").isEqualTo(200);
        as(username("teacher-" + course), Role.INSTRUCTOR);
        assertThat(notifications.settings().email()).as("mail goes where the LMS says").isEqualTo("teacher-" + course + "@lms.example.edu");
    }

    @Test
    void a_learner_is_matched_to_the_same_account_on_every_launch_and_signed_in_as_a_student() throws Exception {
        launch(new LtiBrowser(port), "teacher-" + course, n -> platform.launch(n, "teacher-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build());
        HttpResponse<String> first = launch(browser, "learner-" + course, n -> platform.launch(n, "learner-" + course, TestPlatform.LEARNER, course, "rl-1").build());
        HttpResponse<String> again = launch(new LtiBrowser(port), "learner-" + course,
                n -> platform.launch(n, "learner-" + course, TestPlatform.LEARNER, course, "rl-1").build());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(accounts.roleOf(username("learner-" + course))).hasValue(Role.STUDENT);
        as(username("learner-" + course), Role.STUDENT);
        assertThat(seminars.mine()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Iran and its neighbours " + course);
            assertThat(s.myRole()).isEqualTo(org.warrant.seminars.Seminar.MemberRole.STUDENT);
        });
    }

    @Test
    void a_learner_before_any_instructor_is_told_the_course_is_not_set_up() throws Exception {
        HttpResponse<String> refused = launch(browser, "early-" + course, n -> platform.launch(n, "early-" + course, TestPlatform.LEARNER, course, "rl-1").build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("has not opened Warrant from this course yet").contains("lang=\"en\"");
        assertThat(accounts.roleOf(username("early-" + course))).as("nothing kept").isEmpty();
    }

    @Test
    void a_launch_signed_with_another_key_under_the_platforms_key_id_is_refused() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID(platform.key.getKeyID()).generate();
        Map<String, String> login = browser.startLogin(platform, "forged");
        String token = TestPlatform.sign(platform.launch(login.get("nonce"), "forged-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build(), forger);
        HttpResponse<String> refused = browser.post("/lti/launch", Map.of("id_token", token, "state", login.get("state")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("does not carry a signature Warrant can verify");
        assertThat(accounts.roleOf(username("forged-" + course))).isEmpty();
    }

    @Test
    void an_unsigned_or_hmac_signed_launch_is_refused() throws Exception {
        Map<String, String> login = browser.startLogin(platform, "plain");
        JWTClaimsSet claims = platform.launch(login.get("nonce"), "plain-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build();
        assertThat(browser.post("/lti/launch", Map.of("id_token", new PlainJWT(claims).serialize(), "state", login.get("state"))).statusCode()).isEqualTo(400);

        login = browser.startLogin(platform, "hmac");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), platform.launch(login.get("nonce"), "plain-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build());
        hmac.sign(new MACSigner(platform.key.toRSAPublicKey().getEncoded()));
        assertThat(browser.post("/lti/launch", Map.of("id_token", hmac.serialize(), "state", login.get("state"))).statusCode()).isEqualTo(400);
        assertThat(accounts.roleOf(username("plain-" + course))).isEmpty();
    }

    @Test
    void an_expired_launch_is_refused() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        HttpResponse<String> refused = launch(browser, "late-" + course, n -> new JWTClaimsSet.Builder(
                platform.launch(n, "late-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build())
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("expired");
    }

    @Test
    void a_replayed_launch_is_refused() throws Exception {
        Map<String, String> login = browser.startLogin(platform, "again");
        Map<String, String> form = Map.of("id_token", platform.sign(platform.launch(login.get("nonce"), "again-" + course, TestPlatform.INSTRUCTOR,
                course, "rl-1").build()), "state", login.get("state"));
        assertThat(browser.post("/lti/launch", form).statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = new LtiBrowser(port).post("/lti/launch", form);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("already used");
    }

    @Test
    void a_launch_with_another_logins_nonce_for_another_client_or_deployment_is_refused() throws Exception {
        Map<String, String> mine = browser.startLogin(platform, "n1");
        Map<String, String> other = browser.startLogin(platform, "n2");
        String stolenNonce = platform.sign(platform.launch(other.get("nonce"), "nonce-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build());
        assertThat(browser.post("/lti/launch", Map.of("id_token", stolenNonce, "state", mine.get("state"))).statusCode()).isEqualTo(400);

        HttpResponse<String> wrongAudience = launch(browser, "aud-" + course, n -> new JWTClaimsSet.Builder(
                platform.launch(n, "aud-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build()).audience("another-tool").build());
        assertThat(wrongAudience.statusCode()).isEqualTo(400);

        HttpResponse<String> wrongDeployment = launch(browser, "dep-" + course, n -> new JWTClaimsSet.Builder(
                platform.launch(n, "dep-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build()).claim(LtiClaims.DEPLOYMENT_ID, "elsewhere").build());
        assertThat(wrongDeployment.statusCode()).isEqualTo(400);
        assertThat(wrongDeployment.body()).contains("(elsewhere) is not registered");
        assertThat(accounts.roleOf(username("dep-" + course))).isEmpty();
    }

    @Test
    void a_launch_from_an_unregistered_platform_is_refused_at_login() throws Exception {
        var refused = browser.get("/lti/login?iss=https%3A%2F%2Flms.example.org&login_hint=x");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("https://lms.example.org is not registered");
    }

    @Test
    void behind_tls_the_launch_must_come_back_to_the_browser_that_started_the_login() throws Exception {
        Map<String, String> login = browser.startLogin(platform, "tls", "X-Forwarded-Proto", "https");
        String token = platform.sign(platform.launch(login.get("nonce"), "tls-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build());
        HttpResponse<String> elsewhere = new LtiBrowser(port).post("/lti/launch", Map.of("id_token", token, "state", login.get("state")),
                "X-Forwarded-Proto", "https");
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("started in another browser window");

        Map<String, String> again = browser.startLogin(platform, "tls", "X-Forwarded-Proto", "https");
        String fresh = platform.sign(platform.launch(again.get("nonce"), "tls-" + course, TestPlatform.INSTRUCTOR, course, "rl-1").build());
        HttpResponse<String> same = new LtiBrowser(port).post("/lti/launch", Map.of("id_token", fresh, "state", again.get("state")),
                "X-Forwarded-Proto", "https", "Cookie", LtiEndpoints.STATE_COOKIE + "=" + again.get("state"));
        assertThat(same.statusCode()).isEqualTo(200);
    }

    @Test
    void warrants_key_set_is_public_and_a_rotated_key_stays_published() throws Exception {
        HttpResponse<String> keys = new LtiBrowser(port).get("/lti/jwks");
        assertThat(keys.statusCode()).isEqualTo(200);
        int before = com.nimbusds.jose.jwk.JWKSet.parse(keys.body()).getKeys().size();
        assertThat(com.nimbusds.jose.jwk.JWKSet.parse(keys.body()).getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        as("admin", Role.ADMIN);
        String kid = toolKeys.rotate();
        SecurityContextHolder.clearContext();
        var after = com.nimbusds.jose.jwk.JWKSet.parse(new LtiBrowser(port).get("/lti/jwks").body()).getKeys();
        assertThat(after).hasSize(before + 1).extracting(k -> k.getKeyID()).contains(kid);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(toolKeys.sign(new JWTClaimsSet.Builder().issuer("x").build())).getHeader().getKeyID()).isEqualTo(kid);
    }
}
