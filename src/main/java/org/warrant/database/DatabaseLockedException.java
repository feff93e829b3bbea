package org.warrant.database;

import java.nio.file.Path;

/** The database file is held by another process; {@link DatabaseLockedFailureAnalyzer} explains it. */
class DatabaseLockedException extends RuntimeException {

    private final transient Path dataDir;

    DatabaseLockedException(Path dataDir) {
        super("Database file locked: " + new DataDirectory(dataDir).databaseFile());
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}
