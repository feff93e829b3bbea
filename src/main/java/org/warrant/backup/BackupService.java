package org.warrant.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded database: H2's {@code BACKUP TO} copies it into a zip while others keep writing, and
 * the copy holds exactly the transactions committed when it began (H2's multi-version store). Admins take and
 * download them; a schedule takes them too and keeps the newest {@code warrant.backup.keep}. On PostgreSQL,
 * {@link #available()} is false and the operator's {@code pg_dump} does the job.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    public static final String POSTGRES_ADVICE = "Warrant runs on PostgreSQL here: back it up with pg_dump and restore with "
            + "pg_restore, as docs/deploy.md describes. Warrant backs up only its embedded database.";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BackupFolder folder;
    private final boolean embedded;
    private final int keep;
    private final String schedule;

    BackupService(JdbcClient jdbc, Clock clock, @Value("${warrant.backup.dir}") Path dir,
                  @Value("${spring.datasource.url}") String databaseUrl, @Value("${warrant.backup.keep}") int keep,
                  @Value("${warrant.backup.schedule}") String schedule) {
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.clock = clock;
        this.folder = new BackupFolder(dir.toAbsolutePath().normalize());
        this.embedded = databaseUrl.startsWith("jdbc:h2:");
        this.keep = Math.max(1, keep);
    }

    /** True when Warrant can back up its database itself (the embedded H2 file). */
    public boolean available() {
        return embedded;
    }

    public int keep() {
        return keep;
    }

    /** The schedule as configured: a cron expression (second minute hour day month weekday), or "-" for none. */
    public String schedule() {
        return schedule;
    }

    /** When the schedule takes the next backup; empty when none is scheduled. */
    public Optional<Instant> nextScheduled() {
        if (!embedded || schedule.equals(Scheduled.CRON_DISABLED)) {
            return Optional.empty();
        }
        return Optional.ofNullable(CronExpression.parse(schedule).next(ZonedDateTime.now(clock.withZone(ZoneId.systemDefault()))))
                .map(ZonedDateTime::toInstant);
    }

    public Path folder() {
        return folder.root();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Backup> list() {
        try {
            return folder.list();
        } catch (IOException e) {
            throw new BackupUnavailableException("The backup folder " + folder.root() + " can't be read: " + e.getMessage(), e);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Backup take() {
        return takeNow("by " + SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /** The file of a backup by its listed name; empty for any other name. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Path> file(String name) {
        return folder.find(name);
    }

    /** On the schedule in {@code warrant.backup.schedule} (a cron expression; "-" for none). */
    @Scheduled(cron = "${warrant.backup.schedule}")
    void scheduled() {
        if (embedded) {
            try {
                takeNow("on schedule");
            } catch (BackupUnavailableException e) {
                log.error("Scheduled backup failed: {}", e.getMessage(), e);
            }
        }
    }

    /** Takes a backup now, for whoever the caller has checked (an admin, the schedule, the management port). */
    synchronized Backup takeNow(String reason) {
        if (!embedded) {
            throw new BackupUnavailableException(POSTGRES_ADVICE);
        }
        long started = System.nanoTime();
        try {
            Path file = folder.newFile(clock.instant());
            Path part = file.resolveSibling(file.getFileName() + ".part"); // never listed while it is being written
            Files.deleteIfExists(part);
            jdbc.sql("BACKUP TO ?").param(part.toString()).update();
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            Backup taken = folder.describe(file);
            log.info("Backup {} taken {} ({} bytes, {} ms)", taken.name(), reason, taken.bytes(), (System.nanoTime() - started) / 1_000_000);
            prune();
            return taken;
        } catch (IOException | RuntimeException e) {
            log.error("Backup {} failed", reason, e);
            throw new BackupUnavailableException("The backup could not be written to " + folder.root() + ": " + e.getMessage()
                    + ". Check that the folder exists, is writable and has space.", e);
        }
    }

    private void prune() throws IOException {
        List<Backup> all = folder.list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(folder.root().resolve(old.name()));
            log.info("Backup {} deleted: only the newest {} are kept (warrant.backup.keep)", old.name(), keep);
        }
    }
}
