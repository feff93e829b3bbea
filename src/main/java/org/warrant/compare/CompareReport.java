package org.warrant.compare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.warrant.export.MarkdownDocument;

/**
 * A comparison written down: as a Markdown report to read or keep with the course (built with Flexmark), and
 * as CSV for a gradebook, one row per map. Spreadsheet cells that would start a formula are quoted as text.
 */
public final class CompareReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private CompareReport() {
    }

    public static String markdown(Comparison c, int k, LocalDate today, ZoneId zone) {
        MarkdownDocument doc = new MarkdownDocument().heading(1, "Comparison: " + c.submissions().title());
        doc.paragraph(c.size() + " submitted maps, compared on " + today + ". Agreement runs from 0 to 1 on four layers: "
                + "arguments (nodes that found a match), passages (cited words in common), structure (relations both maps "
                + "have: a matched reply answering the matched parent, for or against alike) and stance (matched replies "
                + "for or against alike). Each score says what it rests on; the overall score weighs a layer resting on "
                + "fewer than " + Agreement.FULL_WEIGHT_AT + " judgements in proportion.");
        doc.heading(2, "Maps");
        MarkdownDocument.Bullets maps = doc.bullets();
        for (int i = 0; i < c.size(); i++) {
            maps.item(c.map(i).map().label() + ":", describe(c, i, zone));
        }
        if (c.size() > 1) {
            doc.heading(2, "Agreement between maps");
            MarkdownDocument.Bullets pairs = doc.bullets();
            for (int p = 0; p < c.size(); p++) {
                for (int q = p + 1; q < c.size(); q++) {
                    pairs.item(c.map(p).map().label() + " and " + c.map(q).map().label() + ":", layers(c.agreement(p, q)));
                }
            }
        }
        if (c.hasReference()) {
            doc.heading(2, "Against the answer key");
            MarkdownDocument.Bullets key = doc.bullets();
            for (int i = 0; i < c.size(); i++) {
                key.item(c.map(i).map().label() + ":", layers(c.vsReference(i)));
            }
        }
        ConsensusMap consensus = c.consensus(k);
        doc.heading(2, "Consensus: what at least " + consensus.k() + " of " + consensus.maps() + " maps share");
        if (consensus.nodes().isEmpty()) {
            doc.paragraph("Nothing is shared by that many maps.");
        } else {
            consensusList(doc.bullets(), consensus, null);
            if (!consensus.settlements().isEmpty()) {
                doc.paragraph("Where the maps disagreed, the consensus settled it so:");
                MarkdownDocument.Bullets settled = doc.bullets();
                consensus.settlements().forEach(settled::item);
            }
        }
        return doc.render();
    }

    public static String csv(Comparison c, ZoneId zone) {
        List<String> header = new ArrayList<>(List.of("map", "submitted", "late", "last_edit", "nodes", "claims", "premises",
                "objections", "evidence", "depth", "passages_cited", "premises_backed", "claims_unsupported", "objections_unanswered"));
        if (c.hasReference()) {
            header.addAll(List.of("key_overall", "key_arguments", "key_passages", "key_structure", "key_stance",
                    "key_nodes", "key_passages_cited", "key_relations", "key_replies"));
        }
        for (int i = 0; i < c.size(); i++) {
            header.add("agreement_with " + c.map(i).map().label());
        }
        StringBuilder out = new StringBuilder(row(header));
        for (int i = 0; i < c.size(); i++) {
            SubmittedMap m = c.map(i);
            MapStats s = c.stats(i);
            List<String> cells = new ArrayList<>(List.of(m.map().label(), when(m.submittedAt(), zone), m.late() ? "yes" : "no",
                    when(m.lastEdit(), zone), "" + s.nodes(), "" + s.claims(), "" + s.premises(), "" + s.objections(),
                    "" + s.evidence(), "" + s.depth(), "" + s.passagesCited(), "" + s.premisesBacked(),
                    "" + s.unsupportedClaims(), "" + s.unansweredObjections()));
            if (c.hasReference()) {
                Agreement a = c.vsReference(i);
                List.of(a.overall(), a.arguments(), a.passages(), a.structure(), a.stance()).forEach(x -> cells.add(score(x)));
                Agreement.Basis b = a.basis();
                List.of(b.nodes(), b.passages(), b.relations(), b.replies()).forEach(x -> cells.add(Integer.toString(x)));
            }
            for (int q = 0; q < c.size(); q++) {
                cells.add(score(c.agreement(i, q).overall()));
            }
            out.append(row(cells));
        }
        return out.toString();
    }

    private static String describe(Comparison c, int i, ZoneId zone) {
        MapStats s = c.stats(i);
        SubmittedMap m = c.map(i);
        String text = "%s: %s, %s, %s, %d evidence; depth %d; %s cited; %d of %s backed by evidence; %s without support; %s unanswered; submitted %s%s."
                .formatted(count(s.nodes(), "node"), count(s.claims(), "claim"), count(s.premises(), "premise"),
                        count(s.objections(), "objection"), s.evidence(), s.depth(), count(s.passagesCited(), "passage"),
                        s.premisesBacked(), count(s.premises(), "premise"), count(s.unsupportedClaims(), "claim"),
                        count(s.unansweredObjections(), "objection"), when(m.submittedAt(), zone), m.late() ? " (late)" : "");
        return c.hasReference() ? text + " Agreement with the answer key: " + score(c.vsReference(i).overall()) + "." : text;
    }

    private static String layers(Agreement a) {
        return a.summary();
    }

    private static void consensusList(MarkdownDocument.Bullets list, ConsensusMap consensus, Integer parent) {
        for (int i = 0; i < consensus.nodes().size(); i++) {
            ConsensusMap.Node n = consensus.nodes().get(i);
            if (Objects.equals(n.parent(), parent)) {
                list.item(n.kind().label(), (n.text() == null ? "" : n.text()) + " (" + n.support() + " of " + consensus.maps()
                        + ": " + String.join(", ", n.sharedBy()) + ")");
                final int at = i;
                if (consensus.nodes().stream().anyMatch(child -> Objects.equals(child.parent(), at))) {
                    consensusList(list.nested(), consensus, at);
                }
            }
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String score(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static String when(Instant t, ZoneId zone) {
        return t == null ? "" : WHEN.format(t.atZone(zone));
    }

    private static String row(List<String> cells) {
        return String.join(",", cells.stream().map(CompareReport::cell).toList()) + "\r\n";
    }

    /** RFC 4180 quoting; a leading = + - @ would run as a formula in a spreadsheet, so such a cell starts with '. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
