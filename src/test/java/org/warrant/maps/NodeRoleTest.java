package org.warrant.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class NodeRoleTest {

    private static final MapNode CLAIM = node(NodeKind.CLAIM, Stance.NONE, null, false);
    private static final MapNode OBJECTION = node(NodeKind.OBJECTION, Stance.CON, null, false);

    @Test
    void a_node_is_named_by_its_kind_and_its_place() {
        assertThat(NodeRole.of(CLAIM, null)).isEqualTo(NodeRole.CLAIM);
        assertThat(NodeRole.of(node(NodeKind.PREMISE, Stance.PRO, null, false), CLAIM)).isEqualTo(NodeRole.PREMISE);
        assertThat(NodeRole.of(node(NodeKind.PREMISE, Stance.PRO, 7L, false), CLAIM)).isEqualTo(NodeRole.CO_PREMISE);
        assertThat(NodeRole.of(OBJECTION, CLAIM)).isEqualTo(NodeRole.OBJECTION);
        assertThat(NodeRole.of(node(NodeKind.OBJECTION, Stance.CON, null, false), OBJECTION)).isEqualTo(NodeRole.REBUTTAL);
        assertThat(NodeRole.of(node(NodeKind.OBJECTION, Stance.CON, null, true), OBJECTION)).isEqualTo(NodeRole.UNDERCUT);
        assertThat(NodeRole.of(node(NodeKind.EVIDENCE, Stance.PRO, null, false), CLAIM)).isEqualTo(NodeRole.EVIDENCE);
        assertThat(NodeRole.of(node(NodeKind.EVIDENCE, Stance.CON, null, false), CLAIM)).isEqualTo(NodeRole.EVIDENCE_AGAINST);
    }

    @Test
    void history_says_the_role_with_its_stance_unless_the_role_says_it() {
        assertThat(NodeRole.CLAIM.inWords(Stance.NONE)).isEqualTo("a claim");
        assertThat(NodeRole.PREMISE.inWords(Stance.PRO)).isEqualTo("a premise (pro)");
        assertThat(NodeRole.OBJECTION.inWords(Stance.CON)).isEqualTo("an objection (con)");
        assertThat(NodeRole.EVIDENCE_AGAINST.inWords(Stance.CON)).isEqualTo("evidence against");
        assertThat(NodeRole.CO_PREMISE.label()).isEqualTo("Co-premise");
    }

    private static MapNode node(NodeKind kind, Stance stance, Long group, boolean undercut) {
        Instant now = Instant.EPOCH;
        return new MapNode(1L, "ref", 1L, null, 0, kind, stance, "text", group, undercut, "author", now, now, 0);
    }
}
