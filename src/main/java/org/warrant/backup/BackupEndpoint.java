package org.warrant.backup;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} on the management port: how {@code ./warrant backup} and the jar's {@code backup}
 * command ask a running Warrant for a backup (the database file is locked while it runs). The management port
 * listens on the loopback address unless the operator says otherwise (ManagementSecurity).
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private final BackupService backups;

    BackupEndpoint(BackupService backups) {
        this.backups = backups;
    }

    @WriteOperation
    Map<String, Object> take() {
        Backup taken = backups.takeNow("from the command line");
        return Map.of("name", taken.name(), "bytes", taken.bytes(), "file", backups.folder().resolve(taken.name()).toString());
    }
}
