package org.warrant.export;

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
        return String.join(", ", Counted.of(count(NodeRole.CLAIM), "claim", "claims"),
                Counted.of(count(NodeRole.PREMISE, NodeRole.CO_PREMISE), "reason", "reasons"),
                Counted.of(count(NodeRole.OBJECTION, NodeRole.REBUTTAL, NodeRole.UNDERCUT), "objection", "objections"),
                Counted.of(count(NodeRole.EVIDENCE, NodeRole.EVIDENCE_AGAINST), "quote", "quotes")) + "."
                + (!handWritten ? " The outline is in Warrant's format, which names every role."
                : bulletsArePolarity ? " Your list is bulleted with “+” and “-”: “+” items are read as reasons, “-” items as objections."
                : " “+ ” and “Pro:” mark reasons, “- ” and “Con:” objections; other items are reasons.");
    }

    /** The items as rows of a {@link RoleTree}, a quote shown in quotation marks. */
    public List<RoleTree.Row> rows() {
        return lines.stream().map(l -> new RoleTree.Row(l.depth(), l.role().label(), l.role().name(), tone(l.role()),
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
