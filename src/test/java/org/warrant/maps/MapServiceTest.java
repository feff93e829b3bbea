package org.warrant.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.testing.WarrantTest;

/** Map services against the real H2 file database, with real users switching in and out. */
@WarrantTest
class MapServiceTest {

    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;

    private long interviewId;
    private long opEdId;

    private static void signIn(String user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
    }

    @BeforeEach
    void articles() {
        signIn("student1");
        List<ArticleSummary> all = articles.list(null);
        interviewId = all.stream().filter(a -> a.title().startsWith("Iran-Azerbaijan: neighbours")).findFirst().orElseThrow().id();
        opEdId = all.stream().filter(a -> a.kind().name().equals("OP_ED")).findFirst().orElseThrow().id();
    }

    private long newMap() {
        return maps.create("Normalisation " + System.nanoTime(), "Test map", List.of(interviewId));
    }

    private int[] span(String quote) {
        Article interview = articles.find(interviewId).orElseThrow();
        int start = interview.body().indexOf(quote);
        return new int[] {start, start + quote.length()};
    }

    @Test
    void a_new_map_holds_claims_premises_objections_and_evidence_in_order() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Iran needs normalisation.");
        MapNode premise = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "Conflict diverts resources.");
        MapNode objection = edits.add(mapId, claim.id(), null, NodeKind.OBJECTION, Stance.CON, "Elites oppose it.");
        int[] s = span("it is certainly more beneficial for Iran to avoid creating problems");
        MapNode evidence = edits.addEvidence(mapId, premise.id(), interviewId, s[0], s[1], Stance.PRO, null);

        OpenedMap content = maps.open(mapId);
        assertThat(MapTree.of(content.nodes()).inTreeOrder()).extracting(MapNode::text).containsExactly(
                "Iran needs normalisation.", "Conflict diverts resources.",
                "it is certainly more beneficial for Iran to avoid creating problems", "Elites oppose it.");
        assertThat(objection.stance()).isEqualTo(Stance.CON);
        assertThat(content.citationsByNode().get(evidence.id())).singleElement()
                .satisfies(c -> assertThat(c.quote()).isEqualTo("it is certainly more beneficial for Iran to avoid creating problems"));
        assertThat(content.editable()).isTrue();
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused_with_the_current_node() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "First wording.");
        MapNode edited = edits.editText(claim.id(), claim.version(), "Second wording.");
        assertThatThrownBy(() -> edits.editText(claim.id(), claim.version(), "A stale third wording."))
                .isInstanceOfSatisfying(StaleEditException.class, e -> assertThat(e.current().text()).isEqualTo("Second wording."));
        assertThat(maps.open(mapId).nodes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Second wording.");
            assertThat(n.version()).isEqualTo(edited.version());
        });
    }

    @Test
    void only_the_owner_edits_and_another_student_cannot_even_see_the_map() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Mine.");
        signIn("student2");
        assertThatThrownBy(() -> maps.open(mapId)).isInstanceOf(MapNotFoundException.class);
        assertThatThrownBy(() -> edits.editText(claim.id(), claim.version(), "Hijacked")).isInstanceOf(MapNotFoundException.class);
        assertThatThrownBy(() -> edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Intruder")).isInstanceOf(MapNotFoundException.class);
        assertThatThrownBy(() -> maps.delete(mapId)).isInstanceOf(MapNotFoundException.class);
        assertThat(maps.readableMaps()).extracting(MapSummary::id).doesNotContain(mapId);
        signIn("student1");
        assertThat(maps.open(mapId).nodes()).extracting(MapNode::text).containsExactly("Mine.");
    }

    @Test
    void evidence_must_cite_a_passage_of_an_article_of_its_map() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim.");
        Article opEd = articles.find(opEdId).orElseThrow();
        assertThatThrownBy(() -> edits.addEvidence(mapId, claim.id(), opEdId, 0, 20, Stance.PRO, null))
                .isInstanceOf(MapRuleException.class).hasMessageContaining("map's own articles");
        assertThatThrownBy(() -> edits.addEvidence(mapId, claim.id(), interviewId, 10, 1_000_000, Stance.PRO, null))
                .isInstanceOf(MapRuleException.class).hasMessageContaining("outside the article");
        assertThatThrownBy(() -> edits.add(mapId, claim.id(), null, NodeKind.EVIDENCE, Stance.PRO, "No passage"))
                .isInstanceOf(MapRuleException.class);
        assertThat(opEd.body()).isNotEmpty();
        assertThat(maps.open(mapId).nodes()).hasSize(1);
    }

    @Test
    void the_last_citation_of_evidence_cannot_be_removed() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim.");
        int[] s = span("we have to wait");
        MapNode evidence = edits.addEvidence(mapId, claim.id(), interviewId, s[0], s[1], Stance.CON, null);
        long citationId = maps.open(mapId).citationsByNode().get(evidence.id()).getFirst().id();
        assertThatThrownBy(() -> edits.uncite(citationId)).isInstanceOf(MapRuleException.class).hasMessageContaining("at least one passage");
    }

    @Test
    void moving_a_node_under_its_own_reply_is_refused_and_changes_nothing() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim.");
        MapNode premise = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "Premise.");
        MapNode rebuttal = edits.add(mapId, premise.id(), null, NodeKind.OBJECTION, Stance.CON, "Objection.");
        assertThatThrownBy(() -> edits.move(premise.id(), premise.version(), rebuttal.id(), null)).isInstanceOf(MapRuleException.class);
        assertThat(maps.open(mapId).nodes()).filteredOn(n -> n.id().equals(premise.id())).singleElement()
                .satisfies(n -> assertThat(n.parentId()).isEqualTo(claim.id()));
    }

    @Test
    void a_claim_moved_under_a_node_becomes_a_premise_and_a_reply_moved_to_the_top_becomes_a_claim() {
        long mapId = newMap();
        MapNode first = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "First claim.");
        MapNode second = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Second claim.");
        MapNode objection = edits.add(mapId, second.id(), null, NodeKind.OBJECTION, Stance.CON, "Objection.");

        MapNode moved = edits.move(second.id(), second.version(), first.id(), null);
        assertThat(moved.kind()).isEqualTo(NodeKind.PREMISE);
        assertThat(moved.stance()).isEqualTo(Stance.PRO);

        MapNode lifted = edits.move(objection.id(), objection.version(), null, null);
        assertThat(lifted.kind()).isEqualTo(NodeKind.CLAIM);
        assertThat(lifted.stance()).isEqualTo(Stance.NONE);
        assertThat(lifted.parentId()).isNull();
    }

    @Test
    void a_map_nests_at_most_forty_levels_by_adding_or_by_moving() {
        long mapId = newMap();
        MapNode node = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Level 1.");
        for (int level = 2; level <= MapRules.MAX_DEPTH; level++) {
            node = edits.add(mapId, node.id(), null, NodeKind.OBJECTION, Stance.CON, "Level " + level + ".");
        }
        MapNode deepest = node;
        assertThatThrownBy(() -> edits.add(mapId, deepest.id(), null, NodeKind.OBJECTION, Stance.CON, "Level 41."))
                .isInstanceOf(MapRuleException.class).hasMessageContaining("at most 40 levels deep; this would put a node at level 41");

        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Another claim.");
        MapNode reply = edits.add(mapId, claim.id(), null, NodeKind.OBJECTION, Stance.CON, "Its reply.");
        assertThatThrownBy(() -> edits.move(claim.id(), claim.version(), deepest.id(), null))
                .isInstanceOf(MapRuleException.class).hasMessageContaining("level 42");
        MapNode parentOfDeepest = maps.open(mapId).node(deepest.parentId());
        assertThat(edits.move(reply.id(), reply.version(), parentOfDeepest.id(), null).parentId()).isEqualTo(parentOfDeepest.id());
    }

    @Test
    void co_premises_group_and_ungroup_and_a_group_of_one_dissolves() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim.");
        MapNode a = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "A.");
        MapNode b = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "B.");
        MapNode c = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "C.");
        edits.groupAsCoPremises(a.id(), b.id());
        edits.groupAsCoPremises(c.id(), b.id());
        assertThat(maps.open(mapId).nodes()).filteredOn(n -> n.kind() == NodeKind.PREMISE)
                .extracting(MapNode::reasonGroup).containsOnly(a.id());
        edits.ungroup(a.id());
        assertThat(maps.open(mapId).nodes()).filteredOn(n -> n.kind() == NodeKind.PREMISE)
                .extracting(MapNode::reasonGroup).containsExactlyInAnyOrder(null, b.id(), b.id());
        edits.ungroup(b.id());
        assertThat(maps.open(mapId).nodes()).extracting(MapNode::reasonGroup).containsOnlyNulls();
    }

    @Test
    void an_undercut_hangs_under_a_reason() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim.");
        MapNode premise = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "Premise.");
        MapNode onClaim = edits.add(mapId, claim.id(), null, NodeKind.OBJECTION, Stance.CON, "Against the claim.");
        MapNode onStep = edits.add(mapId, premise.id(), null, NodeKind.OBJECTION, Stance.CON, "Does not follow.");
        assertThat(edits.setUndercut(onStep.id(), onStep.version(), true).undercut()).isTrue();
        assertThatThrownBy(() -> edits.setUndercut(onClaim.id(), onClaim.version(), true)).isInstanceOf(MapRuleException.class);
    }

    @Test
    void deleting_a_node_removes_its_replies_and_deleted_maps_can_be_restored() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim.");
        MapNode premise = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "Premise.");
        edits.add(mapId, premise.id(), null, NodeKind.OBJECTION, Stance.CON, "Objection.");
        assertThat(edits.delete(premise.id(), premise.version())).isEqualTo(2);
        assertThat(maps.open(mapId).nodes()).extracting(MapNode::text).containsExactly("Claim.");

        maps.delete(mapId);
        assertThat(maps.readableMaps()).extracting(MapSummary::id).doesNotContain(mapId);
        assertThat(maps.bin()).extracting(MapSummary::id).contains(mapId);
        assertThatThrownBy(() -> maps.open(mapId)).isInstanceOf(MapNotFoundException.class);
        maps.restore(mapId);
        assertThat(maps.open(mapId).nodes()).hasSize(1);
    }

    @Test
    void a_duplicate_copies_nodes_groups_and_citations_and_belongs_to_whoever_copied_it() {
        long mapId = newMap();
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Claim.");
        MapNode a = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "A.");
        MapNode b = edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "B.");
        edits.groupAsCoPremises(a.id(), b.id());
        int[] s = span("we have to wait");
        edits.addEvidence(mapId, a.id(), interviewId, s[0], s[1], Stance.PRO, null);

        long copyId = maps.duplicate(mapId);
        OpenedMap copy = maps.open(copyId);
        assertThat(copy.map().title()).startsWith("Copy of Normalisation");
        assertThat(copy.map().owner()).isEqualTo("student1");
        assertThat(MapTree.of(copy.nodes()).inTreeOrder()).extracting(MapNode::text).containsExactly("Claim.", "A.", "we have to wait", "B.");
        assertThat(copy.nodes()).filteredOn(n -> n.kind() == NodeKind.PREMISE).extracting(MapNode::reasonGroup)
                .doesNotContainNull().hasSameElementsAs(List.of(copy.nodes().stream().filter(n -> n.text().equals("A.")).findFirst().orElseThrow().id()));
        assertThat(copy.citations()).singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("we have to wait"));
    }

    @Test
    void nobody_signed_in_reaches_no_map() {
        long mapId = newMap();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> maps.open(mapId)).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
