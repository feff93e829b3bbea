package org.warrant.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.accounts.Role;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.ArticleRejectedException;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleText;
import org.warrant.sources.CorrectionImpact;
import org.warrant.sources.StaleArticleException;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** An instructor corrects an article's text; every citation of it, in every map, follows or is marked orphaned. */
@WarrantTest
class ArticleCorrectionTest {

    @Autowired ArticleService articles;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ActivityLog activity;

    private final String suffix = Classroom.freshSuffix();
    private final String instructor = "teach" + suffix;
    private final String student = "student" + suffix;
    private long articleId;
    private long mapId;
    private MapNode trade;
    private MapNode ambassador;
    private MapNode typo;

    @BeforeEach
    void aMapCitingTwoPassages() {
        as(instructor, Role.INSTRUCTOR);
        articleId = articles.importArticle(new ArticleDraft("Corrections " + suffix, null, null, null, null, ArticleKind.NEWS, List.of(
                ArticleDraft.DraftBlock.paragraph("Iran has long opposed the goverment in Baku (" + suffix + ")."),
                ArticleDraft.DraftBlock.paragraph("Trade along the northern corridor fell by a third in two years."),
                ArticleDraft.DraftBlock.paragraph("The ambassador repeated the claim in Yerevan.")))).articleId();
        as(student, Role.STUDENT);
        mapId = maps.create("Corridor", null, List.of(articleId));
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Iran lost out");
        trade = cite(claim, "Trade along the northern corridor fell by a third");
        ambassador = cite(claim, "The ambassador repeated the claim in Yerevan");
        typo = cite(claim, "Iran has long opposed the goverment in Baku");
    }

    private MapNode cite(MapNode parent, String quote) {
        String body = articles.find(articleId).orElseThrow().body();
        int at = body.indexOf(quote);
        return edits.addEvidence(mapId, parent.id(), articleId, at, at + quote.length(), Stance.PRO, null);
    }

    private String corrected() {
        String text = ArticleText.of(articles.find(articleId).orElseThrow());
        return text.replace("goverment", "government").replace("The ambassador repeated the claim in Yerevan.", "A missing paragraph, restored.");
    }

    @Test
    void a_correction_moves_the_citations_it_can_place_and_orphans_the_one_it_cannot_keeping_its_quote() {
        java.time.Instant touchedBefore = maps.open(mapId).map().updatedAt();
        as(instructor, Role.INSTRUCTOR);

        CorrectionImpact.Impact preview = articles.previewCorrection(articleId, corrected());
        CorrectionImpact.Impact impact = articles.correct(articleId, 1, corrected(), "Fixed a typo; the last paragraph was another article's");

        assertThat(List.of(preview.moved(), preview.orphaned(), preview.maps())).isEqualTo(List.of(2, 1, 1));
        assertThat(impact).isEqualTo(preview);
        assertThat(impact.orphanedQuotes()).containsExactly("The ambassador repeated the claim in Yerevan");
        assertThat(articles.find(articleId).orElseThrow()).satisfies(a -> {
            assertThat(a.revision()).isEqualTo(2);
            assertThat(a.body()).contains("government").doesNotContain("ambassador");
        });
        assertThat(articles.revisions(articleId)).singleElement().satisfies(r -> {
            assertThat(r.revision()).isEqualTo(2);
            assertThat(r.correctedBy()).isEqualTo(instructor);
            assertThat(List.of(r.moved(), r.orphaned())).isEqualTo(List.of(2, 1));
        });
        as(student, Role.STUDENT);
        OpenedMap map = maps.open(mapId);
        String body = articles.find(articleId).orElseThrow().body();
        assertThat(map.citationsOf(trade.id())).singleElement().satisfies(c -> {
            assertThat(c.anchor()).isEqualTo(Citation.AnchorStatus.MOVED);
            assertThat(body.substring(c.startOffset(), c.endOffset())).isEqualTo(c.quote()).startsWith("Trade along");
        });
        assertThat(map.citationsOf(ambassador.id())).singleElement().satisfies(c -> {
            assertThat(c.anchor()).isEqualTo(Citation.AnchorStatus.ORPHANED);
            assertThat(c.quote()).isEqualTo("The ambassador repeated the claim in Yerevan");
        });
        assertThat(map.citationsOf(typo.id())).singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("Iran has long opposed the government in Baku"));
        assertThat(map.node(typo.id()).text()).as("evidence worded as its quote follows the corrected words").isEqualTo("Iran has long opposed the government in Baku");
        assertThat(map.map().updatedAt()).isAfterOrEqualTo(touchedBefore);
        assertThat(activity.of(mapId)).anySatisfy(line -> assertThat(line.summary()).contains("was corrected: 2 citations found again, 1 to re-attach"));
    }

    @Test
    void the_maps_editor_re_attaches_an_orphaned_citation_and_a_stranger_cannot() {
        as(instructor, Role.INSTRUCTOR);
        articles.correct(articleId, 1, corrected(), "Restored a paragraph");
        as(student, Role.STUDENT);
        Citation lost = maps.open(mapId).citationsOf(ambassador.id()).getFirst();
        String body = articles.find(articleId).orElseThrow().body();
        int at = body.indexOf("A missing paragraph");

        as("stranger" + suffix, Role.STUDENT);
        assertThatThrownBy(() -> edits.reattach(lost.id(), at, at + 19)).isInstanceOfAny(AccessDeniedException.class, MapNotFoundException.class);
        as(student, Role.STUDENT);
        edits.reattach(lost.id(), at, at + 19);

        assertThat(maps.open(mapId).citationsOf(ambassador.id())).singleElement().satisfies(c -> {
            assertThat(c.anchor()).isEqualTo(Citation.AnchorStatus.ANCHORED);
            assertThat(c.quote()).isEqualTo("A missing paragraph");
        });
    }

    @Test
    void a_correction_based_on_an_old_revision_is_refused_and_changes_nothing() {
        as(instructor, Role.INSTRUCTOR);
        articles.correct(articleId, 1, corrected(), "First correction");
        String afterFirst = articles.find(articleId).orElseThrow().body();

        assertThatThrownBy(() -> articles.correct(articleId, 1, corrected().replace("northern", "eastern"), "A stale second"))
                .isInstanceOf(StaleArticleException.class).hasMessageContaining("revision 2");
        assertThat(articles.find(articleId).orElseThrow().body()).isEqualTo(afterFirst);
        assertThat(articles.revisions(articleId)).hasSize(1);
    }

    @Test
    void a_student_cannot_correct_and_empty_unchanged_or_unexplained_corrections_are_refused() {
        as(student, Role.STUDENT);
        assertThatThrownBy(() -> articles.correct(articleId, 1, corrected(), "Mine")).isInstanceOf(AccessDeniedException.class);
        as(instructor, Role.INSTRUCTOR);
        String unchanged = ArticleText.of(articles.find(articleId).orElseThrow());
        assertThatThrownBy(() -> articles.previewCorrection(articleId, unchanged)).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("unchanged");
        assertThatThrownBy(() -> articles.correct(articleId, 1, "# Only a heading", "Emptied")).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("no paragraph");
        assertThatThrownBy(() -> articles.correct(articleId, 1, corrected(), " ")).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("what you corrected");
        assertThat(articles.find(articleId).orElseThrow().revision()).isEqualTo(1);
    }
}
