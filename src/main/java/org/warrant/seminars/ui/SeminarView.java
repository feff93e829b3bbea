package org.warrant.seminars.ui;

import java.util.Random;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarNotFoundException;
import org.warrant.seminars.SeminarService;
import org.warrant.ui.Notice;

/**
 * A seminar. Its instructors see the join code and link, the roster with each student's group, and tools to
 * remove students, add co-instructors and make groups; a student sees the seminar and their own group.
 */
@Route("seminars/:id([0-9]{1,18})")
@PermitAll
class SeminarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Seminar.Member> roster = new Grid<>();
    final IntegerField groupSize = new IntegerField("Students per group");
    final Button randomGroups = new Button("Make random groups");
    final TextField groupName = new TextField("New group");
    final TextField coInstructor = new TextField("Co-instructor's username");
    final TextField studentUsername = new TextField("Student's username");
    final TextField studentName = new TextField("Name (for a new account)");
    final Button enrol = new Button("Add student");
    final Notice notice = new Notice();
    private final SeminarService seminars;
    private long id;
    private Seminar seminar;
    private String title = "Seminar";

    SeminarView(SeminarService seminars) {
        this.seminars = seminars;
        addClassNames("page", "seminar-view");
        groupSize.setMin(1);
        groupSize.setValue(3);
        groupSize.setStepButtonsVisible(true);
        // Listeners and columns once: show() rebuilds the page around these components after every change.
        randomGroups.addClickListener(e -> act(() -> seminars.randomGroups(id, groupSize.getValue() == null ? 0 : groupSize.getValue(),
                new Random()), "New random groups made."));
        enrol.addClickListener(e -> enrol());
        roster.addColumn(Seminar.Member::displayName).setHeader("Name").setFlexGrow(1);
        roster.addColumn(Seminar.Member::username).setHeader("Username").setAutoWidth(true);
        roster.addComponentColumn(this::groupSelect).setHeader("Group").setAutoWidth(true);
        roster.addComponentColumn(m -> {
            Button remove = new Button("Remove", e -> act(() -> seminars.removeStudent(id, m.username()), m.displayName() + " left the seminar."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader("Remove").setAutoWidth(true);
        roster.setAllRowsVisible(true);
    }

    /** Adds a student; for a new account, shows the temporary password to hand over. */
    private void enrol() {
        String username = studentUsername.getValue().strip();
        act(() -> {
            var temporary = seminars.enrol(id, username, studentName.getValue());
            studentUsername.clear();
            studentName.clear();
            return temporary.map(p -> "New account “" + username + "” added. Its temporary password is " + p
                    + "; give it to the student, who can change it under “Password”.").orElse(username + " added.");
        });
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show();
        } catch (SeminarNotFoundException e) {
            removeAll();
            title = "Seminar not found";
            add(new H1("Seminar not found"), new Paragraph("There is no seminar at this address that you belong to."),
                    new RouterLink("Go to your seminars", SeminarsView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Warrant";
    }

    private void show() {
        seminar = seminars.open(id);
        title = seminar.name();
        removeAll();
        notice.setVisible(false);
        add(new RouterLink("← Seminars", SeminarsView.class), new H1(seminar.name()), new Paragraph(seminar.term()), notice);
        if (seminar.instructs()) {
            Div enrolTools = new Div(studentUsername, studentName, enrol);
            enrolTools.addClassName("inline-form");
            add(joinBox(), new H2("Students (" + seminar.students().size() + ")"), roster(), enrolTools, groupTools(), new H2("Instructors"),
                    new Paragraph(String.join(", ", seminar.instructors().stream().map(Seminar.Member::displayName).toList())),
                    coInstructorTools());
        } else {
            Seminar.Group group = seminar.groups().isEmpty() ? null : seminar.groups().getFirst();
            add(new H2(group == null ? "Your group" : group.name()), new Paragraph(group == null ? "You are not in a group yet."
                    : String.join(", ", seminar.students().stream().map(Seminar.Member::displayName).toList())));
        }
    }

    private Div joinBox() {
        Span code = new Span(seminar.joinCode());
        code.addClassName("join-code");
        Anchor link = new Anchor("seminars/join/" + seminar.joinCode(), "join link");
        Div box = new Div(new Span("Students join with the code "), code, new Span(", or by opening the "), link,
                new Span(" (copy it from here) once signed in."));
        box.addClassName("join-box");
        return box;
    }

    private Grid<Seminar.Member> roster() {
        roster.setItems(seminar.students());
        return roster;
    }

    private Select<Long> groupSelect(Seminar.Member student) {
        Select<Long> select = new Select<>();
        select.setItems(seminar.groups().stream().map(Seminar.Group::id).toList());
        select.setItemLabelGenerator(g -> seminar.group(g).map(Seminar.Group::name).orElse("No group"));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("No group");
        select.setValue(student.groupId());
        select.setAriaLabel("Group of " + student.displayName());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> seminars.assign(id, student.username(), e.getValue()), null);
            }
        });
        return select;
    }

    private Div groupTools() {
        Button addGroup = new Button("Add group", e -> act(() -> seminars.createGroup(id, groupName.getValue()), "Group added."));
        Div tools = new Div(groupSize, randomGroups, groupName, addGroup);
        tools.addClassName("inline-form");
        return tools;
    }

    private Div coInstructorTools() {
        Button add = new Button("Add co-instructor", e -> act(() -> seminars.addCoInstructor(id, coInstructor.getValue()),
                "Co-instructor added."));
        Div tools = new Div(coInstructor, add);
        tools.addClassName("inline-form");
        return tools;
    }

    /** Runs an instructor's action, then shows the seminar as it is now, with what happened or what went wrong. */
    private void act(Runnable action, String done) {
        act(() -> {
            action.run();
            return done;
        });
    }

    /** {@code action} returns what to say when it worked, or null to say nothing. */
    private void act(Supplier<String> action) {
        try {
            String done = action.get();
            show();
            if (done != null) {
                notice.done(done);
            }
        } catch (IllegalArgumentException | AccessDeniedException e) {
            show();
            notice.problem(e.getMessage());
        }
    }
}
