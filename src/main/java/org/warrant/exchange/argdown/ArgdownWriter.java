package org.warrant.exchange.argdown;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.warrant.exchange.model.MapContent;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;

/**
 * Writes a map as Argdown (docs/argdown.md). Each claim heads a tree of statements whose replies are nested
 * relations: {@code +} for, {@code -} against. Co-premises are one argument whose premise-conclusion structure
 * names them; an undercut attacks that argument's inference ({@code _}), so a lone reason with an undercut gets
 * an argument of its own. Statement titles are the nodes' ids, which is what lets a re-import recognise them.
 * Written with explicit stacks: how deep the map is never decides how deep this recurses.
 */
public final class ArgdownWriter {

    public static final int VERSION = 1;
    /** Titles of the statements Warrant writes as the conclusions of arguments against a node. */
    public static final String CONCLUSION_PREFIX = "not-";

    private final MapContent map;
    private final StringBuilder out = new StringBuilder();
    private final ArrayDeque<Step> steps = new ArrayDeque<>();
    private final Set<Long> stepsQueued = new HashSet<>();

    /** An argument to write after the trees: premises (one, or co-premises) and the node they bear on. */
    private record Step(List<MapNode> premises, MapNode target, boolean against) {
    }

    private ArgdownWriter(MapContent map) {
        this.map = map;
    }

    public static String write(MapContent map, LocalDate exported) {
        ArgdownWriter writer = new ArgdownWriter(map);
        writer.frontMatter(exported);
        for (MapNode claim : map.tree().roots()) {
            writer.out.append('\n');
            writer.tree(claim, 0, "");
        }
        while (!writer.steps.isEmpty()) {
            writer.out.append('\n');
            writer.step(writer.steps.removeFirst());
        }
        return writer.out.toString();
    }

    private void frontMatter(LocalDate exported) {
        out.append("===\n");
        out.append("title: ").append(ArgdownText.yaml(map.title())).append('\n');
        if (map.description() != null && !map.description().isBlank()) {
            out.append("description: ").append(ArgdownText.yaml(map.description())).append('\n');
        }
        out.append("warrant: ").append(VERSION).append('\n');
        out.append("exported: ").append(exported).append('\n');
        if (!map.articles().isEmpty()) {
            out.append("articles:\n");
            for (int i = 0; i < map.articles().size(); i++) {
                Article a = map.articles().get(i);
                out.append("  ").append(MapContent.letter(i)).append(": {title: ").append(ArgdownText.yaml(a.title()));
                if (a.sourceUrl() != null && !a.sourceUrl().isBlank()) {
                    out.append(", url: ").append(ArgdownText.yaml(a.sourceUrl()));
                }
                out.append(", id: ").append(a.id()).append("}\n");
            }
        }
        out.append("===\n\n");
        out.append("// A Warrant argument map. Statement titles are node ids; the format is Warrant's docs/argdown.md.\n");
    }

    /**
     * A statement and, nested under it, its replies. {@code lead} is what the first line starts with: nothing for a
     * claim, the relation symbol for a reply, the statement number in a premise-conclusion structure.
     */
    private void tree(MapNode top, int topIndent, String lead) {
        ArrayDeque<Line> pending = new ArrayDeque<>();
        pending.push(new Line(top, topIndent, lead));
        while (!pending.isEmpty()) {
            Line line = pending.pop();
            if (line.node() == null) {
                indent(line.indent()).append(line.lead()).append('\n');
                continue;
            }
            indent(line.indent()).append(line.lead()).append(definition(line.node())).append('\n');
            queueUndercutStep(line.node());
            List<Line> replies = new ArrayList<>();
            Map<Long, List<MapNode>> groups = map.groupsUnder(line.node().id());
            for (MapNode reply : map.tree().children(line.node().id())) {
                List<MapNode> group = reply.reasonGroup() == null ? null : groups.get(reply.reasonGroup());
                if (attacksStep(reply) || (group != null && !group.getFirst().equals(reply))) {
                    continue; // an undercut is written with the argument it attacks; co-premises with their first
                }
                if (group == null) {
                    replies.add(new Line(reply, line.indent() + 1, symbol(reply) + " "));
                } else {
                    boolean against = reply.kind() == NodeKind.OBJECTION;
                    queue(new Step(group, line.node(), against));
                    replies.add(new Line(null, line.indent() + 1, (against ? "- <" : "+ <") + reply.ref() + ">"));
                }
            }
            replies.reversed().forEach(pending::push);
        }
    }

