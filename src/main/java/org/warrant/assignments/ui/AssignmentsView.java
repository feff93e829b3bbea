package org.warrant.assignments.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
class AssignmentsView extends Div implements HasDynamicTitle {


    final Div list = new Div();
    final Button newAssignment = new Button(t("assignments.new"), VaadinIcon.PLUS.create());

    AssignmentsView(AssignmentService assignments, SeminarService seminars, ArticleService articles, MapService maps,
                    AuthenticationContext auth) {
        addClassNames("page", "assignments-view");
        list.addClassName("assignment-list");
        Div header = new Div(new H1(t("assignments.heading")));
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
            Div empty = new Div(new Paragraph(t("assignments.none")),
                    new Paragraph(t("assignments.none-help")),
                    new Anchor("seminars", t("assignments.go-to-seminars")));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (AssignmentLine line : lines) {
            RouterLink title = new RouterLink(line.title(), AssignmentView.class, AssignmentView.parameters(line.id()));
            title.getElement().setAttribute("dir", "auto"); // user text: its own direction in either interface language
            Span detail = new Span(t("assignments.due", line.seminarName(), AssignmentView.when(line.dueAt())));
            Div row = new Div(new Div(title, detail), line.instructs() ? handedIn(line) : StatusBadge.of(line.status()));
            row.addClassName("assignment-row");
            list.add(row);
        }
    }

    private static Span handedIn(AssignmentLine line) {
        Span s = new Span(t("assignments.handed-in", line.submitted(), line.expected()));
        s.addClassName("handed-in");
        return s;
    }

    @Override
    public String getPageTitle() {
        return t("assignments.title");
    }
}
