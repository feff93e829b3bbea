package org.warrant.backup;

import java.time.Instant;

/** One backup file: its name in the backup folder, its size and when it was taken. */
public record Backup(String name, long bytes, Instant takenAt) {
}
