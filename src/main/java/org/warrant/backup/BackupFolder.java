package org.warrant.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder backups are written to, named by the time they were taken (UTC), so that their names sort as
 * their ages do and a name from a URL can be checked against the pattern before it touches the file system.
 */
record BackupFolder(Path root) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);
    /** "warrant-STAMP.zip", then "warrant-STAMP-2.zip" and on for more within one second: the stamp, and the number. */
    private static final Pattern NAME = Pattern.compile("(warrant-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z)(?:-(\\d+))?\\.zip");
    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing((Backup b) -> stamp(b.name()))
            .thenComparingInt(b -> number(b.name())).reversed();

    /**
     * A new file's path for a backup taken now; several within one second are numbered after the highest number
     * there, so a new backup never takes the name of one already pruned and sorts as the newest.
     */
    Path newFile(Instant now) throws IOException {
        Files.createDirectories(root);
        String stamp = "warrant-" + STAMP.format(now);
        int highest = list().stream().map(Backup::name).filter(name -> stamp(name).equals(stamp))
                .mapToInt(BackupFolder::number).max().orElse(0);
        return root.resolve(highest == 0 ? stamp + ".zip" : stamp + "-" + (highest + 1) + ".zip");
    }

    /** Newest first. */
    List<Backup> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).map(this::describe)
                    .sorted(NEWEST_FIRST).toList();
        }
    }

    /** A listed name's stamp: "warrant-" and the time it was taken. */
    private static String stamp(String name) {
        return named(name).group(1);
    }

    /** A listed name's number within its second: 1 for the first, which has none written. */
    private static int number(String name) {
        Matcher m = named(name);
        return m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    }

    private static Matcher named(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a backup's name: " + name);
        }
        return m;
    }

    /** The file of a listed backup, or empty for any other name (a path, a typo, a file that's gone). */
    Optional<Path> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** A backup file as listed: its name, size and time. */
    Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return new Backup(file.getFileName().toString(), 0, Instant.EPOCH);
        }
    }
}
