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
            throw MapRuleException.because("rule.text-needed");
        }
        if (stripped.indexOf('\u0000') >= 0) {
            throw MapRuleException.because("rule.text-nul");
        }
        if (stripped.length() > MAX_TEXT_LENGTH) {
            throw MapRuleException.because("rule.text-long", MAX_TEXT_LENGTH, stripped.length());
        }
        return stripped;
    }

    /** A node at this level (1 for a claim) is allowed. */
    public static void level(int level) {
        if (level > MAX_DEPTH) {
            throw MapRuleException.because("rule.too-deep", MAX_DEPTH, level);
        }
    }

    public static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE_LENGTH) {
            throw MapRuleException.because("rule.title-length", MAX_TITLE_LENGTH);
        }
        return stripped;
    }

    public static void room(long nodesInMap, int adding) {
        if (nodesInMap + adding > MAX_NODES) {
            throw MapRuleException.because("rule.too-many-nodes", MAX_NODES, nodesInMap);
        }
    }

    /** Claims are the roots; everything else answers a parent. Returns the stance the node gets. */
    public static Stance placement(NodeKind kind, Stance requested, NodeKind parentKind) {
        if (kind == NodeKind.CLAIM) {
            if (parentKind != null) {
                throw MapRuleException.because("rule.claim-on-top");
            }
            return Stance.NONE;
        }
        if (parentKind == null) {
            throw MapRuleException.because("rule.needs-parent", kind.name().toLowerCase(java.util.Locale.ROOT));
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
            throw MapRuleException.because("rule.undercut-objection");
        }
        if (parentKind == null || parentKind == NodeKind.CLAIM) {
            throw MapRuleException.because("rule.undercut-under-reason");
        }
    }

    /** Co-premises are premises (or objections) of one kind under one parent. */
    public static void coPremises(MapNode a, MapNode b) {
        coPremises(a.kind(), b.kind(), java.util.Objects.equals(a.parentId(), b.parentId()));
    }

    public static void coPremises(NodeKind a, NodeKind b, boolean sameParent) {
        if (a != b || (a != NodeKind.PREMISE && a != NodeKind.OBJECTION)) {
            throw MapRuleException.because("rule.co-premise-kind");
        }
        if (!sameParent) {
            throw MapRuleException.because("rule.co-premise-parent");
        }
    }

    /** The map stays a forest: a node cannot move under itself or its own descendants. */
    public static void noCycle(long nodeId, Long newParentId, Map<Long, Long> parentOf) {
        for (Long at = newParentId; at != null; at = parentOf.get(at)) {
            if (at == nodeId) {
                throw MapRuleException.because("rule.move-into-itself");
            }
        }
    }
}
