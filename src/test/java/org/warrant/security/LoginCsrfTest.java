package org.warrant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.testing.WarrantTest;

/** Login CSRF: a page elsewhere must not sign a visitor's browser in to an account of the attacker's choosing. */
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LoginCsrfTest {

    @LocalServerPort int port;

    private HttpResponse<String> postLogin(HttpClient http, String extra) throws Exception {
        String form = "username=student1&password=demo-password" + extra;
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Whether the client's session is signed in: a page only signed-in users may read answers it. */
    private boolean signedIn(HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/maps/1/outline.md")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() != 302;
    }

    @Test
    void a_sign_in_posted_without_the_pages_csrf_token_is_refused() throws Exception {
        HttpClient http = client();
        HttpResponse<String> response = postLogin(http, "");
        assertThat(response.headers().firstValue("Location").orElse("")).as("not sent on as signed in").doesNotEndWith(":" + port + "/");
        assertThat(signedIn(http)).isFalse();
    }

    @Test
    void a_sign_in_with_the_token_of_the_sign_in_page_signs_in() throws Exception {
        HttpClient http = client();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the sign-in page names its CSRF token").isTrue();
        HttpResponse<String> response = postLogin(http, "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn(http)).isTrue();
    }
}
