package org.warrant.backup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The jar's {@code backup} and {@code restore} commands ({@code ./warrant backup}, {@code ./warrant restore FILE}),
 * run without starting Warrant. A backup asks the running Warrant through its management port, or, when none
 * runs, copies the database file itself. A restore puts a backup's database into a data folder that has none.
 */
public final class BackupCommand {

    private static final String DATABASE_FILE = "warrant.mv.db";
    /** Sent with the request to the running Warrant: a browser can't send it to another site, so no page can ask for a backup. */
    public static final String COMMAND_HEADER = "X-Warrant-Command";

    private BackupCommand() {
    }

    /** Runs the command; returns the process's exit code. Output goes to the console. */
    public static int run(String command, Settings settings) {
        try {
            return switch (command) {
                case "backup" -> backup(settings);
                case "restore" -> restore(settings);
                default -> usage();
            };
        } catch (IOException | SQLException e) {
            System.err.println(command + " failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * What the commands need: the data folder and the database's user and password (as Warrant is configured),
     * the backup folder, the management port and, for restore, the file.
     */
    public record Settings(Path dataDir, String user, String password, Path backupDir, int managementPort, String backupFile) {
    }

    private static int backup(Settings s) throws IOException, SQLException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.managementPort() + "/actuator/backup"))
                .timeout(Duration.ofMinutes(30)).header(COMMAND_HEADER, "backup").POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> answer = http.send(ask, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                System.out.println("The running Warrant took a backup: " + answer.body());
                return 0;
            }
            System.err.println("The running Warrant refused the backup (HTTP " + answer.statusCode() + "): " + answer.body()
                    + answer.headers().firstValue("Location").map(l -> " (sent to " + l + ")").orElse(""));
            return 1;
        } catch (ConnectException nobodyListening) {
            return backupStopped(s);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** No Warrant answers on the management port: the file is copied by opening it here (H2 refuses if it is in use). */
    private static int backupStopped(Settings s) throws IOException, SQLException {
        Path database = s.dataDir().resolve(DATABASE_FILE);
        if (!Files.exists(database)) {
            System.err.println("No Warrant answers on 127.0.0.1:" + s.managementPort() + " and there is no database at " + database
                    + ". Name the data folder with --warrant.data-dir=..., or the port with MANAGEMENT_PORT.");
            return 1;
        }
        Path file = new BackupFolder(s.backupDir()).newFile(Clock.systemUTC().instant());
        String url = "jdbc:h2:file:" + s.dataDir().toAbsolutePath().resolve("warrant") + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, s.user(), s.password());
             PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, file.toString());
            backup.execute();
        }
        System.out.println("Warrant is not running; backed up " + database + " to " + file);
        return 0;
    }

    private static int restore(Settings s) throws IOException {
        Path backup = Path.of(s.backupFile());
        Path target = s.dataDir().resolve(DATABASE_FILE);
        if (!Files.isRegularFile(backup)) {
            System.err.println("No backup file at " + backup.toAbsolutePath());
            return 1;
        }
        if (Files.exists(target)) {
            System.err.println("The data folder " + s.dataDir().toAbsolutePath() + " has a database already. Stop Warrant and move "
                    + target.getFileName() + " aside (or restore into a new folder with --warrant.data-dir=...); nothing was changed.");
            return 1;
        }
        Files.createDirectories(s.dataDir());
        Path part = target.resolveSibling(DATABASE_FILE + ".restoring");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DATABASE_FILE)) { // the one file H2 writes; other names are never unpacked
                    Files.copy(zip, part);
                    Files.move(part, target);
                    System.out.println("Restored " + backup + " into " + target + ". Start Warrant with --warrant.data-dir="
                            + s.dataDir());
                    return 0;
                }
            }
        } finally {
            Files.deleteIfExists(part);
        }
        System.err.println(backup + " is not a Warrant backup: it holds no " + DATABASE_FILE + "; nothing was changed.");
        return 1;
    }

    private static int usage() {
        System.err.println("usage: backup | restore FILE   [--warrant.data-dir=DIR]");
        return 2;
    }
}