    /** A line to write: a node's definition (and then its replies), or, without a node, the text in {@code lead}. */
    private record Line(@Nullable MapNode node, int indent, String lead) {
    }

    /**
     * An argument: its premises numbered (each with its own replies nested), the inference line, the conclusion,
     * then the undercuts of its inference. The conclusion is the node the premises support; premises against a
     * node conclude "Not so: …", a statement of the argument's own that attacks the node.
     */
    private void step(Step step) {
        String title = step.premises().getFirst().ref();
        out.append('<').append(title).append(">\n\n");
        int number = 1;
        for (MapNode premise : step.premises()) {
            if (step.premises().size() == 1) {
                out.append("(1) [").append(premise.ref()).append("]\n"); // a lone reason is defined in its tree
            } else {
                tree(premise, 0, "(" + number + ") ");
            }
            number++;
        }
        out.append("----\n");
        if (step.against()) {
            out.append('(').append(number).append(") [").append(CONCLUSION_PREFIX).append(title).append("]: ")
                    .append(ArgdownText.escape("Not so: " + step.target().text())).append(" {kind: conclusion}\n");
            out.append("  -> [").append(step.target().ref()).append("]\n");
        } else {
            out.append('(').append(number).append(") [").append(step.target().ref()).append("]\n");
        }
        List<MapNode> undercuts = step.premises().stream().flatMap(p -> map.tree().children(p.id()).stream())
                .filter(this::attacksStep).toList();
        if (!undercuts.isEmpty()) {
            out.append("\n<").append(title).append(">\n");
            undercuts.forEach(u -> tree(u, 1, "_ "));
        }
    }

    /** A reply with an undercut but no co-premises needs an argument for the undercut to attack. */
    private void queueUndercutStep(MapNode node) {
        MapNode parent = map.parentOf(node);
        if (parent == null || map.tree().children(node.id()).stream().noneMatch(this::attacksStep)) {
            return;
        }
        List<MapNode> group = node.reasonGroup() == null ? null : map.groupsUnder(parent.id()).get(node.reasonGroup());
        if (group == null) {
            queue(new Step(List.of(node), parent, node.stance() == Stance.CON));
        }
    }

    /**
     * An undercut attacks its parent's step to the grandparent. Argdown undercuts only arguments, and an undercut is
     * a statement, not an argument: so an undercut of an undercut is written as an objection (docs/argdown.md).
     */
    private boolean attacksStep(MapNode reply) {
        MapNode parent = map.parentOf(reply);
        return map.undercuts(reply) && parent != null && !map.undercuts(parent);
    }

    private void queue(Step step) {
        if (stepsQueued.add(step.premises().getFirst().id())) {
            steps.addLast(step);
        }
    }

    /** {@code [ref]: text {data}}: the node's id as title, its text, and what Argdown has no syntax for as data. */
    private String definition(MapNode node) {
        StringBuilder line = new StringBuilder().append('[').append(node.ref()).append("]: ").append(ArgdownText.escape(node.text()));
        List<Citation> cites = map.citationsOf(node);
        if (node.kind() == NodeKind.EVIDENCE || !cites.isEmpty()) {
            line.append(" {");
            if (node.kind() == NodeKind.EVIDENCE) {
                line.append("kind: evidence").append(cites.isEmpty() ? "" : ", ");
            }
            if (!cites.isEmpty()) {
                line.append("cites: [");
                for (int i = 0; i < cites.size(); i++) {
                    Citation c = cites.get(i);
                    line.append(i == 0 ? "" : ", ").append("{article: ").append(map.letterOf(c.articleId()))
                            .append(", start: ").append(c.startOffset()).append(", end: ").append(c.endOffset())
                            .append(", quote: ").append(ArgdownText.yaml(c.quote())).append('}');
                }
                line.append(']');
            }
            line.append('}');
        }
        return line.toString();
    }

    private static String symbol(MapNode reply) {
        return reply.stance() == Stance.CON ? "-" : "+"; // an undercut of an undercut included: see attacksStep
    }

    private StringBuilder indent(int level) {
        return out.append("  ".repeat(level));
    }
}
