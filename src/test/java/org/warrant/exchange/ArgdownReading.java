package org.warrant.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.MapNode;
import org.warrant.maps.Stance;
import tools.jackson.databind.JsonNode;

/**
 * A map's statements and relations as the Argdown parser states them, to compare a map with what the parser read
 * of its export. A relation is "from type to"; an undercut's target is the attacked argument's premises, sorted.
 */
record ArgdownReading(Map<String, String> statements, TreeSet<String> relations) {

    /** What the parser should read of a map written by Warrant (docs/argdown.md). */
    static ArgdownReading expected(MapContent map) {
        Map<String, String> statements = new TreeMap<>();
        TreeSet<String> relations = new TreeSet<>();
        for (MapNode n : map.tree().inTreeOrder()) {
            statements.put(n.ref(), n.text().replaceAll("[\\s\\u2028\\u2029]+", " ").strip());
            MapNode parent = map.parentOf(n);
            if (parent == null) {
                continue;
            }
            if (map.undercuts(n) && !map.undercuts(parent)) {
                List<MapNode> group = parent.reasonGroup() == null ? null : map.groupsUnder(parent.parentId()).get(parent.reasonGroup());
                relations.add(n.ref() + " undercut " + (group == null ? parent.ref() : String.join("+",
                        new TreeSet<>(group.stream().map(MapNode::ref).toList()))));
            } else {
                relations.add(n.ref() + (n.stance() == Stance.CON ? " attack " : " support ") + parent.ref());
            }
        }
        return new ArgdownReading(statements, relations);
    }

    /** What Warrant's own reader made of Argdown, stated as the parser would state it. */
    static ArgdownReading imported(ReadMap read) {
        Map<String, String> statements = new TreeMap<>();
        TreeSet<String> relations = new TreeSet<>();
        for (ReadMap.Node n : read.nodes()) {
            statements.put(n.title(), n.text());
            if (n.parent() == null) {
                continue;
            }
            ReadMap.Node parent = read.nodes().get(n.parent());
            if (n.undercut()) {
                TreeSet<String> step = new TreeSet<>();
                read.nodes().stream().filter(m -> parent.group() != null && java.util.Objects.equals(m.group(), parent.group()))
                        .forEach(m -> step.add(m.title()));
                step.add(parent.title());
                relations.add(n.title() + " undercut " + String.join("+", step));
            } else {
                relations.add(n.title() + (n.stance() == Stance.CON ? " attack " : " support ") + parent.title());
            }
        }
        return new ArgdownReading(statements, relations);
    }

    /** What the parser read: Warrant's "Not so" conclusions stand for the attack of their premises. */
    static ArgdownReading parsed(JsonNode file) {
        Map<String, String> statements = new TreeMap<>();
        Map<String, List<String>> premisesOfConclusion = new HashMap<>();
        Map<String, List<String>> premisesOfArgument = new HashMap<>();
        for (JsonNode a : file.path("arguments")) {
            List<String> premises = a.path("premises").valueStream().map(JsonNode::asString).toList();
            premisesOfArgument.put(a.path("title").asString(), premises);
        }
        for (JsonNode s : file.path("statements")) {
            if (!"conclusion".equals(s.path("data").path("kind").asString(""))) {
                statements.put(s.path("title").asString(), s.path("text").asString());
            }
        }
        TreeSet<String> relations = new TreeSet<>();
        for (JsonNode a : file.path("arguments")) {
            String conclusion = a.path("conclusion").asString(null);
            if (conclusion == null) {
                continue;
            }
            List<String> premises = premisesOfArgument.get(a.path("title").asString());
            if (statements.containsKey(conclusion)) {
                premises.forEach(p -> relations.add(p + " support " + conclusion));
            } else {
                premisesOfConclusion.put(conclusion, premises);
            }
        }
        for (JsonNode r : file.path("relations")) {
            String type = r.path("type").asString();
            String to = r.path("to").asString();
            if ("inference".equals(r.path("toType").asString())) {
                relations.add(r.path("from").asString() + " " + type + " " + String.join("+", new TreeSet<>(premisesOfArgument.get(to))));
                continue;
            }
            List<String> from = premisesOfConclusion.getOrDefault(r.path("from").asString(), List.of(r.path("from").asString()));
            from.forEach(f -> relations.add(f + " " + type + " " + to));
        }
        return new ArgdownReading(statements, relations);
    }
}
