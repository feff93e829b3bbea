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
    void a_hand_written_outline_asks_which_article_and_imports_once_chosen() {
        ImportOutlineView view = navigate(ImportOutlineView.class);
        assertThat(view.article.isVisible()).isFalse();
        test(view.text).setValue("- Azerbaijan wants good relations.\n  - > all the countries it borders\n");
        test(view.importButton).click();
        assertThat(view.article.isVisible()).isTrue();
        assertThat(view.article.isInvalid()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("choose the article");

        test(view.article).selectItem("Iran-Azerbaijan: neighbours, partners, foes?");
        test(view.importButton).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MapEditorView");
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
