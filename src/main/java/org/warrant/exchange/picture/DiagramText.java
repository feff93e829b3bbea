package org.warrant.exchange.picture;

import java.util.ArrayList;
import java.util.List;

import org.warrant.exchange.model.MapContent;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;

/**
 * A box's words in lines: the node's text wrapped at about {@value #CHARS_PER_LINE} characters (a word longer than a
 * line is cut), at most {@value #MAX_LINES} lines; with quotes, each passage in at most {@value #MAX_QUOTE_LINES}
 * lines after its article's letter. Heights follow from the line counts.
 */
final class DiagramText {

    /** Characters per line at 12.5 px in a 210 px column, for the widest of the fonts the SVG names (DejaVu Sans). */
    static final int CHARS_PER_LINE = 30;
    /** The same for quotes, at 11 px. */
    static final int QUOTE_CHARS_PER_LINE = 34;
    static final int MAX_LINES = 14;
    static final int MAX_QUOTE_LINES = 6;
    static final double LINE_HEIGHT = 16;
    static final double QUOTE_LINE_HEIGHT = 15;

    record Wrapped(List<String> lines, List<String> quotes, double height) {
    }

    private DiagramText() {
    }

    static Wrapped wrap(MapNode node, List<Citation> cites, MapContent map) {
        List<String> lines = lines(node.text(), MAX_LINES, CHARS_PER_LINE);
        List<String> quotes = new ArrayList<>();
        for (Citation c : cites) {
            List<String> q = lines("“" + c.quote().strip() + "” (" + map.letterOf(c.articleId()) + ")", MAX_QUOTE_LINES, QUOTE_CHARS_PER_LINE);
            quotes.addAll(q);
        }
        double height = 28 + lines.size() * LINE_HEIGHT + (quotes.isEmpty() ? 0 : 6 + quotes.size() * QUOTE_LINE_HEIGHT) + 8;
        return new Wrapped(lines, quotes, height);
    }

    static List<String> lines(String text, int max, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean cut = false;
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) { // a long address or an unbroken string
                flush(lines, line);
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                flush(lines, line);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
            if (lines.size() >= max) {
                cut = true;
                break;
            }
        }
        flush(lines, line);
        if (lines.size() > max || cut) {
            List<String> kept = new ArrayList<>(lines.subList(0, max));
            String last = kept.get(max - 1);
            kept.set(max - 1, (last.length() > width - 1 ? last.substring(0, width - 1) : last) + "…");
            return kept;
        }
        return lines;
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
