package org.warrant.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.testing.WarrantTest;

/** The page every view is served in. */
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AppShellTest {

    @LocalServerPort int port;

    @Test
    void every_page_names_its_icon_so_browsers_do_not_ask_for_a_missing_favicon() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Document page = Jsoup.parse(login.body());
        assertThat(page.select("link[rel=icon]")).singleElement()
                .satisfies(icon -> assertThat(icon.attr("href")).isEqualTo(AppShell.ICON).startsWith("data:image/svg+xml,"));
    }
}
