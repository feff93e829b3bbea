package org.warrant.export.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.export.OutlineService;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.testing.WarrantTest;

/** Importing outlines in the view: paste or upload, problems with their lines, the article question. */
@WarrantTest
@WithMockUser(username = "student2", roles = "STUDENT")
class ImportOutlineViewTest extends SpringBrowserlessTest {

    @Autowired OutlineService outlines;
    @Autowired MapService maps;

    private ImportOutlineView upload(String name, byte[] bytes) {
        ImportOutlineView view = navigate(ImportOutlineView.class);
        test(view.upload).upload(name, "text/markdown", bytes);
        VaadinSession session = VaadinSession.getCurrent(); // the file's text is put into the form with ui.access()
        session.getService().runPendingAccessTasks(session);
        return view;
    }

    private String demoOutline() {
        MapSummary demo = maps.readableMaps().stream().filter(m -> m.shared()).findFirst().orElseThrow();
        return outlines.export(demo.id()).markdown();
    }

    @Test
    void a_pasted_exported_outline_becomes_a_new_map_opened_in_the_editor() {
        ImportOutlineView view = navigate(ImportOutlineView.class);
        int before = maps.readableMaps().size();
        test(view.text).setValue(demoOutline());
        test(view.importButton).click();
        assertThat(maps.readableMaps()).hasSize(before + 1);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MapEditorView");
    }

    @Test
    void an_uploaded_file_fills_the_outline_and_the_title() {
        ImportOutlineView view = upload("seminar-notes.md", "- A claim.\n  - Pro: a reason.\n".getBytes(UTF_8));
        assertThat(view.text.getValue()).isEqualTo("- A claim.\n  - Pro: a reason.\n");
        assertThat(view.title.getValue()).isEqualTo("seminar notes");

        byte[] withBom = "\uFEFF# Notes\n\n- A claim.\n".getBytes(UTF_8); // as some Windows editors save it
        assertThat(upload("notes.md", withBom).text.getValue()).isEqualTo("# Notes\n\n- A claim.\n");
    }

    @Test
    void a_hand_written_list_is_shown_as_read_with_its_likely_article_and_made_on_confirming() {
        ImportOutlineView view = navigate(ImportOutlineView.class);
        int before = maps.readableMaps().size();
        test(view.text).setValue("- Azerbaijan wants good relations.\n  - > all the countries it borders\n");
        test(view.importButton).click();

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(maps.readableMaps()).as("nothing is made before the user confirms").hasSize(before);
        String shown = view.preview.getElement().getTextRecursively();
        assertThat(shown).contains("1 claim, 0 reasons, 0 objections, 1 quote.", "Claim", "Azerbaijan wants good relations.", "Evidence");
        assertThat(view.article.getValue().title()).as("the article holding the quote").isEqualTo("Iran-Azerbaijan: neighbours, partners, foes?");

        test(view.create).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MapEditorView");
    }

    @Test
    void plus_and_minus_bullets_are_shown_as_reasons_and_objections_before_anything_is_made() {
        ImportOutlineView view = navigate(ImportOutlineView.class);
        test(view.text).setValue("* Neutrality harmed Iran.\n  + It lost Baku's trust.\n  - It kept its borders safe.\n    + Only for a while.\n");
        test(view.importButton).click();

        String shown = view.preview.getElement().getTextRecursively();
        assertThat(shown).contains("1 claim, 2 reasons, 1 objection, 0 quotes.", "“+” items are read as reasons, “-” items as objections");
        assertThat(shown).containsSubsequence("Claim", "Neutrality harmed Iran.", "Premise", "It lost Baku's trust.",
                "Objection", "It kept its borders safe.", "Premise", "Only for a while.");

        test(view.change).click();
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(view.text.getValue()).startsWith("* Neutrality harmed Iran.");
    }

    @Test
    void without_an_article_the_map_is_not_made_and_the_article_is_asked_for() {
        ImportOutlineView view = navigate(ImportOutlineView.class);
        int before = maps.readableMaps().size();
        test(view.text).setValue("- A claim.\n  - > all the countries it borders\n");
        test(view.importButton).click();
        view.article.clear();
        test(view.create).click();

        assertThat(view.article.isInvalid()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("choose the article");
        assertThat(maps.readableMaps()).hasSize(before);
    }

    @Test
    void a_malformed_outline_lists_its_problems_by_line_and_creates_nothing() {
        ImportOutlineView view = navigate(ImportOutlineView.class);
        int before = maps.readableMaps().size();
        test(view.text).setValue(demoOutline().replaceFirst("\\*\\*Premise\\*\\*", "**Hunch**").replace("outline 1", "outline 9"));
        test(view.importButton).click();
        String shown = view.problems.getElement().getTextRecursively();
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(shown).contains("2 problems", "nothing was created", "Line 3: This Warrant reads outlines of format 1", "\"Hunch\" is not a role");
        assertThat(maps.readableMaps()).hasSize(before);
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void an_oversized_or_non_utf8_file_is_refused_with_the_reason() {
        ImportOutlineView big = upload("huge.md", new byte[ImportOutlineView.MAX_FILE_BYTES + 1]);
        assertThat(big.problems.getElement().getTextRecursively()).contains("huge.md is larger than 5 MB");
        assertThat(big.text.getValue()).isEmpty();

        ImportOutlineView latin1 = upload("latin1.md", "- Caf\u00e9 claim".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(latin1.problems.getElement().getTextRecursively()).contains("latin1.md is not UTF-8 text");
    }
}
