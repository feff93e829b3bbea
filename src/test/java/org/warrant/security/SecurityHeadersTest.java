package org.warrant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.testing.WarrantTest;

/** What every response carries, over real HTTP: pages, static files, data, errors. */
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_kind_of_response_carries_the_security_headers() throws Exception {
        for (String path : List.of("/login", "/", "/maps/1/outline.md", "/no-such-page", "/VAADIN/no-such-file.js", "/favicon.ico")) {
            HttpResponse<String> response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).get().asString().contains("camera=()");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void the_bootstrap_pages_inline_scripts_carry_the_nonce_the_policy_names_and_it_changes_per_response() throws Exception {
        HttpResponse<String> first = get("/login");
        Matcher named = Pattern.compile("'nonce-([^']+)'").matcher(first.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(named.find()).isTrue();
        List<String> inline = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(first.body()).results().map(r -> r.group()).toList();
        assertThat(inline).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + named.group(1) + "\""));
        assertThat(get("/login").headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain(named.group(1));
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_secure_only_behind_tls() throws Exception {
        String plain = get("/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(plain).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
        String proxied = get("/login", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(proxied).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
    }
}
