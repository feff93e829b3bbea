package org.warrant.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.editor.EditingRooms;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** Two students of one group, each in a window of their own, on their group's map. */
@WarrantTest
class LiveGroupEditingTest {

    @Autowired ApplicationContext spring;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired EditingRooms rooms;

    private SecuredBrowserlessApplicationContext<Authentication> app;
    private BrowserlessUIContext annWindow;
    private BrowserlessUIContext benWindow;
    private MapEditorView ann;
    private MapEditorView ben;
    private long mapId;
    private long claimId;

    @BeforeEach
    void twoStudentsOnTheirGroupsMap() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String annName = "ann" + suffix;
        String benName = "ben" + suffix;
        as("instructor", Role.INSTRUCTOR);
        long seminar = seminars.create("Live " + suffix, "Spring");
        String code = seminars.open(seminar).joinCode();
        long group = seminars.createGroup(seminar, "Group 1");
        for (String s : List.of(annName, benName)) {
            as(s, Role.STUDENT);
            seminars.join(code);
        }
        as("instructor", Role.INSTRUCTOR);
        seminars.assign(seminar, annName, group);
        seminars.assign(seminar, benName, group);
        as(annName, Role.STUDENT);
        mapId = maps.createSeminarWork("Our map", List.of(articles.list("").getFirst().id()), seminar, group, false, false);
        claimId = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality harmed Iran.").id();
        SecurityContextHolder.clearContext();

        app = SpringBrowserlessApplicationContext.createSecured(spring, MapEditorView.class);
        annWindow = app.newUser(annName, "STUDENT").newWindow();
        ann = annWindow.navigate("maps/" + mapId, MapEditorView.class);
        benWindow = app.newUser(benName, "STUDENT").newWindow();
        ben = benWindow.navigate("maps/" + mapId, MapEditorView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Lets the editors hear what the other did: EditingRooms hands it out, each window then takes its turn. */
    private void deliver() throws Exception {
        rooms.awaitDispatched();
        for (BrowserlessUIContext window : List.of(annWindow, benWindow)) {
            window.activate();
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session); // what unlocking the session does in a server
            window.roundTrip();
        }
    }

    private static String textOf(MapEditorView view, long nodeId) {
        return view.content.node(nodeId).text();
    }

    @Test
    void a_groupmates_edit_reaches_the_other_without_moving_their_selection() throws Exception {
        deliver();
        benWindow.activate();
        ben.outline.select(claimId);

        annWindow.activate();
        ann.outline.select(claimId);
        ann.commands.addSibling(); // a second claim, opened for typing in Ann's window
        annWindow.roundTrip();
        ann.outline.editor.setValue("Neutrality kept Iran out of the war.");
        ann.outline.commitEdit();
        deliver();

        assertThat(ben.content.nodes()).extracting(MapNode::text).contains("Neutrality kept Iran out of the war.");
        assertThat(ben.outline.selectedId()).as("Ben's selection stays where he put it").contains(claimId);
        assertThat(ben.announcer.getText()).as("said politely to a screen reader").startsWith("A groupmate added 1 node");
        assertThat(ann.announcer.getText()).as("nobody is told of their own edits").isEmpty();
    }

    @Test
    void each_sees_who_else_is_on_the_map_and_what_they_edit() throws Exception {
        benWindow.activate();
        ben.outline.select(claimId);
        ben.outline.startEditing(claimId, "Neutrality harmed Iran.");
        benWindow.roundTrip();
        deliver();

        assertThat(ann.live.present).extracting(EditingRooms.Presence::editing).contains(claimId);
        assertThat(ann.live.getElement().getTextRecursively()).contains("editing “Neutrality harmed Iran.”");
        assertThat(ann.outline.grid.getPartNameGenerator().apply(claimId)).contains("remote-editing");
    }

    @Test
    void the_second_of_two_edits_of_one_node_gets_the_choice_and_loses_nothing() throws Exception {
        benWindow.activate();
        ben.outline.select(claimId);
        ben.outline.startEditing(claimId, "Neutrality harmed Iran.");
        benWindow.roundTrip();
        assertThat(ben.outline.grid.getEditor().isOpen()).isTrue();

        annWindow.activate();
        ann.outline.select(claimId);
        ann.outline.startEditing(claimId, "Neutrality harmed Iran.");
        annWindow.roundTrip();
        ann.outline.editor.setValue("Ann: neutrality cost Iran its say in the Caucasus.");
        ann.outline.commitEdit();
        deliver();
        assertThat(ben.outline.grid.getEditor().isOpen()).as("Ben's row stays open while Ann's change arrives").isTrue();

        benWindow.activate();
        ben.outline.editor.setValue("Ben: neutrality lost Iran Baku's trust.");
        ben.outline.commitEdit();

        ConflictDialog choice = benWindow.find(ConflictDialog.class).single();
        assertThat(choice.getElement().getTextRecursively())
                .contains("Ann: neutrality cost Iran its say in the Caucasus.").contains("Ben: neutrality lost Iran Baku's trust.");
        assertThat(textOf(ben, claimId)).as("the first save stands until Ben chooses").startsWith("Ann:");

        benWindow.test(choice.useMine).click();
        deliver();
        assertThat(textOf(ben, claimId)).startsWith("Ben:");
        assertThat(textOf(ann, claimId)).as("and Ann sees Ben's choice").startsWith("Ben:");
    }
}
