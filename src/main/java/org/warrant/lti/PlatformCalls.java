package org.warrant.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Calls to a platform's services as Warrant: an access token from its token endpoint (OAuth 2 client credentials,
 * Warrant authenticating with a JWT signed by its key), cached until shortly before it expires; then JSON requests
 * with it. Answers are read as JSON of at most 5 MB; anything else is an {@link IOException} the caller logs.
 */
@Component
class PlatformCalls {

    static final int MAX_ANSWER = 5 * 1024 * 1024;

    /** A JSON answer and the address of its next page (from the Link header), if any. */
    record Answer(Map<String, Object> json, @Nullable String next) {
    }

    private record Token(String value, Instant expires) {
    }

    private final ToolKeys signer;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PlatformCalls(ToolKeys signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    Answer get(Platform platform, String url, String accept, String scope) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", accept)
                .header("Authorization", "Bearer " + token(platform, scope)).GET().build();
        return send(request);
    }

    Answer post(Platform platform, String url, String contentType, Map<String, Object> body, String scope) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token(platform, scope))
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body))).build();
        return send(request);
    }

    private String token(Platform platform, String scope) throws IOException {
        String key = platform.id() + " " + scope;
        Token cached = tokens.get(key);
        if (cached != null && cached.expires().isAfter(clock.instant())) {
            return cached.value();
        }
        Instant now = clock.instant();
        String assertion = signer.sign(new JWTClaimsSet.Builder().issuer(platform.clientId()).subject(platform.clientId())
                .audience(platform.tokenUrl()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build());
        String form = "grant_type=client_credentials&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion) + "&scope=" + enc(scope);
        Answer answer = send(HttpRequest.newBuilder(URI.create(platform.tokenUrl())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Object value = answer.json().get("access_token");
        if (!(value instanceof String token)) {
            throw new IOException("The token endpoint of " + platform.issuer() + " answered without an access token");
        }
        long seconds = answer.json().get("expires_in") instanceof Number n ? n.longValue() : 300;
        tokens.put(key, new Token(token, now.plusSeconds(Math.max(0, seconds - 30))));
        return token;
    }

    private Answer send(HttpRequest request) throws IOException {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) { // read no further than the bound: an answer can't fill the heap
                if (response.statusCode() / 100 != 2) {
                    throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode());
                }
                body = in.readNBytes(MAX_ANSWER + 1);
            }
            if (body.length > MAX_ANSWER) {
                throw new IOException(request.uri() + " answered with more than " + MAX_ANSWER + " bytes");
            }
            String text = new String(body, StandardCharsets.UTF_8).strip();
            Map<String, Object> json = text.isEmpty() ? Map.of() : JSONObjectUtils.parse(text);
            return new Answer(json, next(response.headers().allValues("Link")));
        } catch (ParseException e) {
            throw new IOException(request.uri() + " answered with something that is not JSON", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    /** The rel="next" address of an RFC 8288 Link header. */
    static @Nullable String next(java.util.List<String> links) {
        for (String header : links) {
            for (String link : header.split(",")) {
                if (link.contains("rel=\"next\"") && link.contains("<") && link.contains(">")) {
                    return link.substring(link.indexOf('<') + 1, link.indexOf('>')).strip();
                }
            }
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
