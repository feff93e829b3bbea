package org.warrant.export;

import static org.warrant.ui.Text.t;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.NodeRole;
import org.warrant.ui.Counted;
import org.warrant.ui.RoleTree;

/**
 * How Warrant read an outline, before anything is made of it: for a hand-written list, each item's place and
 * role, to show the user before the list becomes a map (a list's marks can be read more than one way), and the
 * article its quotes most likely come from. An outline in Warrant's own format says all this itself.
 */
public record OutlineReading(boolean handWritten, boolean bulletsArePolarity, @Nullable String title, List<Line> lines,
                             List<OutlineProblem> problems, @Nullable Long likelyArticleId) {

    /** One item: how deep it stands (0 for a claim), its role, its text, and its line in the outline. */
    public record Line(int depth, NodeRole role, String text, int line) {
    }

    static OutlineReading refused(List<OutlineProblem> problems) {
        return new OutlineReading(false, false, null, List.of(), problems, null);
    }

    /** What was read, counted, and how the list's marks were taken: the preview's opening words. */
    public String summary() {
        return String.join(t("common.comma") + " ", Counted.of(count(NodeRole.CLAIM), "count.claims"),
                Counted.of(count(NodeRole.PREMISE, NodeRole.CO_PREMISE), "count.reasons"),
                Counted.of(count(NodeRole.OBJECTION, NodeRole.REBUTTAL, NodeRole.UNDERCUT), "count.objections"),
                Counted.of(count(NodeRole.EVIDENCE, NodeRole.EVIDENCE_AGAINST), "count.quotes")) + ". "
                + t(!handWritten ? "outline-read.own-format" : bulletsArePolarity ? "outline-read.polarity" : "outline-read.marks");
    }

    /** The items as rows of a {@link RoleTree}, a quote shown in quotation marks. */
    public List<RoleTree.Row> rows() {
        return lines.stream().map(l -> new RoleTree.Row(l.depth(), t("node-role." + l.role().name()), l.role().name(), tone(l.role()),
                l.role() == NodeRole.EVIDENCE ? "“" + l.text() + "”" : l.text(), l.line())).toList();
    }

    private static RoleTree.Tone tone(NodeRole role) {
        return switch (role) {
            case OBJECTION, REBUTTAL, UNDERCUT, EVIDENCE_AGAINST -> RoleTree.Tone.AGAINST;
            case PREMISE, CO_PREMISE -> RoleTree.Tone.FOR;
            default -> RoleTree.Tone.NEUTRAL;
        };
    }

    /** How many items have one of these roles. */
    public long count(NodeRole... roles) {
        List<NodeRole> wanted = Arrays.asList(roles);
        return lines.stream().filter(l -> wanted.contains(l.role())).count();
    }
}
