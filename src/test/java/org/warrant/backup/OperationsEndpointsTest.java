package org.warrant.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.testing.SignedIn;
import org.warrant.testing.WarrantTest;

/**
 * Health, metrics and the backup command's endpoint are on the management port (loopback), and nowhere on the
 * application's port for anonymous users.
 */
@Tag("h2")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    BackupService backups;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void health_and_metrics_answer_on_the_management_port() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health/readiness");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"diskSpace\"").contains("\"cluster\"");
        assertThat(get(managementPort, "/actuator/metrics/warrant.edits").body()).contains("\"name\":\"warrant.edits\"");
        assertThat(get(managementPort, "/actuator/metrics/warrant.signin.failures").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymous_users_get_nothing_of_it_on_the_application_port() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/metrics", "/actuator/backup"}) {
            HttpResponse<String> answer = get(port, path);
            assertThat(answer.body()).as(path).doesNotContain("\"status\"").doesNotContain("\"names\"");
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void the_backup_command_asks_the_running_warrant() {
        int code = BackupCommand.run("backup", new BackupCommand.Settings(Path.of("target/test-data"), "sa", "", Path.of("target/unused"),
                managementPort, ""));
        assertThat(code).isZero();
    }

    @Test
    void a_request_without_the_commands_header_cannot_take_a_backup() throws Exception {
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/backup"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void an_admin_downloads_a_backup_and_no_one_else_does() throws Exception {
        int code = BackupCommand.run("backup", new BackupCommand.Settings(Path.of("target/test-data"), "sa", "", Path.of("target/unused"),
                managementPort, ""));
        assertThat(code).isZero();
        SignedIn.as("admin", Role.ADMIN);
        String name = backups.list().getFirst().name();
        SecurityContextHolder.clearContext();

        HttpClient admin = signedIn("admin");
        HttpResponse<byte[]> file = admin.send(HttpRequest.newBuilder(URI.create(base() + "/admin/backups/" + name)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(name));
        assertThat(new String(file.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK"); // a zip
        assertThat(admin.send(HttpRequest.newBuilder(URI.create(base() + "/admin/backups/warrant.mv.db")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);

        HttpResponse<Void> student = signedIn("student1").send(HttpRequest.newBuilder(URI.create(base() + "/admin/backups/" + name)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(student.statusCode()).isEqualTo(403);
    }

    /** An HTTP client with a session signed in through the sign-in form, as a browser would. */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the sign-in page names its CSRF token").isTrue();
        String form = "username=" + username + "&password=demo-password&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signIn = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
