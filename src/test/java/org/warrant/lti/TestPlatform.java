package org.warrant.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An LTI 1.3 platform of the tests' own making, on a loopback port, as the 1EdTech specification describes one: its
 * own RSA key and published key set, signed launches (id_tokens), a token endpoint that accepts only client
 * assertions signed with a key in Warrant's published key set, a Names and Role Provisioning endpoint serving the
 * roster in two pages, and Assignment and Grade Services line items that record the scores they are sent.
 */
final class TestPlatform implements AutoCloseable {

    /** Fresh for each platform: the test database outlives a run, and a loopback port (so the issuer) comes round again. */
    final String clientId = "warrant-client-" + UUID.randomUUID();
    static final String DEPLOYMENT = "deployment-1";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    final RSAKey key;
    final String issuer;
    final String toolJwks;
    final List<Map<String, Object>> scores = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> lineItemsMade = new CopyOnWriteArrayList<>();
    final List<String> grantedScopes = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> members = new CopyOnWriteArrayList<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    TestPlatform(String toolJwks) throws Exception {
        this.toolJwks = toolJwks;
        key = new RSAKeyGenerator(2048).keyID("platform-key-1").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/jwks", e -> answer(e, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true), null));
        server.createContext("/token", this::token);
        server.createContext("/memberships", this::memberships);
        server.createContext("/lineitems", this::lineItems);
        server.start();
    }

    PlatformDraft registration() {
        return new PlatformDraft("Test LMS", issuer, clientId, DEPLOYMENT, issuer + "/auth", issuer + "/token", issuer + "/jwks");
    }

    /** The claims of a resource-link launch of {@code subject} with {@code role}, in course {@code course}. */
    JWTClaimsSet.Builder launch(String nonce, String subject, String role, String course, String resourceLink) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(clientId).subject(subject).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce).claim("name", "Person " + subject)
                .claim("email", subject + "@lms.example.edu").claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST).claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT).claim(LtiClaims.TARGET_LINK_URI, "http://127.0.0.1/lti/launch")
                .claim(LtiClaims.ROLES, List.of(role))
                .claim(LtiClaims.CONTEXT, Map.of("id", course, "label", "POL 240", "title", "Iran and its neighbours " + course))
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", resourceLink, "title", "Map the argument"))
                .claim(LtiClaims.NRPS, Map.of("context_memberships_url", issuer + "/memberships/" + course, "service_versions", List.of("2.0")))
                .claim(LtiClaims.AGS, Map.of("scope", List.of(GradebookScores.SCORE_SCOPE, GradebookScores.LINEITEM_SCOPE),
                        "lineitems", issuer + "/lineitems"));
    }

    /** The claims of a Deep Linking request from an instructor. */
    JWTClaimsSet.Builder deepLinking(String nonce, String subject, String course) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(clientId).subject(subject).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce).claim("name", "Person " + subject)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST).claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT).claim(LtiClaims.ROLES, List.of(INSTRUCTOR))
                .claim(LtiClaims.CONTEXT, Map.of("id", course, "title", "Iran and its neighbours " + course))
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", issuer + "/deep-link-return",
                        "accept_types", List.of("ltiResourceLink"), "data", "opaque-" + course));
    }

    String sign(JWTClaimsSet claims) throws Exception {
        return sign(claims, key);
    }

    static String sign(JWTClaimsSet claims, RSAKey with) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    /** Verifies something Warrant signed against Warrant's published key set. */
    JWTClaimsSet verifyFromTool(String jwt, String audience) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, JWKSourceBuilder.create(URI.create(toolJwks).toURL()).build()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience, null, Set.of("iss", "iat", "exp")));
        return processor.process(jwt, null);
    }

    private void token(HttpExchange e) throws IOException {
        Map<String, String> form = form(e.getRequestBody());
        try {
            JWTClaimsSet assertion = verifyFromTool(form.get("client_assertion"), issuer + "/token");
            if (!"client_credentials".equals(form.get("grant_type")) || !clientId.equals(assertion.getIssuer())
                    || !clientId.equals(assertion.getSubject())) {
                answer(e, 400, "application/json", "{\"error\":\"invalid_grant\"}", null);
                return;
            }
        } catch (Exception wrong) {
            answer(e, 401, "application/json", "{\"error\":\"invalid_client\"}", null);
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        grantedScopes.add(form.get("scope"));
        answer(e, 200, "application/json", "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}", null);
    }

    private boolean authorised(HttpExchange e) throws IOException {
        String auth = e.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
            answer(e, 401, "application/json", "{}", null);
            return false;
        }
        return true;
    }

    /** The roster in two pages: the first links to the second. */
    private void memberships(HttpExchange e) throws IOException {
        if (!authorised(e)) {
            return;
        }
        boolean second = "page=2".equals(e.getRequestURI().getQuery());
        List<Map<String, Object>> page = second ? members.subList(Math.min(1, members.size()), members.size()) : members.subList(0, Math.min(1, members.size()));
        String body = JSONObjectUtils.toJSONString(Map.of("id", issuer + e.getRequestURI().getPath(), "members", List.copyOf(page)));
        answer(e, 200, CourseRosters.MEDIA_TYPE, body, second ? null : "<" + issuer + e.getRequestURI().getPath() + "?page=2>; rel=\"next\"");
    }

    private void lineItems(HttpExchange e) throws IOException {
        if (!authorised(e)) {
            return;
        }
        Map<String, Object> body;
        try {
            body = JSONObjectUtils.parse(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.text.ParseException bad) {
            answer(e, 400, "application/json", "{}", null);
            return;
        }
        if (e.getRequestURI().getPath().endsWith("/scores")) {
            scores.add(body);
            answer(e, 200, "application/json", "{}", null);
        } else {
            lineItemsMade.add(body);
            Map<String, Object> made = new LinkedHashMap<>(body);
            made.put("id", issuer + "/lineitems/" + lineItemsMade.size());
            answer(e, 201, "application/vnd.ims.lis.v2.lineitem+json", JSONObjectUtils.toJSONString(made), null);
        }
    }

    private static Map<String, String> form(InputStream in) throws IOException {
        return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("&")).map(p -> p.split("=", 2)).filter(p -> p.length == 2)
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8), p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static void answer(HttpExchange e, int status, String type, String body, String link) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", type);
        if (link != null) {
            e.getResponseHeaders().set("Link", link);
        }
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
