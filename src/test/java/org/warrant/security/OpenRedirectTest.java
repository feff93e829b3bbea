package org.warrant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.testing.WarrantTest;

/** No address of Warrant's sends a browser to another site, whatever its path or query says. */
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenRedirectTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final List<String> PATHS = List.of("//evil.example/", "//evil.example/%2e%2e", "/%2F%2Fevil.example/",
            "/%5Cevil.example/", "/VAADIN", "/VAADIN/..;/evil", "/login?continue=https://evil.example/",
            "/login?redirect=//evil.example", "/maps/1?next=https://evil.example", "/logout", "/.%2e/evil.example",
            "/favicon.ico", "/articles", "/META-INF");

    @LocalServerPort int port;

    @Test
    void no_request_is_redirected_off_site() throws Exception {
        for (String path : PATHS) {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            response.headers().firstValue("Location").ifPresent(location -> {
                URI target = URI.create("http://127.0.0.1:" + port + "/").resolve(location.replace("\\", "%5C"));
                assertThat(target.getHost()).as("%s redirects to %s", path, location).isEqualTo("127.0.0.1");
            });
        }
    }
}
