package org.warrant.seminars.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.security.CurrentUser;
import org.warrant.seminars.SeminarService;
import org.warrant.ui.Text;

/**
 * The join link an instructor hands out: a signed-in student who opens it joins the seminar; someone not
 * signed in is taken to registration with the code filled in (and from there to sign-in, if they have an account).
 */
@Route("seminars/join/:code")
@AnonymousAllowed
class JoinSeminarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SeminarService seminars;

    JoinSeminarView(SeminarService seminars) {
        this.seminars = seminars;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        if (CurrentUser.username().isEmpty()) {
            event.forwardTo("register", QueryParameters.of("code", code));
            return;
        }
        try {
            long id = seminars.join(code);
            event.forwardTo(SeminarView.class, SeminarView.parameters(id));
        } catch (IllegalArgumentException e) {
            cannotJoin(Text.problem(e));
        } catch (AccessDeniedException e) {
            cannotJoin(t("join.students-only"));
        }
    }

    private void cannotJoin(String why) {
        removeAll();
        add(new H1(t("join.cannot")), new Paragraph(why), new RouterLink(t("assignments.go-to-seminars"), SeminarsView.class));
    }

    @Override
    public String getPageTitle() {
        return t("join.title");
    }
}
