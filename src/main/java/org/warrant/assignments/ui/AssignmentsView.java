package org.warrant.assignments.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.warrant.assignments.AssignmentLine;
import org.warrant.assignments.AssignmentService;
import org.warrant.maps.MapService;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;

/**
 * The home page: every assignment of the user's seminars, soonest due first. Students see where they stand;
 * instructors see how many have handed in, and set new assignments.
 */
@Route("assignments")
@RouteAlias("")
@PageTitle("Assignments · Warrant")
@PermitAll
class AssignmentsView extends Div {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    final Div list = new Div();
    final Button newAssignment = new Button("New assignment", VaadinIcon.PLUS.create());

    AssignmentsView(AssignmentService assignments, SeminarService seminars, ArticleService articles, MapService maps,
                    AuthenticationContext auth) {
        addClassNames("page", "assignments-view");
        list.addClassName("assignment-list");
        Div header = new Div(new H1("Assignments"));
        header.addClassName("page-header");
        if (auth.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            newAssignment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newAssignment.addClickListener(e -> new NewAssignmentDialog(assignments, seminars, articles, maps).open());
            header.add(newAssignment);
        }
        add(header, list);
        show(assignments.mine());
    }

    private void show(List<AssignmentLine> lines) {
        if (lines.isEmpty()) {
            Div empty = new Div(new Paragraph("No assignments yet."),
                    new Paragraph("Assignments come from your seminars. Join one with the code from your instructor, or start one if you teach."),
                    new Anchor("seminars", "Go to your seminars"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (AssignmentLine line : lines) {
            RouterLink title = new RouterLink(line.title(), AssignmentView.class, AssignmentView.parameters(line.id()));
            Span detail = new Span(line.seminarName() + " · due " + DUE.format(line.dueAt().atZone(java.time.ZoneId.systemDefault())));
            Div row = new Div(new Div(title, detail), line.instructs() ? handedIn(line) : StatusBadge.of(line.status()));
            row.addClassName("assignment-row");
            list.add(row);
        }
    }

    private static Span handedIn(AssignmentLine line) {
        Span s = new Span(line.submitted() + " of " + line.expected() + " handed in");
        s.addClassName("handed-in");
        return s;
    }
}
