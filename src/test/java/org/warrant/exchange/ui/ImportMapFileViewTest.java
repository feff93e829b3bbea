package org.warrant.exchange.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.exchange.AifService;
import org.warrant.exchange.ArgdownService;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;
import org.warrant.testing.WarrantTest;

/** Importing Argdown and AIF in the view: checked and shown first, problems by line, a new map or an updated one. */
@WarrantTest
@WithMockUser(username = "student2", roles = "STUDENT")
class ImportMapFileViewTest extends SpringBrowserlessTest {

    @Autowired ArgdownService argdown;
    @Autowired AifService aif;
    @Autowired MapService maps;

    private long demoId() {
        return maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
    }

    @Test
    void pasted_argdown_is_shown_as_read_and_becomes_a_new_map_opened_in_the_editor() {
        ImportMapFileView view = navigate(ImportMapFileView.class);
        int before = maps.readableMaps().size();
        test(view.text).setValue(new String(argdown.export(demoId()).content(), UTF_8));
        test(view.check).click();

        assertThat(view.preview.getElement().getTextRecursively()).contains("How Warrant read the Argdown", "Claim", "Premise", "Undercut");
        assertThat(view.create.isVisible()).isTrue();
        test(view.create).click();
        assertThat(maps.readableMaps()).hasSize(before + 1);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MapEditorView");
    }

    @Test
    void an_uploaded_ova_file_says_what_it_leaves_out_and_asks_for_the_article() throws Exception {
        ImportMapFileView view = navigate(ImportMapFileView.class);
        test(view.upload).upload("ova-qarabagh.json", "application/json", Files.readAllBytes(Path.of("src/test/resources/aif/ova-qarabagh.json")));
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(view.title.getValue()).isEqualTo("ova qarabagh");
        assertThat(view.preview.getElement().getTextRecursively()).contains("How Warrant read the AIF", "L-node", "Undercut");
        test(view.create).click();
        assertThat(view.article.isVisible()).isTrue();
        assertThat(view.article.isInvalid()).isTrue();
    }

    @Test
    void broken_argdown_data_is_refused_with_its_line() {
        ImportMapFileView view = navigate(ImportMapFileView.class);
        test(view.text).setValue("[A]: A claim.\n  + [B]: A reason. {quote: \"unclosed}\n");
        test(view.check).click();

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("Line 2:", "not valid YAML");
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void argdown_into_ones_own_map_updates_it_and_goes_back_to_it() {
        long mine = argdown.importAsMap(new String(argdown.export(demoId()).content(), UTF_8), "x", null);
        OpenedMap before = maps.open(mine);
        String added = new String(argdown.export(mine).content(), UTF_8) + "\n[new-claim]: A second claim from elsewhere.\n";

        com.vaadin.flow.component.UI.getCurrent().navigate("maps/import-file",
                com.vaadin.flow.router.QueryParameters.of("into", String.valueOf(mine)));
        ImportMapFileView view = (ImportMapFileView) getCurrentView();
        assertThat(view.create.getText()).startsWith("Add to “");
        test(view.text).setValue(added);
        test(view.check).click();
        test(view.create).click();

        assertThat(maps.open(mine).nodes()).hasSize(before.nodes().size() + 1);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MapEditorView");
    }

    @Test
    void argdown_into_a_map_one_may_only_read_is_refused_and_says_why() {
        long shared = demoId(); // the instructor's demo map, shared with the class to read
        int before = maps.open(shared).nodes().size();
        com.vaadin.flow.component.UI.getCurrent().navigate("maps/import-file",
                com.vaadin.flow.router.QueryParameters.of("into", String.valueOf(shared)));
        ImportMapFileView view = (ImportMapFileView) getCurrentView();
        test(view.text).setValue("[intruder]: A node nobody asked for.");
        test(view.check).click();
        test(view.create).click();

        assertThat(view.problems.getElement().getTextRecursively()).contains("may read this map but not change it");
        assertThat(maps.open(shared).nodes()).hasSize(before);
    }
}
