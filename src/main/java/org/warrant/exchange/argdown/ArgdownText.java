package org.warrant.exchange.argdown;

/**
 * User text in Argdown: escaped so that nothing typed can become structure (docs/argdown.md, "Escaping"). The
 * Argdown lexer reads a backslash and the character after it as that character, so every character it could take
 * as markup is written with one: brackets, braces, tags, mentions, emphasis, comments, front matter, and the dots
 * and colons of its shortcodes (".A.", ":->:"). Strings in data are YAML double-quoted strings.
 */
final class ArgdownText {

    private static final String ALWAYS = "\\[]<>{}@#*_";

    private ArgdownText() {
    }

    /** The text on one line (Argdown statements are one paragraph), escaped. */
    static String escape(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
            boolean markup = ALWAYS.indexOf(c) >= 0
                    || (c == '/' && (next == '/' || next == '*'))
                    || ((c == '.' || c == ':') && closesLater(line, i))
                    || (c == '=' && inRunOfThree(line, i));
            if (markup) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whitespace runs (line breaks too) as one space; lone surrogates, which no file format can carry, as U+FFFD. */
    static String oneLine(String text) {
        return withoutLoneSurrogates(text.replaceAll("[\\s\\u2028\\u2029]+", " ").strip());
    }

    /** A YAML double-quoted string that Argdown's data reader takes whole: no raw braces, breaks or controls. */
    static String yaml(String value) {
        String safe = withoutLoneSurrogates(value).replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(safe.length() + 2).append('"');
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '=' -> out.append(inRunOfThree(safe, i) ? "\\u003D" : "="); // "===" would end the front matter
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '{' || c == '}' || c == '\u2028' || c == '\u2029'
                            || c == '\uFFFE' || c == '\uFFFF') { // what YAML calls non-printable, or breaks, or Argdown's data ends at
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The text with each lone surrogate, which no file format can carry, as U+FFFD. */
    private static String withoutLoneSurrogates(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** Whether the same character comes again before the next space: ".x." and ":x:" are shortcodes. */
    private static boolean closesLater(String line, int at) {
        char c = line.charAt(at);
        for (int i = at + 1; i < line.length() && !Character.isWhitespace(line.charAt(i)); i++) {
            if (line.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** "===" anywhere can open front matter. */
    private static boolean inRunOfThree(String line, int at) {
        int from = at;
        while (from > 0 && line.charAt(from - 1) == '=') {
            from--;
        }
        int to = at;
        while (to + 1 < line.length() && line.charAt(to + 1) == '=') {
            to++;
        }
        return to - from + 1 >= 3;
    }

    /** Reads what {@link #escape} wrote, and hand-written Argdown's escapes: a backslash keeps the next character. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
