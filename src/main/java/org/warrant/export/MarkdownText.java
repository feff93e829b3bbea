package org.warrant.export;

/**
 * Text as Markdown source that reads back as exactly that text, whatever it holds: Markdown and HTML syntax,
 * line breaks, leading spaces. Every character that could start markup is backslash-escaped; lines are joined
 * by hard line breaks (a backslash at the end of the line); what CommonMark would drop or reinterpret at the
 * start or end of a line is written as a character reference. Only ASCII punctuation is touched, so ordinary
 * prose stays readable in the source.
 */
final class MarkdownText {

    // Inline markup (emphasis, code, links, HTML, entities), GitHub's extras (tables, strikethrough, math) and
    // the escape character itself.
    private static final String ESCAPED_ANYWHERE = "\\`*_[]<>&|~$";
    // Characters that start a block (heading, list, quote, setext underline, fence) at the start of a line.
    private static final String ESCAPED_AT_LINE_START = "#-+=:";

    private MarkdownText() {
    }

    /**
     * The lines of {@code text} as inline Markdown source, one string per line, to be joined by hard breaks.
     * {@code startsLine}: the text begins a line of the document (a quote), rather than following a label.
     */
    static String[] lines(String text, boolean startsLine) {
        // Line breaks at the very start or end have no hard-break form (a paragraph can't end in one): write
        // them as character references.
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == '\n') {
            lead++;
        }
        int trail = 0;
        while (trail < text.length() - lead && text.charAt(text.length() - 1 - trail) == '\n') {
            trail++;
        }
        String[] lines = text.substring(lead, text.length() - trail).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // Whitespace at the end of any line, the last included, would be dropped with the line ending.
            lines[i] = line(lines[i], i > 0 || startsLine, true, "");
        }
        lines[0] = "&#10;".repeat(lead) + lines[0];
        lines[lines.length - 1] = lines[lines.length - 1] + "&#10;".repeat(trail);
        return lines;
    }

    /** Source for text that must stay on one line (a heading, a citation): line breaks become spaces. */
    static String singleLine(String text) {
        // '#' everywhere: a heading's trailing " #" would be read as its closing sequence and dropped.
        return line(text.replace('\n', ' '), false, false, "#");
    }

    private static String line(String line, boolean atLineStart, boolean beforeBreak, String alsoEscaped) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean first = i == 0 && atLineStart;
            boolean last = i == line.length() - 1 && beforeBreak;
            if (c == '\r' || ((first || last) && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                out.append("&#").append((int) c).append(';');
            } else if (ESCAPED_ANYWHERE.indexOf(c) >= 0 || alsoEscaped.indexOf(c) >= 0 || (first && ESCAPED_AT_LINE_START.indexOf(c) >= 0)) {
                out.append('\\').append(c);
            } else if ((c == '.' || c == ')') && atLineStart && i > 0 && allDigits(line, i)) {
                out.append('\\').append(c); // "1. " would start an ordered list
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allDigits(String line, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return end <= 9;
    }
}
