package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.drafts.MapDraftService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.maps.OpenedMap;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** Export, import, export: the same text, and the same map. */
@WarrantTest
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class OutlineRoundTripTest {

    static final int RANDOM_MAPS = 500;

    @Autowired OutlineService outlines;
    @Autowired MapService maps;
    @Autowired MapDraftService drafts;
    @Autowired ArticleService articles;

    @Test
    void demo_maps_survive_export_import_export_unchanged() {
        for (MapSummary demo : maps.readableMaps().stream().filter(m -> m.owner().equals("instructor") && m.shared()).toList()) {
            String first = outlines.export(demo.id()).markdown();
            long copy = outlines.importOutline(first, "unused", null);
            assertThat(outlines.export(copy).markdown()).isEqualTo(first);
            assertThat(shape(maps.open(copy))).isEqualTo(shape(maps.open(demo.id())));
        }
    }

    @Test
    void random_maps_survive_export_import_export_unchanged() {
        List<Article> library = seedArticles(articles);
        for (long seed = 1; seed <= RANDOM_MAPS; seed++) {
            long original = drafts.create(RandomMaps.draft(seed, library));
            String first = outlines.export(original).markdown();
            long imported;
            try {
                imported = outlines.importOutline(first, "unused", null);
            } catch (OutlineRejectedException e) {
                throw new AssertionError("seed " + seed + ": " + e.problems() + "\n" + first, e);
            }
            assertThat(outlines.export(imported).markdown()).as("seed %d", seed).isEqualTo(first);
            assertThat(shape(maps.open(imported))).as("seed %d", seed).isEqualTo(shape(maps.open(original)));
        }
    }

    @Test
    void a_long_outline_read_in_pieces_round_trips_and_places_problems_on_their_lines() {
        List<org.warrant.drafts.MapDraft.Node> nodes = new java.util.ArrayList<>();
        for (int c = 0; c < 300; c++) {
            nodes.add(new org.warrant.drafts.MapDraft.Node(org.warrant.maps.NodeRefs.next(), null, org.warrant.maps.NodeKind.CLAIM,
                    org.warrant.maps.Stance.NONE, "Claim " + c + " " + "with a long and *marked-up* text, ".repeat(4), null, false, List.of()));
            int claim = nodes.size() - 1;
            for (int p = 0; p < 5; p++) {
                nodes.add(new org.warrant.drafts.MapDraft.Node(org.warrant.maps.NodeRefs.next(), claim, org.warrant.maps.NodeKind.PREMISE,
                        org.warrant.maps.Stance.PRO, "Premise " + p + " of claim " + c + ":\n" + "a reason\\ ".repeat(6), null, false, List.of()));
            }
        }
        long original = drafts.create(new org.warrant.drafts.MapDraft("Long map", null, List.of(seedArticles(articles).getFirst().id()), nodes));
        String first = outlines.export(original).markdown();
        assertThat(OutlineReader.pieces(first)).as("read in pieces").hasSizeGreaterThan(2);

        long imported = outlines.importOutline(first, "unused", null);
        assertThat(outlines.export(imported).markdown()).isEqualTo(first);
        assertThat(shape(maps.open(imported))).isEqualTo(shape(maps.open(original)));

        int broken = first.lastIndexOf("**Premise**");
        int line = (int) first.substring(0, broken).lines().count();
        String outline = first.substring(0, broken) + "**Hunch**" + first.substring(broken + "**Premise**".length());
        int before = maps.readableMaps().size();
        OutlineRejectedException e = org.assertj.core.api.Assertions.catchThrowableOfType(OutlineRejectedException.class,
                () -> outlines.importOutline(outline, "unused", null));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("\"Hunch\" is not a role");
        });
        assertThat(maps.readableMaps()).as("the pieces written before the last one's problem are gone").hasSize(before);
    }

    /** The five seed articles, in a fixed order, so that a seed makes the same map in any database. */
    static List<Article> seedArticles(ArticleService articles) {
        return articles.list(null).stream().filter(a -> articles.find(a.id()).orElseThrow().importedBy() == null) // imported at first start
                .sorted(java.util.Comparator.comparing(org.warrant.sources.ArticleSummary::title))
                .map(a -> articles.find(a.id()).orElseThrow()).toList();
    }

    /** A map's content without database ids: every node by ref, in outline order, with its citations. */
    static List<String> shape(OpenedMap content) {
        Map<Long, String> refs = content.nodes().stream().collect(Collectors.toMap(MapNode::id, MapNode::ref));
        Function<Long, String> ref = id -> id == null ? "-" : refs.get(id);
        List<String> shape = new java.util.ArrayList<>();
        shape.add(content.map().title() + " | " + content.map().description() + " | " + content.map().articleIds());
        for (MapNode n : content.tree().inTreeOrder()) {
            shape.add(String.join(" | ", n.ref(), ref.apply(n.parentId()), n.kind().name(), n.stance().name(), n.text(),
                    ref.apply(n.reasonGroup()), Boolean.toString(n.undercut()),
                    content.citationsOf(n.id()).stream().map(c -> c.articleId() + ":" + c.startOffset() + "-" + c.endOffset()
                            + ":" + c.quote()).toList().toString()));
        }
        return shape;
    }
}
