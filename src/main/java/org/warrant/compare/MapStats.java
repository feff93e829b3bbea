package org.warrant.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/**
 * What an instructor checks first in a map: nodes by kind, how deep it goes, how many passages it cites,
 * the share of premises backed by evidence (a cited passage of their own or an evidence reply), claims with
 * no reason for them, and objections no one answered.
 */
public record MapStats(int claims, int premises, int objections, int evidence, int depth, int passagesCited,
                       int premisesBacked, int unsupportedClaims, int unansweredObjections) {

    public int nodes() {
        return claims + premises + objections + evidence;
    }

    /** Backed premises over all premises; 0 without premises. */
    public double backedShare() {
        return premises == 0 ? 0 : (double) premisesBacked / premises;
    }

    static MapStats of(ComparedMap map) {
        List<ComparedNode> nodes = map.nodes();
        int[] count = new int[NodeKind.values().length];
        int[] depth = new int[nodes.size()];
        boolean[] hasPro = new boolean[nodes.size()];
        boolean[] hasCon = new boolean[nodes.size()];
        boolean[] hasEvidence = new boolean[nodes.size()];
        boolean[] againstClaim = new boolean[nodes.size()]; // an objection to an objection (a rebuttal) is for the claim again
        Set<Passage> passages = new HashSet<>();
        int deepest = 0;
        for (int i = 0; i < nodes.size(); i++) { // parents come first
            ComparedNode n = nodes.get(i);
            count[n.kind().ordinal()]++;
            passages.addAll(n.passages());
            depth[i] = n.root() ? 1 : depth[n.parent()] + 1;
            deepest = Math.max(deepest, depth[i]);
            againstClaim[i] = !n.root() && (againstClaim[n.parent()] ^ n.kind() == NodeKind.OBJECTION);
            if (!n.root()) {
                hasPro[n.parent()] |= n.stance() == Stance.PRO;
                hasCon[n.parent()] |= n.stance() == Stance.CON;
                hasEvidence[n.parent()] |= n.kind() == NodeKind.EVIDENCE;
            }
        }
        int backed = 0, unsupported = 0, unanswered = 0;
        for (int i = 0; i < nodes.size(); i++) {
            ComparedNode n = nodes.get(i);
            switch (n.kind()) {
                case PREMISE -> backed += hasEvidence[i] || !n.passages().isEmpty() ? 1 : 0;
                case CLAIM -> unsupported += hasPro[i] ? 0 : 1;
                case OBJECTION -> unanswered += againstClaim[i] && !hasCon[i] ? 1 : 0;
                case EVIDENCE -> { }
            }
        }
        return new MapStats(count[NodeKind.CLAIM.ordinal()], count[NodeKind.PREMISE.ordinal()],
                count[NodeKind.OBJECTION.ordinal()], count[NodeKind.EVIDENCE.ordinal()], deepest, passages.size(),
                backed, unsupported, unanswered);
    }
}
