package org.warrant.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MapRulesTest {

    @Test
    void node_text_is_one_to_two_thousand_characters() {
        assertThat(MapRules.text("  A reason.  ")).isEqualTo("A reason.");
        assertThat(MapRules.text("x".repeat(2_000))).hasSize(2_000);
        assertThatThrownBy(() -> MapRules.text("   ")).isInstanceOf(MapRuleException.class);
        assertThatThrownBy(() -> MapRules.text("x".repeat(2_001))).isInstanceOf(MapRuleException.class).hasMessageContaining("2,000");
    }

    @Test
    void a_map_holds_at_most_ten_thousand_nodes() {
        MapRules.room(9_999, 1);
        assertThatThrownBy(() -> MapRules.room(10_000, 1)).isInstanceOf(MapRuleException.class).hasMessageContaining("10,000");
    }

    @Test
    void claims_are_roots_and_only_claims_are() {
        assertThat(MapRules.placement(NodeKind.CLAIM, Stance.PRO, null)).isEqualTo(Stance.NONE);
        assertThatThrownBy(() -> MapRules.placement(NodeKind.CLAIM, Stance.NONE, NodeKind.PREMISE)).isInstanceOf(MapRuleException.class);
        assertThatThrownBy(() -> MapRules.placement(NodeKind.PREMISE, Stance.PRO, null)).isInstanceOf(MapRuleException.class);
    }

    @Test
    void premises_are_for_objections_against_and_evidence_either() {
        assertThat(MapRules.placement(NodeKind.PREMISE, Stance.CON, NodeKind.CLAIM)).isEqualTo(Stance.PRO);
        assertThat(MapRules.placement(NodeKind.OBJECTION, Stance.PRO, NodeKind.CLAIM)).isEqualTo(Stance.CON);
        assertThat(MapRules.placement(NodeKind.EVIDENCE, Stance.CON, NodeKind.PREMISE)).isEqualTo(Stance.CON);
        assertThat(MapRules.placement(NodeKind.EVIDENCE, Stance.NONE, NodeKind.PREMISE)).isEqualTo(Stance.PRO);
    }

    @Test
    void an_undercut_is_an_objection_under_a_reason_not_under_a_claim() {
        MapRules.undercut(NodeKind.OBJECTION, NodeKind.PREMISE);
        assertThatThrownBy(() -> MapRules.undercut(NodeKind.OBJECTION, NodeKind.CLAIM)).isInstanceOf(MapRuleException.class);
        assertThatThrownBy(() -> MapRules.undercut(NodeKind.PREMISE, NodeKind.PREMISE)).isInstanceOf(MapRuleException.class);
    }

    @Test
    void a_node_cannot_move_under_its_own_descendant() {
        Map<Long, Long> parentOf = new java.util.HashMap<>(Map.of(2L, 1L, 3L, 2L, 4L, 3L));
        parentOf.put(1L, null);
        MapRules.noCycle(2, 1L, parentOf);
        assertThatThrownBy(() -> MapRules.noCycle(2, 4L, parentOf)).isInstanceOf(MapRuleException.class);
        assertThatThrownBy(() -> MapRules.noCycle(2, 2L, parentOf)).isInstanceOf(MapRuleException.class);
    }

    @Test
    void co_premises_share_kind_and_parent() {
        MapNode a = node(1, 10L, NodeKind.PREMISE);
        MapRules.coPremises(a, node(2, 10L, NodeKind.PREMISE));
        assertThatThrownBy(() -> MapRules.coPremises(a, node(3, 11L, NodeKind.PREMISE))).isInstanceOf(MapRuleException.class);
        assertThatThrownBy(() -> MapRules.coPremises(a, node(4, 10L, NodeKind.OBJECTION))).isInstanceOf(MapRuleException.class);
        assertThatThrownBy(() -> MapRules.coPremises(node(5, 10L, NodeKind.EVIDENCE), node(6, 10L, NodeKind.EVIDENCE)))
                .isInstanceOf(MapRuleException.class);
    }

    static MapNode node(long id, Long parent, NodeKind kind) {
        return new MapNode(id, "n" + id, 1, parent, (int) id, kind, kind.defaultStance(), "n" + id, null, false, "me", null, null, 0);
    }
}
