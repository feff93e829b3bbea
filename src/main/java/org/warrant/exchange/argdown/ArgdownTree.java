package org.warrant.exchange.argdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.warrant.exchange.argdown.ArgdownDocument.Argument;
import org.warrant.exchange.argdown.ArgdownDocument.Relation;
import org.warrant.exchange.argdown.ArgdownDocument.Statement;
import org.warrant.exchange.argdown.ArgdownDocument.Type;
import org.warrant.exchange.model.ForestBuilder;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.Stance;

/**
 * Turns what an Argdown document says into a Warrant map, which is a forest: each statement answers at most one
 * other. Relations are taken in the order written; a statement keeps the first thing it supports or attacks, and a
 * relation that would give it a second parent, or close a loop, is dropped and said so (docs/argdown.md, "Import").
 */
public final class ArgdownTree {

    private final ArgdownDocument doc;
    private final List<Object> elements = new ArrayList<>();
    private final Map<Object, Integer> index = new IdentityHashMap<>();
    private final List<String> dropped = new ArrayList<>();
    private final List<ReadMap.Problem> problems = new ArrayList<>();

    private record Link(int child, int target, Stance stance, @Nullable Argument group, boolean undercut, int line) {
    }

    private ArgdownTree(ArgdownDocument doc) {
        this.doc = doc;
    }

    /** Reads Argdown text as a map to import. */
    public static ReadMap read(String argdown) {
        return new ArgdownTree(ArgdownReader.read(argdown)).build();
    }

    private ReadMap build() {
        doc.problems.forEach(p -> problems.add(new ReadMap.Problem(p.line(), p.message())));
        List<Object> candidates = new ArrayList<>();
        doc.statements.values().stream().filter(s -> !isConclusion(s)).forEach(candidates::add);
        doc.arguments.values().stream().filter(a -> a.premises.isEmpty()).forEach(candidates::add);
        candidates.sort(java.util.Comparator.comparingInt(ArgdownTree::lineOf));
        candidates.forEach(e -> {
            index.put(e, elements.size());
            elements.add(e);
        });
        if (elements.isEmpty()) {
            problems.add(new ReadMap.Problem(0, "There is no statement here to import: write one as [Title]: text."));
        }
        ForestBuilder forest = new ForestBuilder(elements.size());
        for (Link link : links()) {
            int before = forest.parentOf(link.child());
            if (!forest.attach(link.child(), link.target(), link.stance(), link.group(), link.undercut()) && before != link.target()) {
                dropped.add(before >= 0
                        ? "Line %d: %s answers %s in Warrant, one parent only; its relation to %s was left out."
                                .formatted(link.line(), titleOf(link.child()), titleOf(before), titleOf(link.target()))
                        : "Line %d: the relation from %s to %s would close a loop; it was left out."
                                .formatted(link.line(), titleOf(link.child()), titleOf(link.target())));
            }
        }
        List<ForestBuilder.Element> described = elements.stream().map(e -> ArgdownElements.describe(e, problems)).toList();
        return new ReadMap(string(doc.frontMatter.get("title")), string(doc.frontMatter.get("description")),
                ArgdownElements.articles(doc.frontMatter.get("articles"), problems), forest.nodes(described, dropped), problems, dropped);
    }

    /** Every relation as links from answering nodes to answered ones, in the order written. */
    private List<Link> links() {
        List<Link> links = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        for (Relation r : doc.relations) {
            Stance stance = r.type() == Type.SUPPORT ? Stance.PRO : Stance.CON;
            if (r.type() == Type.CONTRADICTION && noted.add("contradiction")) {
                dropped.add("Line %d: a contradiction (><) is read as an objection of the second statement to the first.".formatted(r.line()));
            }
            Integer target = targetOf(r);
            if (target == null) {
                dropped.add("Line %d: a relation to an argument's conclusion was left out.".formatted(r.line()));
                continue;
            }
            Argument group = groupOf(r.from());
            for (Object from : answering(r.from())) {
                Integer child = index.get(from);
                if (child != null) {
                    links.add(new Link(child, target, stance, group, r.type() == Type.UNDERCUT, r.line()));
                }
            }
        }
        for (Argument a : doc.arguments.values()) {
            if (!a.premises.isEmpty() && a.conclusion != null && index.containsKey(a.conclusion)) {
                for (Statement p : a.premises) {
                    if (index.containsKey(p)) {
                        links.add(new Link(index.get(p), index.get(a.conclusion), Stance.PRO, a.premises.size() > 1 ? a : null, false, a.line));
                    }
                }
            }
        }
        links.sort(java.util.Comparator.comparingInt(Link::line));
        return links;
    }

    /** The nodes a relation's source stands for: an argument's premises, a "Not so" conclusion's argument's premises. */
    private List<?> answering(Object from) {
        if (from instanceof Argument a && !a.premises.isEmpty()) {
            return a.premises;
        }
        if (from instanceof Statement s && isConclusion(s)) {
            Argument concluded = argumentConcluding(s);
            return concluded == null ? List.of() : concluded.premises;
        }
        return List.of(from);
    }

    private @Nullable Argument groupOf(Object from) {
        Argument a = from instanceof Argument arg ? arg : from instanceof Statement s && isConclusion(s) ? argumentConcluding(s) : null;
        return a != null && a.premises.size() > 1 ? a : null;
    }

    private @Nullable Integer targetOf(Relation r) {
        Object to = r.to();
        if (to instanceof Argument a && !a.premises.isEmpty()) {
            if (r.type() != Type.UNDERCUT) {
                dropped.add("Line %d: a relation to the argument <%s> is placed under its first premise.".formatted(r.line(), a.title));
            }
            return index.get(a.premises.getFirst());
        }
        if (to instanceof Statement s && isConclusion(s)) {
            return null;
        }
        return index.get(to);
    }

    private @Nullable Argument argumentConcluding(Statement s) {
        return doc.arguments.values().stream().filter(a -> a.conclusion == s).findFirst().orElse(null);
    }

    /** Warrant's own "Not so: …" statement, which stands for an argument against a node (docs/argdown.md). */
    static boolean isConclusion(Statement s) {
        return "conclusion".equals(s.data.get("kind"));
    }

    private String titleOf(int i) {
        return i < 0 ? "" : elements.get(i) instanceof Statement s ? "[" + s.title + "]" : "<" + ((Argument) elements.get(i)).title + ">";
    }

    private static int lineOf(Object e) {
        return e instanceof Statement s ? s.line : ((Argument) e).line;
    }

    static @Nullable String string(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
