package org.warrant.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.warrant.WarrantApplication;
import org.warrant.accounts.Role;
import org.warrant.comments.CommentService;
import org.warrant.database.PostgresMigration;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.PostgresServer;
import org.warrant.testing.SignedIn;

/** An H2 deployment's data moves to PostgreSQL whole: every row of every table, and Warrant runs on it. */
@Tag("postgresql")
class PostgresMigrationTest {

    private final Instances instances = new Instances();

    @AfterEach
    void stop() {
        instances.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_h2_deployment_moves_to_an_empty_postgresql_database_row_for_row() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "h2-to-migrate-");
        long mapId;
        try (ConfigurableApplicationContext h2 = new SpringApplicationBuilder(WarrantApplication.class).profiles("demo", "test")
                .run("--warrant.data-dir=" + dataDir, "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("warrant"),
                        "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0", "--management.server.port=0")) {
            mapId = mapWithAChildOlderThanItsParent(h2);
        }
        String target = PostgresServer.get().newDatabase("migrated");

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        assertThat(migrate(dataDir, target, report)).as(report.toString(StandardCharsets.UTF_8)).isZero();

        String h2Url = "jdbc:h2:file:" + dataDir.resolve("warrant") + ";IFEXISTS=TRUE";
        try (Connection from = DriverManager.getConnection(h2Url, "sa", "");
             Connection to = DriverManager.getConnection(target, PostgresServer.user(), "")) {
            assertThat(tables(to)).as("every table is copied or deliberately left out")
                    .isEqualTo(new TreeSet<>(union(PostgresMigration.TABLES, PostgresMigration.NOT_COPIED)));
            for (String table : PostgresMigration.TABLES) {
                assertThat(rows(to, table)).as(table).isEqualTo(rows(from, table));
            }
        }

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(migrate(dataDir, target, again)).isEqualTo(1);
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("not empty").contains("Nothing was changed");

        ConfigurableApplicationContext onPostgres = instances.start(target);
        signIn(onPostgres, "student1");
        MapNode added = onPostgres.getBean(MapEditService.class).add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Added after the move");
        assertThat(onPostgres.getBean(MapService.class).open(mapId).nodes()).extracting(MapNode::text)
                .contains("Later parent", "Earlier child", "Added after the move");
        assertThat(added.id()).isGreaterThan(onPostgres.getBean(MapService.class).open(mapId).nodes().stream()
                .filter(n -> !n.text().equals("Added after the move")).mapToLong(MapNode::id).max().orElseThrow());
    }

    @Test
    void a_missing_database_or_a_target_that_is_not_postgresql_is_refused_with_what_to_do() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path empty = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "no-h2-");
        assertThat(migrate(empty, PostgresServer.get().url("postgres"), out)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No Warrant database at").contains("--warrant.data-dir");
    }

    private static int migrate(Path dataDir, String target, ByteArrayOutputStream report) {
        return PostgresMigration.run(new PostgresMigration.Settings(dataDir, "sa", "", target, PostgresServer.user(), ""),
                new PrintStream(report, true, StandardCharsets.UTF_8));
    }

    /** A map whose first node is later moved under a node made after it, with a comment and a reply. */
    private static long mapWithAChildOlderThanItsParent(ConfigurableApplicationContext app) {
        signIn(app, "student1");
        long article = app.getBean(ArticleService.class).list("").getFirst().id();
        long mapId = app.getBean(MapService.class).create("To be migrated", "Moved to PostgreSQL", List.of(article));
        MapEditService edits = app.getBean(MapEditService.class);
        MapNode child = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Earlier child");
        MapNode parent = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Later parent");
        edits.move(child.id(), child.version(), parent.id(), 0);
        CommentService comments = app.getBean(CommentService.class);
        long comment = comments.comment(mapId, parent.id(), "Is this the main claim?");
        comments.reply(comment, "Yes, it is.");
        return mapId;
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
        SignedIn.as(username, Role.STUDENT);
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Every row as text, columns by name, times as instants: the same data reads the same on either database. */
    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getMetaData().getColumnLabel(i).toLowerCase()).append('=').append(text(rs.getObject(i))).append(' ');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String text(Object value) throws SQLException {
        return switch (value) {
            case null -> "null";
            case OffsetDateTime t -> t.toInstant().toString();
            case Timestamp t -> t.toInstant().toString();
            case Clob clob -> clob.getSubString(1, (int) clob.length());
            default -> value.toString();
        };
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
