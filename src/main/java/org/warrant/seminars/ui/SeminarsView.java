package org.warrant.seminars.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarService;
import org.warrant.ui.Notice;

/** My seminars; instructors start one, students join one with the code their instructor gave them. */
@Route("seminars")
@PageTitle("Seminars · Warrant")
@PermitAll
class SeminarsView extends Div {

    final TextField name = new TextField("Name");
    final TextField term = new TextField("Term");
    final Button create = new Button("Create seminar");
    final TextField code = new TextField("Join code");
    final Button join = new Button("Join");
    final Notice error = new Notice();
    final Div list = new Div();
    private final SeminarService seminars;

    SeminarsView(SeminarService seminars, AuthenticationContext auth) {
        this.seminars = seminars;
        addClassNames("page", "seminars-view");
        list.addClassName("seminar-list");
        add(new H1("Seminars"), error);
        if (auth.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            name.setPlaceholder("Iran and its neighbours");
            term.setPlaceholder("Spring 2027");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> create());
            Div form = new Div(name, term, create);
            form.addClassName("inline-form");
            add(new H2("New seminar"), form);
        }
        if (auth.hasRole("STUDENT")) {
            code.setPlaceholder("e.g. K7QM2ZXB");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.addClickListener(e -> join(code.getValue()));
            Div form = new Div(code, join);
            form.addClassName("inline-form");
            add(new H2("Join a seminar"), form);
        }
        add(new H2("Your seminars"), list);
        refresh();
    }

    private void create() {
        try {
            long id = seminars.create(name.getValue(), term.getValue());
            getUI().ifPresent(ui -> ui.navigate(SeminarView.class, SeminarView.parameters(id)));
        } catch (IllegalArgumentException e) {
            error.problem(e.getMessage());
        }
    }

    private void join(String joinCode) {
        try {
            long id = seminars.join(joinCode);
            getUI().ifPresent(ui -> ui.navigate(SeminarView.class, SeminarView.parameters(id)));
        } catch (IllegalArgumentException e) {
            error.problem(e.getMessage());
        }
    }


    private void refresh() {
        list.removeAll();
        List<Seminar.Summary> mine = seminars.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph("None yet."));
        }
        for (Seminar.Summary s : mine) {
            RouterLink link = new RouterLink(s.name(), SeminarView.class, SeminarView.parameters(s.id()));
            Span detail = new Span(s.term() + " · " + s.students() + (s.students() == 1 ? " student" : " students")
                    + (s.myRole() == Seminar.MemberRole.INSTRUCTOR ? " · you teach it" : ""));
            Div row = new Div(link, detail);
            row.addClassName("seminar-row");
            list.add(row);
        }
    }
}
