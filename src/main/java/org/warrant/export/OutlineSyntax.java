package org.warrant.export;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRole;
import org.warrant.maps.Stance;

/**
 * The words of the Markdown outline format (docs/markdown-outline.md), shared by its writer and reader so the
 * two cannot drift apart.
 */
final class OutlineSyntax {

    static final int VERSION = 1;
    static final String FORMAT_LINE = "Format: Warrant outline " + VERSION;
    static final String MAP_HEADING = "Argument map";
    static final String COMMENTS_HEADING = "Comments"; // after the map's list; not imported
    static final String ATTACKS_INFERENCE = "con, attacks the inference";

    /** How an item names what it is: the bold word at its start, and the stance in brackets after it. */
    enum Role {
        CLAIM("Claim"), PREMISE("Premise"), OBJECTION("Objection"), REBUTTAL("Rebuttal"), UNDERCUT("Undercut"),
        EVIDENCE("Evidence"), LINKED_REASON("Linked reason");

        final String label;

        Role(String label) {
            this.label = label;
        }

        static Optional<Role> of(String label) {
            return List.of(values()).stream().filter(r -> r.label.equals(label)).findFirst();
        }

        /**
         * The word an item is written with: the node's role, except that a co-premise is a premise inside its
         * linked reason, and evidence against is evidence marked (con).
         */
        static Role writtenFor(NodeRole role) {
            return switch (role) {
                case CLAIM -> CLAIM;
                case PREMISE, CO_PREMISE -> PREMISE;
                case OBJECTION -> OBJECTION;
                case REBUTTAL -> REBUTTAL;
                case UNDERCUT -> UNDERCUT;
                case EVIDENCE, EVIDENCE_AGAINST -> EVIDENCE;
            };
        }

        NodeKind kind() {
            return switch (this) {
                case CLAIM -> NodeKind.CLAIM;
                case PREMISE -> NodeKind.PREMISE;
                case OBJECTION, REBUTTAL, UNDERCUT -> NodeKind.OBJECTION;
                case EVIDENCE -> NodeKind.EVIDENCE;
                case LINKED_REASON -> null;
            };
        }
    }

    /** "(pro)", "(con)", or for an undercut "(con, attacks the inference)"; a claim has none. */
    static String stanceLabel(Stance stance, boolean undercut) {
        if (stance == Stance.NONE) {
            return "";
        }
        return " (" + (undercut ? ATTACKS_INFERENCE : stance.name().toLowerCase()) + ")";
    }

    // The line under a quote: "— Qarabagh crisis, ¶ 12, characters 4210–4388".
    private static final Pattern CITATION = Pattern.compile("— (.+), ¶ (\\d+), characters (\\d+)–(\\d+)");

    record CitationLine(String shortTitle, int paragraph, int start, int end) {
        String text() {
            return "— %s, ¶ %d, characters %d–%d".formatted(shortTitle, paragraph, start, end);
        }

        static Optional<CitationLine> parse(String line) {
            Matcher m = CITATION.matcher(line.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new CitationLine(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            } catch (NumberFormatException tooLong) {
                return Optional.empty();
            }
        }
    }

    /** A short name for an article in citations: its title up to a colon, cut at a word near 40 characters. */
    static String shortTitle(String title) {
        String t = title.strip();
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon).strip();
        }
        if (t.length() <= 40) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 38);
        return t.substring(0, cut > 10 ? cut : 38).strip() + "…";
    }

    private OutlineSyntax() {
    }
}
