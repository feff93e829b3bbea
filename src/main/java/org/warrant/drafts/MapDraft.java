package org.warrant.drafts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/**
 * A whole map to be created at once, as an imported outline describes it. Nodes are listed parents first:
 * {@code parent} and {@code group} are indexes into {@code nodes} (a co-premise group is named by its first
 * member). Nothing is written unless every node passes the rules of maps; see {@link MapDraftService}.
 */
public record MapDraft(String title, @Nullable String description, List<Long> articleIds, List<Node> nodes) {

    public record Node(String ref, @Nullable Integer parent, NodeKind kind, Stance stance, String text, @Nullable Integer group,
                       boolean undercut, List<Passage> passages) {
    }

    /** What is wrong with one node of a draft ({@code node} is its index), or with the whole draft (-1). */
    public record Problem(int node, String message) {
    }
}
