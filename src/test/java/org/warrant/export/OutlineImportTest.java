package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapRules;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.OpenedMap;
import org.warrant.maps.Stance;
import org.warrant.shared.MarkdownNesting;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** Hand-written outlines, and every kind of malformed outline: its message, its line, and no map created. */
@WarrantTest
@WithMockUser(username = "student3", roles = "STUDENT")
class OutlineImportTest {

    private static final String SENTENCE = "The country's policy is to maintain stable and mutually beneficial relations with all the countries it borders.";

    @Autowired OutlineService outlines;
    @Autowired MapService maps;
    @Autowired ArticleService articles;
    private long interview;
    private String header;

    @BeforeEach
    void interview() {
        interview = articles.list("Caliber").getFirst().id();
        header = """
                # A map

                - Format: Warrant outline 1
                - Article “Interview”: *Iran-Azerbaijan: neighbours, partners, foes?*, Caliber.Az

                ## Argument map

                """;
    }

    @Test
    void a_hand_written_list_becomes_claims_reasons_objections_and_anchored_evidence() {
        String outline = """
                # Good neighbours

                - Azerbaijan wants good relations with Iran.
                  - + Its policy is balance with every neighbour.
                    > The country's policy is to maintain stable and mutually
                    > beneficial relations with all the countries it borders.
                  - Con: There have been misunderstandings.
                  - - Baku courts Israel.
                  - Pro: Diplomacy continues.
                - Iran is the obstacle.
                """;
        OpenedMap map = maps.open(outlines.importOutline(outline, "unused", interview));

        assertThat(map.map().title()).isEqualTo("Good neighbours");
        assertThat(map.tree().inTreeOrder()).extracting(MapNode::kind, MapNode::stance, MapNode::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NodeKind.CLAIM, Stance.NONE, "Azerbaijan wants good relations with Iran."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.PREMISE, Stance.PRO, "Its policy is balance with every neighbour."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.EVIDENCE, Stance.PRO,
                        "The country's policy is to maintain stable and mutually beneficial relations with all the countries it borders."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.OBJECTION, Stance.CON, "There have been misunderstandings."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.OBJECTION, Stance.CON, "Baku courts Israel."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.PREMISE, Stance.PRO, "Diplomacy continues."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.CLAIM, Stance.NONE, "Iran is the obstacle."));
        Citation cited = map.citations().getFirst();
        String body = articles.find(interview).orElseThrow().body();
        assertThat(cited.quote()).isEqualTo(SENTENCE);
        assertThat(body.substring(cited.startOffset(), cited.endOffset())).isEqualTo(SENTENCE);
    }

    @Test
    void plus_and_minus_bullets_are_pro_and_con_and_a_star_is_a_reason() {
        String outline = """
                * Azerbaijan wants good relations with Iran.
                  + Its policy is balance with every neighbour.
                    > The country's policy is to maintain stable and mutually
                    > beneficial relations with all the countries it borders.
                  - There have been misunderstandings.
                    + They were cleared up.
                  * Trade grows.
                """;
        OpenedMap map = maps.open(outlines.importOutline(outline, "Bullets", interview));

        assertThat(map.tree().inTreeOrder()).extracting(MapNode::kind, MapNode::stance, MapNode::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NodeKind.CLAIM, Stance.NONE, "Azerbaijan wants good relations with Iran."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.PREMISE, Stance.PRO, "Its policy is balance with every neighbour."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.EVIDENCE, Stance.PRO, SENTENCE),
                org.assertj.core.groups.Tuple.tuple(NodeKind.OBJECTION, Stance.CON, "There have been misunderstandings."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.PREMISE, Stance.PRO, "They were cleared up."),
                org.assertj.core.groups.Tuple.tuple(NodeKind.PREMISE, Stance.PRO, "Trade grows."));
    }

    @Test
    void a_quote_with_words_left_out_cites_each_part_in_the_articles_order() {
        String outline = """
                - Azerbaijan wants good relations with Iran.
                  - > The country's policy is to maintain stable […] relations with all the countries it borders.
                  - > … mutually beneficial relations …
                """;
        OpenedMap map = maps.open(outlines.importOutline(outline, "Gaps", interview));
        String body = articles.find(interview).orElseThrow().body();
        List<MapNode> evidence = map.tree().inTreeOrder().stream().filter(n -> n.kind() == NodeKind.EVIDENCE).toList();

        List<Citation> first = map.citationsByNode().get(evidence.getFirst().id());
        assertThat(first).extracting(c -> body.substring(c.startOffset(), c.endOffset()))
                .containsExactly("The country's policy is to maintain stable", "relations with all the countries it borders.");
        assertThat(first.get(0).endOffset()).isLessThan(first.get(1).startOffset());
        assertThat(evidence.getFirst().text()).contains("stable … relations"); // Markdown reads "[…]" as bracketed text
        assertThat(map.citationsByNode().get(evidence.get(1).id())).extracting(Citation::quote)
                .containsExactly("mutually beneficial relations");
    }

    @Test
    void parts_of_a_quote_out_of_the_articles_order_are_refused_saying_so() {
        OutlineRejectedException e = refused("- A claim.\n  - > relations with all the countries it borders … The country's policy\n",
                interview);
        assertThat(e.problems().getFirst().message()).contains("after the part before it");
    }

    @Test
    void a_list_bulleted_only_with_minus_signs_is_read_as_plain_bullets() {
        String outline = """
                - Azerbaijan wants good relations with Iran.
                  - Its policy is balance with every neighbour.
                  - Con: There have been misunderstandings.
                """;
        OpenedMap map = maps.open(outlines.importOutline(outline, "Dashes", interview));

        assertThat(map.tree().inTreeOrder()).extracting(MapNode::kind, MapNode::stance).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NodeKind.CLAIM, Stance.NONE),
                org.assertj.core.groups.Tuple.tuple(NodeKind.PREMISE, Stance.PRO),
                org.assertj.core.groups.Tuple.tuple(NodeKind.OBJECTION, Stance.CON));
    }

    @Test
    void a_hand_written_list_without_an_article_asks_for_one() {
        OutlineRejectedException e = refused("- A claim.\n  - > " + SENTENCE, null);
        assertThat(e.needsArticle()).isTrue();
        assertThat(e.problems().getFirst().message()).contains("choose the article");
    }

    @Test
    void empty_and_oversized_outlines_are_refused() {
        assertProblem(refused("  \n", interview), 0, "The outline is empty.");
        assertProblem(refused("- x\n".repeat(OutlineService.MAX_CHARS / 4 + 1), interview), 0, "at most 5,000,000 can be imported");
    }

    @Test
    void an_outline_of_another_format_version_is_refused() {
        assertProblem(refused(header.replace("outline 1", "outline 7") + "- **Claim**: C.\n", null), 3, "reads outlines of format 1");
    }

    @Test
    void an_outline_without_its_map_heading_is_refused() {
        assertProblem(refused("# A map\n\n- Format: Warrant outline 1\n\nJust a paragraph.\n", null), 0, "no \"## Argument map\" heading");
    }

    @Test
    void items_must_name_a_known_role_with_a_stance() {
        assertProblem(refused(header + "- Just text.\n", null), 8, "starts with its role in bold");
        assertProblem(refused(header + "- **Hunch** (pro): x\n", null), 8, "\"Hunch\" is not a role");
        assertProblem(refused(header + "- **Claim** x\n", null), 8, "the stance in brackets and a colon");
    }

    @Test
    void a_quote_needs_its_source_line_and_must_be_in_the_article() {
        String claim = "- **Claim**: C.\n  - **Evidence** (pro): E.\n\n";
        assertProblem(refused(header + claim + "    > " + SENTENCE + "\n", null), 11, "ends with a line saying where it is");
        assertProblem(refused(header + claim + "    > Words the interview never says.\n    >\n    > — Interview, ¶ 2, characters 1–2\n", null),
                11, "The quote is not in “Interview”");
        assertProblem(refused(header + claim + "    > " + SENTENCE + "\n    >\n    > — Elsewhere, ¶ 2, characters 1–2\n", null),
                11, "“Elsewhere” is not one of the articles listed");
        assertProblem(refused(header + claim + "    > relations\n    >\n    > — Interview, ¶ 99, characters 1–2\n", null),
                11, "times in “Interview”; quote a few more words");
    }

    @Test
    void an_article_missing_from_the_library_is_named() {
        assertProblem(refused(header.replace("*Iran-Azerbaijan: neighbours, partners, foes?*", "*A paper nobody imported*")
                + "- **Claim**: C.\n", null), 4, "“A paper nobody imported” is not in the library");
    }

    @Test
    void a_hand_written_list_of_one_huge_line_is_asked_for_its_article_saying_why_and_what_else_is_wrong() {
        OutlineRejectedException e = refused("- " + "word ".repeat(200_000) + "\n", null);
        assertThat(e.needsArticle()).isTrue();
        assertProblem(e, 0, "This is a hand-written list, not Warrant's outline format");
        assertProblem(e, 1, "A node's text is at most 2,000 characters; this one has 999,999");
    }

    @Test
    void the_rules_of_maps_hold_with_line_numbers() {
        assertProblem(refused(header + "- **Premise** (pro): Not a claim.\n", null), 8, "Only claims stand at the top");
        assertProblem(refused(header + "- **Claim**: C.\n  - **Claim**: Nested.\n", null), 9, "A claim stands on its own");
        assertProblem(refused(header + "- **Claim**: C.\n  - **Undercut** (con, attacks the inference): U.\n", null), 9, "put it under the reason");
        assertProblem(refused(header + "- **Claim**: C.\n  - **Evidence** (pro): No quote.\n", null), 9, "Evidence cites at least one passage");
        assertProblem(refused(header + "- **Claim**: C.\n  - **Premise** (con): Wrong stance.\n", null), 9, "can't be con here");
        assertProblem(refused(header + "- **Claim**: A. <!-- id: same -->\n- **Claim**: B. <!-- id: same -->\n", null), 9, "used twice");
        assertProblem(refused(header + "- **Claim**: " + "x".repeat(MapRules.MAX_TEXT_LENGTH + 1) + "\n", null), 8,
                "at most 2,000 characters");
    }

    @Test
    void too_many_nodes_and_too_deep_nesting_are_refused() {
        assertProblem(refused("- c\n".repeat(MapRules.MAX_NODES + 2), interview), MapRules.MAX_NODES + 2, "at most 10,000 nodes");
        StringBuilder format = new StringBuilder(header); // long enough to be read in pieces
        for (int i = 1; i <= MapRules.MAX_NODES + 2; i++) {
            format.append("- **Claim**: Claim number ").append(i).append(" of a map that is too large. <!-- id: c").append(i).append(" -->\n");
        }
        assertThat(OutlineReader.pieces(format.toString())).hasSizeGreaterThan(2);
        assertProblem(refused(format.toString(), null), 7 + MapRules.MAX_NODES + 2, "at most 10,000 nodes");
        StringBuilder deep = new StringBuilder("- c\n");
        for (int i = 1; i <= MarkdownNesting.MAX_DEPTH + 2; i++) {
            deep.append("  ".repeat(i)).append("- r\n");
        }
        assertProblem(refused(deep.toString(), interview), MarkdownNesting.MAX_DEPTH + 3, "103 levels deep at line 103");
    }

    @Test
    void the_audits_nine_thousand_levels_on_one_line_are_refused_before_parsing() {
        assertProblem(refused("- ".repeat(9_000) + "x\n", interview), 1, "9000 levels deep at line 1; Warrant reads at most 100");
    }

    @Test
    void an_outline_that_runs_on_without_closing_a_link_title_is_refused_with_what_to_do() {
        assertProblem(refused("- [a](b \"" + "x".repeat(1_500_000) + "\n", interview), 0,
                "runs on too long without closing something it opened");
    }

    @Test
    void a_map_deeper_than_the_rules_allow_is_refused_at_its_first_node_too_deep() {
        StringBuilder deep = new StringBuilder("- c\n");
        for (int i = 1; i <= MapRules.MAX_DEPTH; i++) {
            deep.append("  ".repeat(i)).append(i % 2 == 1 ? "- Con: r\n" : "- Con: s\n");
        }
        assertProblem(refused(deep.toString(), interview), MapRules.MAX_DEPTH + 1, "at most 40 levels deep");
    }

    private OutlineRejectedException refused(String outline, Long articleId) {
        int before = maps.readableMaps().size();
        OutlineRejectedException e = catchThrowableOfType(OutlineRejectedException.class,
                () -> outlines.importOutline(outline, "Fallback", articleId));
        assertThat(e).as("refused: %s", outline.length() > 300 ? outline.substring(0, 300) : outline).isNotNull();
        assertThat(maps.readableMaps()).as("nothing created").hasSize(before);
        return e;
    }

    private static void assertProblem(OutlineRejectedException e, int line, String message) {
        List<OutlineProblem> problems = e.problems();
        assertThat(problems).as("problems").anyMatch(p -> p.line() == line && p.message().contains(message));
    }
}
