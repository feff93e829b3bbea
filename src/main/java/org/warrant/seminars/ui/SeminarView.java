package org.warrant.seminars.ui;

import static org.warrant.ui.Text.t;

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
import org.warrant.seminars.SeminarPageSection;
import org.warrant.seminars.SeminarService;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;
import org.warrant.ui.UserText;

/**
 * A seminar. Its instructors see the join code and link, the roster with each student's group, and tools to
 * remove students, add co-instructors and make groups; a student sees the seminar and their own group.
 */
@Route("seminars/:id([0-9]{1,18})")
@PermitAll
class SeminarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final java.util.List<SeminarPageSection> sections;

    final Grid<Seminar.Member> roster = new Grid<>();
    final IntegerField groupSize = new IntegerField(t("seminar.group-size"));
    final Button randomGroups = new Button(t("seminar.random-groups"));
    final TextField groupName = new TextField(t("seminar.new-group"));
    final TextField coInstructor = new TextField(t("seminar.co-instructor"));
    final TextField studentUsername = new TextField(t("seminar.student-username"));
    final TextField studentName = new TextField(t("seminar.student-name"));
    final Button enrol = new Button(t("seminar.add-student"));
    final Notice notice = new Notice();
    private final SeminarService seminars;
    private long id;
    private Seminar seminar;
    private String title = t("seminar.default-title");

    SeminarView(SeminarService seminars, java.util.List<SeminarPageSection> sections) {
        this.seminars = seminars;
        this.sections = sections;
        addClassNames("page", "seminar-view");
        groupSize.setMin(1);
        groupSize.setValue(3);
        groupSize.setStepButtonsVisible(true);
        // Listeners and columns once: show() rebuilds the page around these components after every change.
        randomGroups.addClickListener(e -> act(() -> seminars.randomGroups(id, groupSize.getValue() == null ? 0 : groupSize.getValue(),
                new Random()), t("seminar.groups-made")));
        enrol.addClickListener(e -> enrol());
        roster.addColumn(Seminar.Member::displayName).setHeader(t("seminar.name")).setFlexGrow(1);
        roster.addColumn(Seminar.Member::username).setHeader(t("seminar.username")).setAutoWidth(true);
        roster.addComponentColumn(this::groupSelect).setHeader(t("seminar.group")).setAutoWidth(true);
        roster.addComponentColumn(m -> {
            Button remove = new Button(t("seminar.remove"), e -> act(() -> seminars.removeStudent(id, m.username()), t("seminar.left", m.displayName())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader(t("seminar.remove")).setAutoWidth(true);
        roster.setAllRowsVisible(true);
    }

    /** Adds a student; for a new account, shows the temporary password to hand over. */
    private void enrol() {
        String username = studentUsername.getValue().strip();
        act(() -> {
            var temporary = seminars.enrol(id, username, studentName.getValue());
            studentUsername.clear();
            studentName.clear();
            return temporary.map(p -> t("seminar.account-added", username, p)).orElse(t("seminar.added", username));
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
            title = t("seminar.not-found");
            add(new H1(title), new Paragraph(t("seminar.not-found-text")),
                    new RouterLink(t("assignments.go-to-seminars"), SeminarsView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }

    private void show() {
        seminar = seminars.open(id);
        title = seminar.name();
        removeAll();
        notice.setVisible(false);
        add(new RouterLink(t("seminar.back"), SeminarsView.class), UserText.of(new H1(seminar.name())), new Paragraph(seminar.term()), notice);
        if (seminar.instructs()) {
            Div enrolTools = new Div(studentUsername, studentName, enrol);
            enrolTools.addClassName("inline-form");
            add(joinBox(), new H2(t("seminar.students", seminar.students().size())), roster(), enrolTools, groupTools(), new H2(t("seminar.instructors")),
                    new Paragraph(String.join(", ", seminar.instructors().stream().map(Seminar.Member::displayName).toList())),
                    coInstructorTools());
        } else {
            Seminar.Group group = seminar.groups().isEmpty() ? null : seminar.groups().getFirst();
            add(new H2(group == null ? t("seminar.your-group") : group.name()), new Paragraph(group == null ? t("seminar.no-group-yet")
                    : String.join(", ", seminar.students().stream().map(Seminar.Member::displayName).toList())));
        }
        sections.forEach(section -> section.section(seminar).ifPresent(this::add));
    }

    private Div joinBox() {
        Span code = new Span(seminar.joinCode());
        code.addClassName("join-code");
        Anchor link = new Anchor("seminars/join/" + seminar.joinCode(), t("seminar.join-link"));
        Div box = new Div(new Span(t("seminar.join-before") + " "), code, new Span(t("seminar.join-middle") + " "), link,
                new Span(" " + t("seminar.join-after")));
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
        select.setItemLabelGenerator(g -> seminar.group(g).map(Seminar.Group::name).orElse(t("seminar.no-group")));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(t("seminar.no-group"));
        select.setValue(student.groupId());
        select.setAriaLabel(t("seminar.group-of", student.displayName()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> seminars.assign(id, student.username(), e.getValue()), null);
            }
        });
        return select;
    }

    private Div groupTools() {
        Button addGroup = new Button(t("seminar.add-group"), e -> act(() -> seminars.createGroup(id, groupName.getValue()), t("seminar.group-added")));
        Div tools = new Div(groupSize, randomGroups, groupName, addGroup);
        tools.addClassName("inline-form");
        return tools;
    }

    private Div coInstructorTools() {
        Button add = new Button(t("seminar.add-co-instructor"), e -> act(() -> seminars.addCoInstructor(id, coInstructor.getValue()),
                t("seminar.co-instructor-added")));
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
            notice.problem(Text.problem(e));
        }
    }
}
