package org.warrant.seminars.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.warrant.seminars.SeminarService;

/** The join link an instructor hands out: a signed-in student who opens it joins the seminar. */
@Route("seminars/join/:code")
@PageTitle("Join seminar · Warrant")
@RolesAllowed("STUDENT")
class JoinSeminarView extends Div implements BeforeEnterObserver {

    private final SeminarService seminars;

    JoinSeminarView(SeminarService seminars) {
        this.seminars = seminars;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        try {
            long id = seminars.join(code);
            event.forwardTo(SeminarView.class, SeminarView.parameters(id));
        } catch (IllegalArgumentException e) {
            removeAll();
            add(new H1("Can't join"), new Paragraph(e.getMessage()), new RouterLink("Go to your seminars", SeminarsView.class));
        }
    }
}
