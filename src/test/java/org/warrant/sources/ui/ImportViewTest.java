package org.warrant.sources.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.testing.WarrantTest;

@WarrantTest(properties = "warrant.import.max-file-bytes=1MB")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;

    private long articleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    private ImportView uploadFile(String name, byte[] bytes) {
        ImportView view = navigate(ImportView.class);
        test(view.upload).upload(name, "application/octet-stream", bytes);
        view.reading.join(); // the file is read off the UI thread; wait for it,
        VaadinSession session = VaadinSession.getCurrent(); // then run the UI update it queued with ui.access()
        session.getService().runPendingAccessTasks(session);
        return view;
    }

    @Test
    void an_uploaded_markdown_file_prefills_the_form_and_imports_into_the_reader() {
        String unique = "Paragraph " + System.nanoTime() + " of the imported article.";
        byte[] md = ("---\ntitle: Imported Article\nauthors: Nigar Aliyeva\noutlet: Test Quarterly\n---\n\n" + unique + "\n").getBytes(UTF_8);
        ImportView view = uploadFile("article.md", md);
        assertThat(view.review.isVisible()).isTrue();
        assertThat(view.form.title.getValue()).isEqualTo("Imported Article");
        assertThat(view.form.outlet.getValue()).isEqualTo("Test Quarterly");

        long before = articleCount();
        test(view.importButton).click();
        assertThat(articleCount()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(ReaderView.class);
    }

    @Test
    void details_read_from_the_first_line_are_shown_and_can_be_kept_as_text_instead() {
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue("TITLE: A statement | SOURCE: The Ministry | DATE: 2013-11-14\n\nFirst paragraph "
                + System.nanoTime() + ".");
        test(view.usePasted).click();
        assertThat(view.form.title.getValue()).isEqualTo("A statement");
        assertThat(view.form.outlet.getValue()).isEqualTo("The Ministry");
        assertThat(view.form.published.getValue()).isEqualTo(java.time.LocalDate.of(2013, 11, 14));
        assertThat(view.headerNote.isVisible()).isTrue();
        assertThat(view.headerNote.getElement().getTextRecursively()).contains("“TITLE: A statement | SOURCE: The Ministry");
        assertThat(view.form.preview.getElement().getTextRecursively()).contains("1 paragraph");

        test(view.headerNote.keepAsText).click();
        assertThat(view.form.title.getValue()).isEqualTo("Untitled article");
        assertThat(view.form.outlet.getValue()).isEmpty();
        assertThat(view.form.preview.getElement().getTextRecursively()).contains("2 paragraphs").contains("TITLE: A statement");
        assertThat(view.headerNote.isVisible()).isFalse();
    }

    @Test
    void pasted_text_becomes_a_draft_with_its_first_line_as_title() {
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue("A Pasted Title\n\nFirst paragraph " + System.nanoTime() + ".\nSecond paragraph.");
        test(view.usePasted).click();
        assertThat(view.form.title.getValue()).isEqualTo("A Pasted Title");
        assertThat(view.form.preview.getElement().getTextRecursively()).contains("2 paragraphs");
    }

    @Test
    void the_guessed_language_is_shown_and_the_one_chosen_is_stored() {
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue("بی‌طرفی ایران\n\nجمهوری اسلامی ایران در این جنگ بی‌طرف ماند " + System.nanoTime() + ".");
        test(view.usePasted).click();
        assertThat(view.form.language.getValue()).isEqualTo("fa");
        assertThat(view.form.preview.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Paragraph))
                .as("a Persian paragraph reads right to left in the preview").isNotEmpty()
                .allSatisfy(p -> assertThat(p.getElement().getAttribute("dir")).isEqualTo("auto"));

        test(view.form.language).selectItem("Arabic");
        test(view.importButton).click();
        String stored = jdbc.sql("SELECT language FROM article ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(stored).isEqualTo("ar");
    }

    @Test
    void a_missing_title_is_flagged_and_nothing_is_stored() {
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue("Only a paragraph " + System.nanoTime() + ".");
        test(view.usePasted).click();
        test(view.form.title).setValue("");
        long before = articleCount();
        test(view.importButton).click();
        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(articleCount()).isEqualTo(before);
    }

    static Stream<Arguments> badFiles() throws Exception {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "is empty"),
                Arguments.of("binary.txt", new byte[] {1, 2, 0, 4, 5, 0}, "binary file"),
                Arguments.of("latin1.txt", "Caf\u00e9 au lait".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "not UTF-8"),
                Arguments.of("huge.txt", new byte[2 * 1024 * 1024], "files up to 1.0 MB"),
                Arguments.of("locked.pdf", org.warrant.sources.importing.PdfFixtures.encrypted(), "encrypted with a password"),
                Arguments.of("broken.pdf", "%PDF-1.4 garbage".getBytes(UTF_8), "not a readable PDF"),
                Arguments.of("slides.pptx", "x".getBytes(UTF_8), "reads .txt, .md, .html and .pdf"));
    }

    @ParameterizedTest(name = "{0} is refused with a clear message")
    @MethodSource("badFiles")
    void a_bad_file_gets_a_clear_message_and_stores_nothing(String name, byte[] bytes, String message) {
        long before = articleCount();
        ImportView view = uploadFile(name, bytes);
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).contains(message);
        assertThat(view.review.isVisible()).isFalse();
        assertThat(articleCount()).isEqualTo(before);
    }
}
