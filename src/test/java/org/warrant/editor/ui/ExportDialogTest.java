package org.warrant.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.export.OutlineService;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.testing.WarrantTest;

/** The editor's Export: preview, source, the download link and its file name. */
@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class ExportDialogTest extends SpringBrowserlessTest {

    @Autowired OutlineService outlines;
    @Autowired MapService maps;

    @Test
    void export_in_the_editor_previews_the_outline_and_offers_it_as_a_file() {
        MapSummary demo = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality")).findFirst().orElseThrow();
        navigate("maps/" + demo.id(), com.vaadin.flow.component.Component.class);
        test($(Button.class).withText("Export").single()).click();

        ExportDialog dialog = $(ExportDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.source.getValue()).isEqualTo(outlines.export(demo.id()).markdown());
        String html = dialog.preview.getElement().getProperty("innerHTML");
        assertThat(html).contains("<h1>Iran's neutrality in the Qarabagh war harmed its interests</h1>",
                "<strong>Claim</strong>", "<blockquote>").doesNotContain("<!--", "id:");
        assertThat(dialog.download.getHref()).isEqualTo("maps/" + demo.id() + "/outline.md");
        assertThat(dialog.download.getElement().getAttribute("download"))
                .isEqualTo("irans-neutrality-in-the-qarabagh-war-harmed-its-interests.md");
    }

    @Test
    void the_other_formats_link_the_maps_files_and_a_picture_of_the_selected_branch_with_quotes() {
        MapSummary demo = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality")).findFirst().orElseThrow();
        MapEditorView view = navigate("maps/" + demo.id(), MapEditorView.class);
        long reason = maps.open(demo.id()).tree().children(maps.open(demo.id()).tree().roots().getFirst().id()).getFirst().id();
        view.outline.select(reason);
        test($(Button.class).withText("Export").single()).click();

        FormatLinks formats = $(ExportDialog.class).single().formats;
        assertThat(formats.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Anchor)
                .map(c -> ((com.vaadin.flow.component.html.Anchor) c).getHref()).toList()).contains(
                "maps/" + demo.id() + "/map.argdown", "maps/" + demo.id() + "/map.aif.json", "maps/" + demo.id() + "/essay.pdf",
                "maps/" + demo.id() + "/essay.html");
        assertThat(formats.svg.getHref()).isEqualTo("maps/" + demo.id() + "/diagram.svg");
        formats.part.setValue(FormatLinks.BRANCH);
        formats.quotes.setValue(true);
        assertThat(formats.svg.getHref()).isEqualTo("maps/" + demo.id() + "/diagram.svg?node=" + reason + "&quotes=true");
        assertThat(formats.png.getHref()).isEqualTo("maps/" + demo.id() + "/diagram.png?node=" + reason + "&quotes=true");
    }
}
