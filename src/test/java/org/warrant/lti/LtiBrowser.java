package org.warrant.lti;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser's part in a launch, over plain HTTP: its own cookies, no redirects followed, so each step can be checked. */
final class LtiBrowser {

    private final HttpClient http;
    private final String base;

    LtiBrowser(int port) {
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The login initiation as the platform starts it (with its client id, as Moodle and Canvas send it: the test database
     * may hold an earlier platform on the same loopback port); answers the query of the redirect to the platform.
     */
    Map<String, String> startLogin(TestPlatform platform, String loginHint, String... headers) throws Exception {
        HttpResponse<String> redirect = get("/lti/login?iss=" + URLEncoder.encode(platform.issuer, StandardCharsets.UTF_8) + "&login_hint=" + loginHint
                + "&target_link_uri=" + URLEncoder.encode(base + "/lti/launch", StandardCharsets.UTF_8) + "&lti_message_hint=hint-" + loginHint
                + "&client_id=" + URLEncoder.encode(platform.clientId, StandardCharsets.UTF_8), headers);
        if (redirect.statusCode() != 302) {
            throw new AssertionError("login initiation answered " + redirect.statusCode() + ": " + redirect.body());
        }
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        if (!location.toString().startsWith(platform.issuer + "/auth?")) {
            throw new AssertionError("not sent to the platform: " + location);
        }
        return query(location.getRawQuery());
    }

    static Map<String, String> query(String raw) {
        return Arrays.stream(raw.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
