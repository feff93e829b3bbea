package org.warrant.cluster;

import java.util.Optional;

/**
 * What one instance tells the others, as a {@code NOTIFY} payload of a few dozen characters:
 * {@code c|map|comments|millis|instance} for a change, {@code p|map|instance} for presence.
 */
record Notice(char kind, long mapId, boolean comments, long millis, String from) {

    static Notice change(long mapId, boolean comments, long millis, String from) {
        return new Notice('c', mapId, comments, millis, from);
    }

    static Notice presence(long mapId, String from) {
        return new Notice('p', mapId, false, 0, from);
    }

    String encode() {
        return kind == 'c' ? "c|%d|%d|%d|%s".formatted(mapId, comments ? 1 : 0, millis, from) : "p|%d|%s".formatted(mapId, from);
    }

    /** The notice, or empty for a payload this version doesn't know (a newer instance during an upgrade). */
    static Optional<Notice> decode(String payload) {
        String[] f = payload.split("\\|", 5);
        try {
            if (f.length == 5 && f[0].equals("c")) {
                return Optional.of(change(Long.parseLong(f[1]), f[2].equals("1"), Long.parseLong(f[3]), f[4]));
            }
            if (f.length == 3 && f[0].equals("p")) {
                return Optional.of(presence(Long.parseLong(f[1]), f[2]));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
