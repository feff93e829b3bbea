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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder backups are written to, named by the time they were taken (UTC), so that their names sort as
 * their ages do and a name from a URL can be checked against the pattern before it touches the file system.
 */
record BackupFolder(Path root) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("warrant-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z(-\\d+)?\\.zip");

    /**
     * A new file's path for a backup taken now; several within one second are numbered after the highest number
     * there, so a new backup never takes the name of one already pruned and sorts as the newest.
     */
    Path newFile(Instant now) throws IOException {
        Files.createDirectories(root);
        String stamp = "warrant-" + STAMP.format(now);
        int highest = list().stream().map(b -> age(b.name())).filter(a -> a.startsWith(stamp + "#"))
                .mapToInt(a -> Integer.parseInt(a.substring(a.indexOf('#') + 1))).max().orElse(0);
        return root.resolve(highest == 0 ? stamp + ".zip" : stamp + "-" + (highest + 1) + ".zip");
    }

    /** Newest first. */
    List<Backup> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).map(this::describe)
                    .sorted(Comparator.comparing((Backup b) -> age(b.name())).reversed()).toList();
        }
    }

    /** "warrant-STAMP.zip" then "warrant-STAMP-2.zip": the time, then the number of the backup within that second. */
    private static String age(String name) {
        String base = name.substring(0, name.length() - ".zip".length());
        int dash = base.lastIndexOf('-');
        boolean numbered = base.charAt(base.length() - 1) != 'Z';
        return (numbered ? base.substring(0, dash) : base) + "#" + "%06d".formatted(numbered ? Integer.parseInt(base.substring(dash + 1)) : 1);
    }

    /** The file of a listed backup, or empty for any other name (a path, a typo, a file that's gone). */
    Optional<Path> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return new Backup(file.getFileName().toString(), 0, Instant.EPOCH);
        }
    }
}
