package org.warrant.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.warrant.drafts.MapDraft;
import org.warrant.drafts.MapDraftRejectedException;
import org.warrant.drafts.MapDraftService;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;
import org.warrant.sources.Article;

/**
 * Brings a map file into an existing map, in the caller's transaction: a node whose id the map already has is that
 * node (its text is updated when it changed; it is never moved or deleted), any other node is added where the file
 * puts it, under an existing node or as a new claim. So a map exported, edited elsewhere and imported again is
 * updated rather than duplicated.
 */
@Component
class ReadMapIntoMap {

    private final MapService maps;
    private final MapEditService edits;
    private final MapDraftService drafts;
    private final ReadMapImporter importer;

    ReadMapIntoMap(MapService maps, MapEditService edits, MapDraftService drafts, ReadMapImporter importer) {
        this.maps = maps;
        this.edits = edits;
        this.drafts = drafts;
        this.importer = importer;
    }

    ImportedIntoMap bring(long mapId, ReadMap read) {
        OpenedMap map = maps.open(mapId);
        if (!map.editable()) {
            throw new AccessDeniedException("You may read this map but not change it.");
        }
        List<ReadMap.Problem> problems = new ArrayList<>(read.problems());
        Map<String, Article> byKey = new LinkedHashMap<>();
        importer.resolve(read.articles(), problems, read).forEach((key, article) -> {
            if (map.map().articleIds().contains(article.id())) {
                byKey.put(key, article);
            }
        });
        Article only = byKey.size() == 1 ? byKey.values().iterator().next() : null;
        List<MapDraft.Node> nodes = importer.nodes(read.nodes(), byKey, only, problems);
        if (!problems.isEmpty()) {
            throw new MapFileRejectedException(ReadMapImporter.sorted(problems), false);
        }
        Map<String, MapNode> existing = new HashMap<>();
        map.nodes().forEach(n -> existing.put(n.ref(), n));
        int updated = 0;
        List<String> dropped = new ArrayList<>(read.dropped());
        for (MapDraft.Node n : nodes) {
            MapNode known = existing.get(n.ref());
            if (known == null) {
                continue;
            }
            if (!known.text().equals(n.text())) {
                edits.editText(known.id(), Objects.requireNonNull(known.version()), n.text());
                updated++;
            }
            MapNode mapParent = known.parentId() == null ? null : map.node(known.parentId());
            String fileParent = n.parent() == null ? null : nodes.get(n.parent()).ref();
            if (!Objects.equals(mapParent == null ? null : mapParent.ref(), fileParent)) {
                dropped.add("“" + known.text() + "” stays where it is in the map: an import adds and updates, it never moves.");
            }
        }
        int added = 0;
        for (Batch batch : batches(nodes, read.nodes(), existing)) {
            try {
                drafts.addTo(mapId, batch.parentId(), batch.nodes());
                added += batch.nodes().size();
            } catch (MapDraftRejectedException e) {
                throw new MapFileRejectedException(ReadMapImporter.lines(e.problems(), batch.read()), false);
            }
        }
        return new ImportedIntoMap(added, updated, dropped);
    }

    /** New nodes under one existing parent (null: new claims), as a draft whose indexes are its own. */
    private record Batch(@Nullable Long parentId, List<MapDraft.Node> nodes, List<ReadMap.Node> read) {
    }

    /** The new nodes, cut into the subtrees that hang from an existing node or stand as claims. */
    private static List<Batch> batches(List<MapDraft.Node> nodes, List<ReadMap.Node> read, Map<String, MapNode> existing) {
        Map<Integer, Integer> local = new HashMap<>(); // index in the file -> index in its batch
        Map<Integer, Batch> batchOf = new HashMap<>();
        Map<Long, Batch> byParent = new LinkedHashMap<>();
        Batch claims = null;
        List<Batch> order = new ArrayList<>();
        java.util.Set<Batch> ordered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < nodes.size(); i++) {
            MapDraft.Node n = nodes.get(i);
            if (existing.containsKey(n.ref())) {
                continue;
            }
            Integer parent = n.parent();
            Batch batch;
            Integer localParent = null;
            if (parent != null && batchOf.containsKey(parent)) {
                batch = batchOf.get(parent);
                localParent = local.get(parent);
            } else if (parent != null && existing.containsKey(nodes.get(parent).ref())) {
                long parentId = Objects.requireNonNull(existing.get(nodes.get(parent).ref()).id());
                batch = byParent.computeIfAbsent(parentId, id -> new Batch(id, new ArrayList<>(), new ArrayList<>()));
            } else {
                batch = claims == null ? claims = new Batch(null, new ArrayList<>(), new ArrayList<>()) : claims;
            }
            if (ordered.add(batch)) {
                order.add(batch);
            }
            Integer group = n.group() != null && batchOf.get(n.group()) == batch ? local.get(n.group()) : null;
            if (n.group() != null && n.group() == i) {
                group = batch.nodes().size();
            }
            local.put(i, batch.nodes().size());
            batchOf.put(i, batch);
            batch.nodes().add(new MapDraft.Node(n.ref(), localParent, n.kind(), n.stance(), n.text(), group, n.undercut(), n.passages()));
            batch.read().add(read.get(i));
        }
        return order;
    }
}
