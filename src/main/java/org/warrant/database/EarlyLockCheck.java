package org.warrant.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Before anything slow starts (Vaadin's class scanning takes seconds), tries the same OS lock H2 takes on the
 * database file and releases it at once. If another process holds it, start-up stops here, within a second
 * or two. Registered in META-INF/spring.factories because it must run before the context exists.
 */
class EarlyLockCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String dir = event.getEnvironment().getProperty("warrant.data-dir");
        String url = event.getEnvironment().getProperty("spring.datasource.url", "");
        if (dir == null || !url.startsWith("jdbc:h2:file:")) { // a server database has no file of ours to lock
            return;
        }
        Path file = new DataDirectory(Path.of(dir)).databaseFile();
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseLockedException(Path.of(dir));
            }
            lock.release();
        } catch (OverlappingFileLockException heldByThisJvm) {
            // Another application context in this JVM (tests) has the database open: H2 shares it in-process.
        } catch (IOException unreadable) {
            // Let H2 report whatever is wrong with the file when it opens it.
        }
    }
}
