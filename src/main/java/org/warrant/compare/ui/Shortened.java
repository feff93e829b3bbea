package org.warrant.compare.ui;

/** Node texts and quotes cut to fit a line of the compare view. */
final class Shortened {

    private Shortened() {
    }

    /** At most {@code max} characters, the last an ellipsis when cut; null reads as empty. */
    static String to(int max, String text) {
        return text == null ? "" : text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
