package org.warrant.database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.Flyway;

/**
 * Moves an embedded H2 deployment's data to an empty PostgreSQL database: the jar's {@code migrate-to-postgresql}
 * command (docs/deploy.md). Warrant must be stopped (the file is opened here) and up to date (its schema is the
 * one this version's migrations make). The target gets the same schema from Flyway, then every table's rows in
 * one transaction, checked by count: it ends with all of the data or none.
 */
public final class PostgresMigration {

    /** The tables copied, parents before children; cluster state is not data and starts empty. */
    public static final List<String> TABLES = List.of("app_user", "user_preference", "article", "article_block", "article_revision", "seminar", "seminar_group",
            "seminar_member", "argument_map", "map_article", "map_node", "citation", "map_comment", "map_activity",
            "assignment", "assignment_article", "assignment_work", "submission", "sign_in_failure",
            "rubric", "rubric_criterion", "rubric_level", "assignment_rubric", "grade", "grade_mark", "grade_adjustment",
            "notification", "notification_setting", "mail_outbox", "lti_platform", "lti_deployment", "lti_key", "lti_user",
            "lti_context", "lti_resource_link", "lti_score");
    public static final List<String> NOT_COPIED = List.of("flyway_schema_history", "cluster_instance", "map_presence", "lti_login_state");

    /** Where from (the data folder, and its database's user and password as Warrant is configured) and where to. */
    public record Settings(Path dataDir, String user, String password, String targetUrl, String targetUser, String targetPassword) {
    }

    private PostgresMigration() {
    }

    /** Runs the migration and reports to {@code out}; returns the process's exit code. */
    public static int run(Settings settings, PrintStream out) {
        Path file = new DataDirectory(settings.dataDir()).databaseFile();
        if (!Files.exists(file)) {
            out.println("No Warrant database at " + file + ". Name the data folder with --warrant.data-dir=...");
            return 1;
        }
        if (!settings.targetUrl().startsWith("jdbc:postgresql:")) {
            out.println("The target must be a PostgreSQL JDBC URL (--target-url=jdbc:postgresql://host/database), not " + settings.targetUrl());
            return 1;
        }
        String sourceUrl = "jdbc:h2:file:" + settings.dataDir().toAbsolutePath().resolve(DataDirectory.DATABASE_NAME) + ";IFEXISTS=TRUE";
        try (Connection source = DriverManager.getConnection(sourceUrl, settings.user(), settings.password());
             Connection target = DriverManager.getConnection(settings.targetUrl(), settings.targetUser(), settings.targetPassword())) {
            TableCopy copy = new TableCopy(source, target);
            String refusal = copy.refusal();
            if (refusal != null) {
                out.println(refusal + " Nothing was changed.");
                return 1;
            }
            Flyway.configure().dataSource(settings.targetUrl(), settings.targetUser(), settings.targetPassword())
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
            target.setAutoCommit(false);
            try {
                for (String table : TABLES) {
                    long rows = copy.copy(table);
                    out.printf("%-20s %,d %s%n", table, rows, rows == 1 ? "row" : "rows");
                }
                copy.restartIdentities();
                target.commit();
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
            out.println("Done. Start Warrant with WARRANT_DB_URL=" + settings.targetUrl() + " (and WARRANT_DB_USER, WARRANT_DB_PASSWORD); "
                    + "keep " + settings.dataDir() + " until you have checked it.");
            return 0;
        } catch (SQLException | RuntimeException e) {
            out.println("Migration failed: " + e.getMessage() + ". None of the data was copied, but the target may now hold "
                    + "Warrant's empty tables: drop and create it again (or use a new database) before trying again.");
            return 1;
        }
    }
}
