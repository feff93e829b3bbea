package org.warrant.maps;

import java.util.Map;

/** The structural rules of a map, checked by the service before anything is written. */
public final class MapRules {

    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_NODES = 10_000;
    public static final int MAX_TITLE_LENGTH = 200;
    /**
     * Claims are level 1, their replies 2, and so on. Real maps stay within ten; the bound keeps every walk of
     * a map, and the Markdown outline it exports, far from any stack limit (see MarkdownNesting).
     */
    public static final int MAX_DEPTH = 40;

    private MapRules() {
    }

    public static String text(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new MapRuleException("A node needs some text.");
        }
        if (stripped.indexOf('\u0000') >= 0) {
            throw new MapRuleException("A node's text can't contain the NUL character; remove it.");
        }
        if (stripped.length() > MAX_TEXT_LENGTH) {
            throw new MapRuleException("A node's text is at most %,d characters; this one has %,d. Split it into several nodes."
                    .formatted(MAX_TEXT_LENGTH, stripped.length()));
        }
        return stripped;
    }

    /** A node at this level (1 for a claim) is allowed. */
    public static void level(int level) {
        if (level > MAX_DEPTH) {
            throw new MapRuleException("A map nests at most %d levels deep; this would put a node at level %d. Attach it higher up."
                    .formatted(MAX_DEPTH, level));
        }
    }

    public static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE_LENGTH) {
            throw new MapRuleException("A map's title is 1 to " + MAX_TITLE_LENGTH + " characters.");
        }
        return stripped;
    }

    public static void room(long nodesInMap, int adding) {
        if (nodesInMap + adding > MAX_NODES) {
            throw new MapRuleException("A map holds at most %,d nodes; this one has %,d.".formatted(MAX_NODES, nodesInMap));
        }
    }

    /** Claims are the roots; everything else answers a parent. Returns the stance the node gets. */
    public static Stance placement(NodeKind kind, Stance requested, NodeKind parentKind) {
        if (kind == NodeKind.CLAIM) {
            if (parentKind != null) {
                throw new MapRuleException("A claim stands on its own at the top of the map; make this a premise or objection.");
            }
            return Stance.NONE;
        }
        if (parentKind == null) {
            throw new MapRuleException("Only claims stand at the top of the map; a " + kind.name().toLowerCase() + " needs a parent.");
        }
        return switch (kind) {
            case PREMISE -> Stance.PRO;
            case OBJECTION -> Stance.CON;
            default -> requested == Stance.CON ? Stance.CON : Stance.PRO;
        };
    }

    /** An undercut attacks the inference from a reason to what it supports, so it must hang under a reason. */
    public static void undercut(NodeKind kind, NodeKind parentKind) {
        if (kind != NodeKind.OBJECTION) {
            throw new MapRuleException("Only an objection can undercut.");
        }
        if (parentKind == null || parentKind == NodeKind.CLAIM) {
            throw new MapRuleException("An undercut attacks the step from a reason to its claim: put it under the reason.");
        }
    }

    /** Co-premises are premises (or objections) of one kind under one parent. */
    public static void coPremises(MapNode a, MapNode b) {
        coPremises(a.kind(), b.kind(), java.util.Objects.equals(a.parentId(), b.parentId()));
    }

    public static void coPremises(NodeKind a, NodeKind b, boolean sameParent) {
        if (a != b || (a != NodeKind.PREMISE && a != NodeKind.OBJECTION)) {
            throw new MapRuleException("Only premises (or objections) of the same kind can work together as one reason.");
        }
        if (!sameParent) {
            throw new MapRuleException("Co-premises support the same parent: move them under one node first.");
        }
    }

    /** The map stays a forest: a node cannot move under itself or its own descendants. */
    public static void noCycle(long nodeId, Long newParentId, Map<Long, Long> parentOf) {
        for (Long at = newParentId; at != null; at = parentOf.get(at)) {
            if (at == nodeId) {
                throw new MapRuleException("A node cannot move under itself or one of its own replies.");
            }
        }
    }
}
