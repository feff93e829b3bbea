package org.warrant.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.testing.WarrantTest;

/** Against the real H2 file database under target/test-data, as the app runs it. */
@WarrantTest
class ArticleServiceTest {

    @Autowired ArticleService articles;
    @Autowired SeedArticleImporter seedImporter;
    @Autowired JdbcClient jdbc;

    private static ArticleDraft draft(String title, String... paragraphs) {
        return new ArticleDraft(title, "Nigar Aliyeva", "Test Outlet", null, "https://example.org/a", ArticleKind.OP_ED,
                java.util.Arrays.stream(paragraphs).map(DraftBlock::paragraph).toList());
    }

    private long articleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    @Test
    @WithMockUser(roles = "STUDENT")
    void the_five_seed_articles_are_in_the_library() {
        assertThat(articles.list(null)).extracting(ArticleSummary::title).contains(
                "The Qarabagh Crisis and Its Consequences on the Foreign Policy of Iran and the Republic of Azerbaijan",
                "Iran-Azerbaijan: neighbours, partners, foes?", "Azerbaijan - Iran Relations");
    }

    @Test
    void importing_the_seeds_again_adds_nothing() throws Exception {
        long before = articleCount();
        seedImporter.run(null);
        seedImporter.run(null);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_persian_article_is_stored_with_its_language_and_an_english_one_with_its_own() {
        String persian = "بی‌طرفی ایران در جنگ قره‌باغ به منافع آن آسیب زد (" + System.nanoTime() + ").";
        String english = "The trust of the neighbours was lost, and it was the price of neutrality (" + System.nanoTime() + ").";

        assertThat(articles.find(articles.importArticle(draft("Persian " + System.nanoTime(), persian)).articleId()).orElseThrow().language())
                .isEqualTo("fa");
        assertThat(articles.find(articles.importArticle(draft("English " + System.nanoTime(), english)).articleId()).orElseThrow().language())
                .isEqualTo("en");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void non_ascii_text_keeps_its_offsets_through_the_database() {
        String quote = "Iran’s “little Satan”: Əliyev’s über-cautious café diplomacy, 𝑥 included.";
        ImportResult result = articles.importArticle(draft("Offsets " + System.nanoTime(), "Opening line.", quote));
        Article stored = articles.find(result.articleId()).orElseThrow();
        ArticleBlock second = stored.blocks().get(1);
        assertThat(stored.textOf(second)).isEqualTo(quote);
        assertThat(second.startOffset()).isEqualTo("Opening line.\n\n".length());
        assertThat(stored.importedBy()).isEqualTo("instructor");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void the_same_text_imported_twice_is_one_article() {
        String unique = "A paragraph that exists once " + System.nanoTime() + ".";
        ImportResult first = articles.importArticle(draft("First title", unique));
        ImportResult second = articles.importArticle(draft("Another title", unique));
        assertThat(second.alreadyPresent()).isTrue();
        assertThat(second.articleId()).isEqualTo(first.articleId());
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_article_without_paragraphs_is_refused_and_nothing_is_stored() {
        long before = articleCount();
        assertThatThrownBy(() -> articles.importArticle(new ArticleDraft("Empty", null, null, null, null, ArticleKind.OTHER,
                List.of(DraftBlock.heading(2, "Only a heading")))))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("empty");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_article_without_a_title_is_refused() {
        assertThatThrownBy(() -> articles.importArticle(draft("  ", "Text."))).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("needs a title");
    }

    @Test
    @WithMockUser(username = "student1", roles = "STUDENT")
    void a_student_cannot_import_an_article() {
        long before = articleCount();
        assertThatThrownBy(() -> articles.importArticle(draft("Student import", "Text " + System.nanoTime())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void nobody_signed_in_cannot_list_or_read_articles() {
        assertThatThrownBy(() -> articles.list(null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> articles.find(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "STUDENT")
    void the_filter_matches_title_author_outlet_and_kind_case_insensitively() {
        assertThat(articles.list("CALIBER")).extracting(ArticleSummary::title).containsExactly("Iran-Azerbaijan: neighbours, partners, foes?");
        assertThat(articles.list("reference page")).extracting(ArticleSummary::title).containsExactly("Azerbaijan - Iran Relations");
        assertThat(articles.list("no such article anywhere")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "INSTRUCTOR")
    void an_instructor_sets_an_articles_language_and_only_to_one_warrant_knows() {
        long id = articles.list(null).getFirst().id();
        String before = articles.find(id).orElseThrow().language();

        articles.setLanguage(id, "az");
        org.assertj.core.api.Assertions.assertThat(articles.find(id).orElseThrow().language()).isEqualTo("az");
        articles.setLanguage(id, null);
        org.assertj.core.api.Assertions.assertThat(articles.find(id).orElseThrow().language()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> articles.setLanguage(id, "xx"))
                .isInstanceOf(IllegalArgumentException.class);
        articles.setLanguage(id, before);
    }

    @Test
    @WithMockUser(roles = "STUDENT")
    void a_student_cannot_change_an_articles_language() {
        long id = articles.list(null).getFirst().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> articles.setLanguage(id, "fa"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
