package org.warrant.sources.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;

/** Details stated at the top of a plain text become the article's details, and leave its text (issue 17). */
class ArticleHeaderTest {

    @Test
    void a_first_line_of_title_source_and_date_fills_the_details_and_leaves_the_text() {
        ArticleDraft draft = PlainTextReader.fromText("""
                TITLE: Baku and Tehran after 2020 | SOURCE: Caucasus Review | DATE: 2021-03-04

                Relations cooled after the war.
                Trade did not.""", "Untitled article", true);
        assertThat(draft.title()).isEqualTo("Baku and Tehran after 2020");
        assertThat(draft.outlet()).isEqualTo("Caucasus Review");
        assertThat(draft.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(draft.blocks()).extracting(DraftBlock::text).containsExactly("Relations cooled after the war.", "Trade did not.");
    }

    @Test
    void title_author_date_and_url_lines_at_the_top_are_read_in_any_order() {
        ArticleDraft draft = PlainTextReader.fromText("""
                Title: A statement on the border
                Author: Ministry of Foreign Affairs
                Date: 14 November 2013
                URL: https://example.org/statement

                The ministry states its position.""", "Untitled article", true);
        assertThat(draft).extracting(ArticleDraft::title, ArticleDraft::authors, ArticleDraft::publishedOn, ArticleDraft::sourceUrl)
                .containsExactly("A statement on the border", "Ministry of Foreign Affairs", LocalDate.of(2013, 11, 14),
                        "https://example.org/statement");
        assertThat(draft.blocks()).extracting(DraftBlock::text).containsExactly("The ministry states its position.");
    }

    @Test
    void a_first_paragraph_that_merely_has_a_colon_is_text() {
        ArticleDraft draft = PlainTextReader.fromText("Note: the talks resumed in May.\nBoth sides attended.", "Untitled article", true);
        assertThat(draft.title()).isEqualTo("Untitled article");
        assertThat(draft.blocks()).hasSize(2);
        assertThat(PlainTextReader.header("Note: the talks resumed in May.")).isEmpty();
    }

    @Test
    void a_pasted_text_and_the_same_text_uploaded_get_the_same_title_even_when_hard_wrapped() {
        String text = """
                Iran's neutrality in the Qarabagh war

                The foreign policy of the Islamic Republic was not able
                to resolve the territorial issues of the two countries
                along the lines of its national interests because it
                concluded to the divergence of Azerbaijan from Iran.""";
        ArticleDraft pasted = PlainTextReader.fromText(text, "Untitled article", true);
        ArticleDraft uploaded = new ArticleFileReader(org.springframework.util.unit.DataSize.ofMegabytes(20), 2_000_000)
                .read("neutrality.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pasted.title()).isEqualTo("Iran's neutrality in the Qarabagh war").isEqualTo(uploaded.title());
        assertThat(pasted.blocks()).isEqualTo(uploaded.blocks()).hasSize(1);
    }

    @Test
    void kept_as_text_the_first_lines_stay_paragraphs_and_name_nothing() {
        ArticleDraft draft = PlainTextReader.fromText("TITLE: X | SOURCE: Y\n\nBody text.", "Untitled article", false);
        assertThat(draft.title()).isEqualTo("Untitled article");
        assertThat(draft.blocks()).extracting(DraftBlock::text).containsExactly("TITLE: X | SOURCE: Y", "Body text.");
    }
}
