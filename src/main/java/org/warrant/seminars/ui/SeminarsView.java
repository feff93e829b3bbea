package org.warrant.seminars.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarService;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;
import org.warrant.ui.Counted;

/** My seminars; instructors start one, students join one with the code their instructor gave them. */
@Route("seminars")
@PermitAll
class SeminarsView extends Div implements HasDynamicTitle {

    final TextField name = new TextField(t("seminars.name"));
    final TextField term = new TextField(t("seminars.term"));
    final Button create = new Button(t("seminars.create"));
    final TextField code = new TextField(t("seminars.code"));
    final Button join = new Button(t("seminars.join"));
    final Notice error = new Notice();
    final Div list = new Div();
    private final SeminarService seminars;

    SeminarsView(SeminarService seminars, AuthenticationContext auth) {
        this.seminars = seminars;
        addClassNames("page", "seminars-view");
        list.addClassName("seminar-list");
        add(new H1(t("seminars.heading")), error);
        if (auth.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            name.setPlaceholder(t("seminars.name-example"));
            term.setPlaceholder(t("seminars.term-example"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> create());
            Div form = new Div(name, term, create);
            form.addClassName("inline-form");
            add(new H2(t("seminars.new")), form);
        }
        if (auth.hasRole("STUDENT")) {
            code.setPlaceholder(t("seminars.code-example"));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.addClickListener(e -> join(code.getValue()));
            Div form = new Div(code, join);
            form.addClassName("inline-form");
            add(new H2(t("seminars.join-heading")), form);
        }
        add(new H2(t("seminars.yours")), list);
        refresh();
    }

    private void create() {
        try {
            long id = seminars.create(name.getValue(), term.getValue());
            getUI().ifPresent(ui -> ui.navigate(SeminarView.class, SeminarView.parameters(id)));
        } catch (IllegalArgumentException e) {
            error.problem(Text.problem(e));
        }
    }

    private void join(String joinCode) {
        try {
            long id = seminars.join(joinCode);
            getUI().ifPresent(ui -> ui.navigate(SeminarView.class, SeminarView.parameters(id)));
        } catch (IllegalArgumentException e) {
            error.problem(Text.problem(e));
        }
    }


    private void refresh() {
        list.removeAll();
        List<Seminar.Summary> mine = seminars.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(t("seminars.none")));
        }
        for (Seminar.Summary s : mine) {
            RouterLink link = new RouterLink(s.name(), SeminarView.class, SeminarView.parameters(s.id()));
            link.getElement().setAttribute("dir", "auto"); // user text: its own direction in either interface language
            Span detail = new Span(s.term() + " · " + Counted.of(s.students(), "count.students")
                    + (s.myRole() == Seminar.MemberRole.INSTRUCTOR ? " " + t("seminars.you-teach") : ""));
            Div row = new Div(link, detail);
            row.addClassName("seminar-row");
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return t("seminars.title");
    }
}
