package org.warrant.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.demo.DemoMaps.Cite;
import org.warrant.demo.DemoMaps.DemoMap;
import org.warrant.demo.DemoMaps.DemoNode;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.OpenedMap;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.testing.WarrantTest;

/** The two demo maps, as loaded at start-up in demo mode, and a demo map that cannot load leaving nothing. */
@WarrantTest
class DemoMapsTest {

    @Autowired MapService maps;
    @Autowired DemoMaps demoMaps;
    @Autowired ArticleService articles;

    private static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private OpenedMap demo(String titleStart) {
        long id = maps.readableMaps().stream().filter(m -> m.title().startsWith(titleStart) && m.owner().equals("instructor"))
                .findFirst().orElseThrow().id();
        return maps.open(id);
    }

    private Map<Long, String> articleTitles() {
        return articles.list(null).stream().collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::title));
    }

    @Test
    void the_neutrality_map_has_every_kind_of_structure_and_anchored_evidence_from_both_papers() {
        signIn("student1", "STUDENT");
        OpenedMap map = demo("Iran's neutrality in the Qarabagh war");
        List<MapNode> nodes = map.nodes();

        assertThat(map.editable()).as("students read the demo maps but do not edit them").isFalse();
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.EVIDENCE).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(n -> assertThat(map.citationsOf(n.id())).isNotEmpty());
        assertThat(nodes).anySatisfy(n -> assertThat(n.kind() == NodeKind.OBJECTION
                && map.node(n.parentId()).kind() == NodeKind.OBJECTION).as("a rebuttal").isTrue());
        assertThat(nodes).anySatisfy(n -> assertThat(n.undercut()).as("an undercut").isTrue());
        assertThat(nodes.stream().filter(n -> n.reasonGroup() != null).count()).as("a co-premise group").isGreaterThanOrEqualTo(2);
        Map<Long, String> titles = articleTitles();
        Set<String> cited = map.citations().stream().map(c -> titles.get(c.articleId())).collect(Collectors.toSet());
        assertThat(cited).anyMatch(t -> t.startsWith("The Qarabagh Crisis")).anyMatch(t -> t.startsWith("Factors Influencing"));
        assertThat(map.citations()).allSatisfy(c -> assertThat(c.anchor()).isEqualTo(Citation.AnchorStatus.ANCHORED));
    }

    @Test
    void the_op_ed_map_answers_the_op_ed_with_objections_from_the_papers_and_the_interview() {
        signIn("student2", "STUDENT");
        OpenedMap map = demo("Iran, not Azerbaijan, stands in the way");
        Map<Long, String> titles = articleTitles();
        Set<String> objectionSources = map.nodes().stream().filter(n -> n.kind() == NodeKind.OBJECTION)
                .flatMap(o -> map.tree().children(o.id()).stream())
                .flatMap(e -> map.citationsOf(e.id()).stream()).map(c -> titles.get(c.articleId())).collect(Collectors.toSet());
        assertThat(objectionSources).anyMatch(t -> t.startsWith("Iran-Azerbaijan: neighbours"))
                .anyMatch(t -> t.startsWith("Factors Influencing")).anyMatch(t -> t.startsWith("The Qarabagh Crisis"));
        assertThat(map.tree().roots()).singleElement().satisfies(claim -> assertThat(titles.get(map.citationsOf(claim.id())
                .getFirst().articleId())).isEqualTo("Iran, Not Azerbaijan, Stands in the Way of Normal Relations"));
    }

    @Test
    void a_demo_map_with_a_quote_missing_from_its_article_is_refused_whole() {
        String title = "Broken demo map " + System.nanoTime();
        DemoNode evidence = new DemoNode("evidence", null, null, null,
                List.of(new Cite("oped", "words that are in no article at all")), null);
        DemoNode claim = new DemoNode("claim", "A claim.", null, null, null, List.of(evidence));
        DemoMap broken = new DemoMap(title, null, "instructor",
                Map.of("oped", "Iran, Not Azerbaijan, Stands in the Way of Normal Relations"), List.of(claim));

        assertThatThrownBy(() -> demoMaps.load(broken, "broken.json")).hasMessageContaining("Quote not found");

        signIn("instructor", "INSTRUCTOR");
        assertThat(maps.readableMaps()).noneMatch(m -> m.title().equals(title));
        assertThat(maps.bin()).noneMatch(m -> m.title().equals(title));
    }
}
