package org.warrant.database;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records which process holds the database (pid, start time, command), once the database is open, so that a
 * second process that finds the file locked can say who holds it.
 */
@Component
@OnH2File
class DatabaseHolder {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHolder.class);

    private final DataDirectory directory;

    DatabaseHolder(@Value("${warrant.data-dir}") Path dataDir) {
        this.directory = new DataDirectory(dataDir);
    }

    @EventListener(ApplicationStartedEvent.class)
    void recordHolder() {
        ProcessHandle self = ProcessHandle.current();
        String text = "pid=%d%nstarted=%s%ncommand=%s%n".formatted(self.pid(),
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
                self.info().command().orElse("java"));
        try {
            Files.writeString(directory.holderFile(), text);
        } catch (IOException e) {
            log.warn("Could not write {}: {}", directory.holderFile(), e.toString());
        }
    }

    @PreDestroy
    void release() {
        try {
            Path file = directory.holderFile();
            if (Files.exists(file) && Files.readString(file).startsWith("pid=" + ProcessHandle.current().pid() + "\n")) {
                Files.delete(file);
            }
        } catch (IOException e) {
            log.debug("Could not remove {}", directory.holderFile(), e);
        }
    }
}
