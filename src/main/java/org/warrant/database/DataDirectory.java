package org.warrant.database;

import java.nio.file.Path;

/** The data directory and the files Warrant keeps in it. */
record DataDirectory(Path root) {

    static final String DATABASE_NAME = "warrant";

    Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db").toAbsolutePath().normalize();
    }

    /** Written by the process that has the database open, read by a second one that finds it locked. */
    Path holderFile() {
        return root.resolve(DATABASE_NAME + ".holder").toAbsolutePath().normalize();
    }
}
