package org.warrant.export;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.NodeRole;

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

    /** How many items have one of these roles. */
    public long count(NodeRole... roles) {
        List<NodeRole> wanted = Arrays.asList(roles);
        return lines.stream().filter(l -> wanted.contains(l.role())).count();
    }
}
