package org.warrant.exchange.argdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Argdown source as lines to read: comments ({@code //}, {@code /* *}{@code /}, {@code <!-- -->}) removed, and each
 * data block ({@code {…}}) taken out whole and replaced by a marker, so a line can be read on its own. A line a data
 * block spilled onto is {@link #CONTINUED}. Escaped characters are left for the reader. One pass, no recursion.
 */
final class ArgdownLines {

    /** Stands for a data block in a line; the block's YAML is {@code data.get(n)} for the marker's number n. */
    static final char DATA = '\uE000';
    /** A line that a data block or comment from the line before took up. */
    static final String CONTINUED = "\uE001";

    final List<String> lines = new ArrayList<>();
    final List<String> data = new ArrayList<>();

    ArgdownLines(String source) {
        StringBuilder line = new StringBuilder();
        int spilled = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < n && source.charAt(i + 1) != '\n') {
                line.append(c).append(source.charAt(i + 1));
                i += 2;
            } else if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                for (; spilled > 0; spilled--) {
                    lines.add(CONTINUED);
                }
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i) || source.startsWith("<!--", i)) {
                int end = source.indexOf(c == '/' ? "*/" : "-->", i + 2);
                end = end < 0 ? n : end + (c == '/' ? 2 : 3);
                spilled += count(source, i, end);
                i = end;
            } else if (c == '{') {
                int end = dataEnd(source, i);
                spilled += count(source, i, end);
                line.append(DATA).append(data.size()).append(DATA);
                data.add(source.substring(i, end));
                i = end;
            } else {
                line.append(c);
                i++;
            }
        }
        lines.add(line.toString());
    }

    /**
     * Where Argdown's lexer ends a data block that starts at {@code from}: at the first "}" followed by a space or
     * line break and then something other than "," or "}" (the end of a nested map continues the outer one), or at the
     * end of the text.
     */
    private static int dataEnd(String s, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0; // a single-quoted string's '' is two strings here, which ends the same way
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth <= 0 && c == '}') {
                    return i + 1;
                }
            } else if (c == '\n' && depth > 0 && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                return i; // a blank line ends an unclosed block: the rest of the document is not data
            }
        }
        return s.length();
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
