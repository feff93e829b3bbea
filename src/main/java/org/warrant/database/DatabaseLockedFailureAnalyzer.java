package org.warrant.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import org.h2.api.ErrorCode;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a locked database file (found early by {@link EarlyLockCheck}, or by H2 itself) into a message that names the file and the process holding it,
 * and says what to do. Registered in META-INF/spring.factories; start-up stops within a second or two.
 */
class DatabaseLockedFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

    private final Environment environment;

    DatabaseLockedFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
        Path dataDir;
        if (cause instanceof DatabaseLockedException locked) {
            dataDir = locked.dataDir();
        } else if (findCause(rootFailure, SQLException.class) instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            dataDir = Path.of(environment.getProperty("warrant.data-dir", "./data")); // H2 found it locked after all
        } else {
            return null;
        }
        DataDirectory directory = new DataDirectory(dataDir);
        String description = "The database file %s is locked by another process: %s.%nOnly one Warrant can use a data directory at a time."
                .formatted(directory.databaseFile(), holder(directory.holderFile()));
        String action = """
                Stop the other Warrant (or whatever holds the file) and start again, or give this one its own data \
                directory: --warrant.data-dir=/some/other/folder. The other process keeps working; nothing was changed.""";
        return new FailureAnalysis(description, action, cause);
    }

    private static String holder(Path holderFile) {
        Properties p = new Properties();
        try {
            p.load(Files.newBufferedReader(holderFile));
        } catch (IOException e) {
            return "its holder is unknown (no " + holderFile.getFileName() + " beside it; it may be an H2 console or tool)";
        }
        String pid = p.getProperty("pid", "?");
        boolean alive = ProcessHandle.of(parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        return "Warrant process %s (started %s, %s)%s".formatted(pid, p.getProperty("started", "?"),
                p.getProperty("command", "java"), alive ? "" : ", which no longer runs; another process holds it now");
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
