package org.warrant.sources.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.testing.WarrantTest;

@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class LibraryAndReaderViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;

    private long idOf(String title) {
        return articles.list(title).stream().filter(a -> a.title().equals(title)).findFirst().map(ArticleSummary::id).orElseThrow();
    }

    @Test
    void the_library_shows_a_card_per_article_with_outlet_and_kind() {
        LibraryView library = navigate(LibraryView.class);
        assertThat(library.cards.getChildren().filter(c -> c.getElement().getClassList().contains("article-card-item")).count()).isGreaterThanOrEqualTo(5);
        assertThat(library.cards.getElement().getText() + library.cards.getElement().getTextRecursively())
                .contains("Caliber.Az").contains("Interview").contains("Academic paper");
    }

    @Test
    void the_filter_narrows_the_library_and_says_when_nothing_matches() {
        LibraryView library = navigate(LibraryView.class);
        test(library.filter).setValue("globalsecurity");
        assertThat(library.cards.getChildren().filter(c -> c.getElement().getClassList().contains("article-card-item")).count()).isEqualTo(1);
        test(library.filter).setValue("zzz no match");
        assertThat($(Paragraph.class).from(library.cards).single().getText()).contains("No article matches");
    }

    @Test
    void the_reader_shows_title_byline_headings_and_numbered_paragraphs_with_links() {
        long id = idOf("Iran-Azerbaijan: neighbours, partners, foes?");
        ReaderView reader = navigate("articles/" + id, ReaderView.class);
        assertThat($(H1.class).from(reader).first().getText()).isEqualTo("Iran-Azerbaijan: neighbours, partners, foes?");
        assertThat(reader.getElement().getTextRecursively()).contains("Samir Ibrahimov · Caliber.Az · 11 September 2023");
        Div third = $(Div.class).withId("p3").single();
        assertThat(third.getElement().getTextRecursively()).startsWith("3\"There has been confusion");
        assertThat(third.getChildren().findFirst().orElseThrow().getElement().getAttribute("href")).isEqualTo("#p3");
        assertThat($(Paragraph.class).from(third).single().getElement().getAttribute("dir")).as("its own direction").isEqualTo("auto");
        String lang = articles.find(id).orElseThrow().language(); // null for seeds stored before languages were guessed
        assertThat($(com.vaadin.flow.component.html.Article.class).from(reader).single().getElement().getAttribute("lang")).isEqualTo(lang);
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_sets_the_texts_language_from_the_reader_and_a_student_is_not_offered_it() {
        long id = idOf("Iran-Azerbaijan: neighbours, partners, foes?");
        String before = articles.find(id).orElseThrow().language();
        ReaderView reader = navigate("articles/" + id, ReaderView.class);
        @SuppressWarnings("unchecked")
        var choice = (com.vaadin.flow.component.select.Select<String>) $(com.vaadin.flow.component.select.Select.class).from(reader).single();

        test(choice).selectItem("Azerbaijani");

        assertThat(articles.find(id).orElseThrow().language()).isEqualTo("az");
        test(choice).selectItem(before == null ? "Another language" : "English");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("student1", null, "ROLE_STUDENT"));
        ReaderView asStudent = navigate("articles/" + id, ReaderView.class);
        assertThat($(com.vaadin.flow.component.select.Select.class).from(asStudent).all()).isEmpty();
    }

    @Test
    void a_reader_address_without_an_article_says_it_was_not_found() {
        ReaderView reader = navigate("articles/987654321", ReaderView.class);
        assertThat($(H1.class).from(reader).single().getText()).isEqualTo("Article not found");
    }

    @Test
    void article_text_that_looks_like_html_is_shown_as_text() {
        long id = idOf("Iran-Azerbaijan: neighbours, partners, foes?");
        ReaderView reader = navigate("articles/" + id, ReaderView.class);
        assertThat($(Paragraph.class).from(reader).all()).allSatisfy(p -> assertThat(p.getElement().getProperty("innerHTML")).isNull());
    }
}
