package org.warrant.exchange.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.warrant.exchange.model.ForestBuilder;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.Stance;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads AIF JSON, in AIFdb's form ({@code nodes}, {@code edges}, …) or OVA's saved form (the same under {@code AIF}),
 * as a map to import (docs/aif.md). I-nodes become nodes; an RA-node makes its premises reasons for its conclusion
 * (several premises: co-premises), a CA-node makes its attacker an objection, or an undercut when it attacks an
 * inference. Dialogue (L, YA, TA), rephrases (MA) and preferences (PA) are left out, and the import says so.
 */
public final class AifReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ReadMap.Problem> problems = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private final Map<String, JsonNode> byId = new LinkedHashMap<>();
    private final Map<String, Integer> iIndex = new HashMap<>();
    private final List<JsonNode> iNodes = new ArrayList<>();
    private final Map<String, List<String>> into = new HashMap<>();
    private final Map<String, List<String>> outOf = new HashMap<>();

    private AifReader() {
    }

    public static ReadMap read(String json) {
        return new AifReader().readAll(json);
    }

    private ReadMap readAll(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            return refused("This is not AIF JSON: the JSON is broken" + where + " (" + e.getOriginalMessage() + ").");
        }
        JsonNode aif = root.has("AIF") ? root.get("AIF") : root.has("aif") ? root.get("aif") : root;
        if (!aif.path("nodes").isArray() || !aif.path("edges").isArray()) {
            return refused("This JSON has no AIF \"nodes\" and \"edges\" lists; Warrant reads AIFdb's and OVA's AIF JSON.");
        }
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (JsonNode n : aif.path("nodes")) {
            String id = n.path("nodeID").asString("");
            String type = n.path("type").asString("");
            byId.put(id, n);
            if (type.equals("I")) {
                iIndex.put(id, iNodes.size());
                iNodes.add(n);
            } else if (!type.equals("RA") && !type.equals("CA")) {
                skipped.merge(type.isEmpty() ? "untyped" : type, 1, Integer::sum);
            }
        }
        for (JsonNode e : aif.path("edges")) {
            String from = e.path("fromID").asString("");
            String to = e.path("toID").asString("");
            if (byId.containsKey(from) && byId.containsKey(to)) {
                outOf.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                into.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            } else {
                dropped.add("An edge from " + from + " to " + to + " names a node the file doesn't have; it was left out.");
            }
        }
        skipped.forEach((type, count) -> dropped.add(count + " " + type + "-node" + (count == 1 ? "" : "s")
                + " left out: Warrant keeps the argument (I, RA and CA nodes), not the dialogue, rephrasings or preferences."));
        if (iNodes.isEmpty()) {
            problems.add(new ReadMap.Problem(0, "The AIF has no I-nodes (statements), so there is nothing to import."));
        }
        ForestBuilder forest = new ForestBuilder(iNodes.size());
        byId.forEach((id, n) -> link(id, n.path("type").asString(""), forest));
        List<ForestBuilder.Element> elements = new ArrayList<>();
        for (int i = 0; i < iNodes.size(); i++) {
            elements.add(AifElements.describe(iNodes.get(i), i + 1, problems));
        }
        JsonNode about = root.path("warrant").isObject() ? root.path("warrant") : aif.path("warrant");
        return new ReadMap(about.path("title").asString(null), about.path("description").asString(null), AifElements.articles(about),
                forest.nodes(elements, dropped), problems, dropped);
    }

    /** An RA makes its sources reasons for its target; a CA makes them objections, or an undercut of an inference. */
    private void link(String id, String type, ForestBuilder forest) {
        if (!type.equals("RA") && !type.equals("CA")) {
            return;
        }
        List<Integer> sources = into.getOrDefault(id, List.of()).stream().filter(iIndex::containsKey).map(iIndex::get).toList();
        List<String> targets = outOf.getOrDefault(id, List.of());
        if (sources.isEmpty() || targets.isEmpty()) {
            dropped.add(type + "-node " + id + " connects nothing to nothing; it was left out.");
            return;
        }
        if (targets.size() > 1) {
            dropped.add(type + "-node " + id + " has " + targets.size() + " conclusions; Warrant kept the first.");
        }
        String target = targets.getFirst();
        boolean undercut = !iIndex.containsKey(target);
        Integer aim = undercut ? firstSourceOf(target) : iIndex.get(target);
        if (aim == null) {
            dropped.add(type + "-node " + id + " attacks a step that has no statement; it was left out.");
            return;
        }
        Object group = sources.size() > 1 ? id : null;
        Stance stance = type.equals("RA") ? Stance.PRO : Stance.CON; // an RA aimed at a step supports its premise
        for (int source : sources) {
            if (!forest.attach(source, aim, stance, group, undercut && type.equals("CA"))) {
                dropped.add("“" + iNodes.get(source).path("text").asString("") + "” answers one statement in Warrant; "
                        + type + "-node " + id + " was left out for it.");
            }
        }
    }

    private Integer firstSourceOf(String stepId) {
        return into.getOrDefault(stepId, List.of()).stream().filter(iIndex::containsKey).map(iIndex::get).findFirst().orElse(null);
    }

    private ReadMap refused(String why) {
        return new ReadMap(null, null, List.of(), List.of(), List.of(new ReadMap.Problem(0, why)), List.of());
    }
}
