package org.warrant;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.warrant.backup.BackupCommand;
import org.warrant.database.PostgresMigration;

@SpringBootApplication
@EnableScheduling
public class WarrantApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            System.exit(BackupCommand.run(args[0], commandSettings(args)));
        }
        if (args.length > 0 && args[0].equals("migrate-to-postgresql")) {
            Map<String, String> o = options(args);
            System.exit(PostgresMigration.run(new PostgresMigration.Settings(Path.of(o.getOrDefault("warrant.data-dir", "./data")),
                    databaseUser(o), databasePassword(o), o.getOrDefault("target-url", ""), o.getOrDefault("target-user", ""),
                    o.getOrDefault("target-password", "")), System.out));
        }
        SpringApplication.run(WarrantApplication.class, args);
    }

    /** The commands' few settings, from the same options and variables the application reads. */
    private static BackupCommand.Settings commandSettings(String[] args) {
        Map<String, String> options = options(args);
        String file = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).findFirst().orElse("");
        Path dataDir = Path.of(options.getOrDefault("warrant.data-dir", "./data"));
        Path backupDir = Path.of(options.getOrDefault("warrant.backup.dir", dataDir.resolve("backups").toString()));
        String port = options.getOrDefault("management.server.port", Objects.requireNonNullElse(System.getenv("MANAGEMENT_PORT"), "9080"));
        return new BackupCommand.Settings(dataDir, databaseUser(options), databasePassword(options), backupDir, Integer.parseInt(port), file);
    }

    /** The embedded database's user and password, from the same option and variable the application reads. */
    private static String databaseUser(Map<String, String> options) {
        return options.getOrDefault("spring.datasource.username", Objects.requireNonNullElse(System.getenv("WARRANT_DB_USER"), "sa"));
    }

    private static String databasePassword(Map<String, String> options) {
        return options.getOrDefault("spring.datasource.password", Objects.requireNonNullElse(System.getenv("WARRANT_DB_PASSWORD"), ""));
    }

    /** A command's "--name=value" options. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
