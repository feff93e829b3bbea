package org.warrant.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.warrant.accounts.Role;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.SignedIn;
import org.warrant.testing.WarrantTest;

/** Backups of the embedded database: consistent while people edit, restorable, pruned, and for admins only. */
@Tag("h2")
@WarrantTest(properties = {"warrant.data-dir=./target/backup-test-data", "warrant.backup.keep=2"})
class BackupTest {

    @Autowired
    BackupService backups;
    @Autowired
    MapService maps;
    @Autowired
    MapEditService edits;
    @Autowired
    ArticleService articles;
    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_backup_taken_during_a_burst_of_edits_restores_with_every_edit_acknowledged_before_it_began() throws Exception {
        SignedIn.as("student1", Role.STUDENT);
        long mapId = maps.create("Backed up while edited", "", List.of(articles.list("").getFirst().id()));
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch underWay = new CountDownLatch(50);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Thread editor = Thread.ofPlatform().start(() -> {
            security.getContext().setAuthentication(auth);
            for (int i = 0; !stop.get(); i++) {
                acknowledged.add(edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim " + i).id());
                underWay.countDown();
            }
        });
        assertThat(underWay.await(60, TimeUnit.SECONDS)).isTrue();

        Set<Long> beforeBackup = new HashSet<>(acknowledged);
        SignedIn.as("admin", Role.ADMIN);
        Backup backup = backups.take();
        stop.set(true);
        editor.join();

        Path restored = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restored-");
        Path file = backups.folder().resolve(backup.name());
        assertThat(BackupCommand.run("restore", new BackupCommand.Settings(restored, "sa", "", restored.resolve("backups"), 1, file.toString())))
                .isZero();
        Set<Long> inRestored = nodeIds(restored, mapId);
        assertThat(inRestored).containsAll(beforeBackup);
        assertThat(inRestored).as("only whole, committed edits").isSubsetOf(acknowledged);

        // The restored folder is a stopped Warrant's: the command copies its file itself, as nothing answers on port 1.
        assertThat(BackupCommand.run("backup", new BackupCommand.Settings(restored, "sa", "", restored.resolve("backups"), 1, ""))).isZero();
        try (var made = Files.list(restored.resolve("backups"))) {
            assertThat(made.map(p -> p.getFileName().toString()).toList()).singleElement().asString().matches("warrant-.*\\.zip");
        }
    }

    @Test
    void restoring_never_overwrites_a_database() throws Exception {
        SignedIn.as("admin", Role.ADMIN);
        Backup backup = backups.take();
        Path dataDir = Path.of("target/backup-test-data");
        long before = Files.size(dataDir.resolve("warrant.mv.db"));
        assertThat(BackupCommand.run("restore", new BackupCommand.Settings(dataDir, "sa", "", dataDir.resolve("backups"), 1,
                backups.folder().resolve(backup.name()).toString()))).isEqualTo(1);
        assertThat(Files.size(dataDir.resolve("warrant.mv.db"))).isGreaterThanOrEqualTo(before);
    }

    @Test
    void only_the_newest_backups_are_kept() {
        SignedIn.as("admin", Role.ADMIN);
        Backup first = backups.take();
        Backup second = backups.take();
        Backup third = backups.take();
        assertThat(backups.list()).extracting(Backup::name).containsExactly(third.name(), second.name());
        assertThat(backups.file(first.name())).isEmpty();
        assertThat(backups.file("../warrant.mv.db")).isEmpty();
    }

    @Test
    void the_schedule_takes_backups_without_anyone_signed_in() {
        SecurityContextHolder.clearContext();
        backups.scheduled();
        SignedIn.as("admin", Role.ADMIN);
        Backup newest = backups.list().getFirst();
        assertThat(newest.takenAt()).isAfter(java.time.Instant.now().minusSeconds(60));
        assertThat(backups.file(newest.name())).isPresent();
    }

    @Test
    void only_admins_take_list_or_download_backups() {
        SignedIn.as("instructor", Role.INSTRUCTOR);
        assertThatThrownBy(backups::take).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::list).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("student1", Role.STUDENT);
        assertThatThrownBy(() -> backups.file("warrant-2026-01-01T00-00-00Z.zip")).isInstanceOf(AccessDeniedException.class);
    }

    private static Set<Long> nodeIds(Path dataDir, long mapId) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("warrant") + ";IFEXISTS=TRUE", "sa", "");
             var query = c.prepareStatement("SELECT id FROM map_node WHERE map_id = ?")) {
            query.setLong(1, mapId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
