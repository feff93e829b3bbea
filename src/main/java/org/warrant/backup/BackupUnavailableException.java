package org.warrant.backup;

/** Warrant can't take this backup itself (it runs on PostgreSQL, or the folder can't be written); the message says why and what to do. */
public class BackupUnavailableException extends RuntimeException {

    public BackupUnavailableException(String message) {
        super(message);
    }

    public BackupUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
