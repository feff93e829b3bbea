package org.warrant.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.testing.WarrantTest;

/**
 * Health, metrics and the backup command's endpoint are on the management port (loopback), and nowhere on the
 * application's port for anonymous users.
 */
@Tag("h2")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

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
        int code = BackupCommand.run("backup", new BackupCommand.Settings(Path.of("target/test-data"), Path.of("target/unused"),
                managementPort, ""));
        assertThat(code).isZero();
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
