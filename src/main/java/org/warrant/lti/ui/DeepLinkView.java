package org.warrant.lti.ui;

import static org.warrant.ui.Text.t;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.assignments.AssignmentLine;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.lti.Launch;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.ui.Dates;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;
import org.warrant.ui.UserText;

/**
 * The instructor's answer to the LMS's "add an activity" (Deep Linking): one of the course seminar's assignments, or a
 * new one set here. The choice is signed and posted back to the LMS by {@code /lti/deep-link/answer}.
 */
@Route("lti/deep-link")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class DeepLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    final Notice notice = new Notice();
    final UnorderedList choices = new UnorderedList();
    final TextField title = UserText.of(new TextField(t("new-assignment.title")));
    final TextArea prompt = UserText.of(new TextArea(t("new-assignment.prompt")));
    final MultiSelectComboBox<ArticleSummary> articles = new MultiSelectComboBox<>(t("new-assignment.articles"));
    final DateTimePicker due = new DateTimePicker(t("new-assignment.due"));
    final Checkbox groupWork = new Checkbox(t("new-assignment.group-work"));
    final Button create = new Button(t("lti.deep-link.create"));
    Launch.DeepLinkRequest request;

    DeepLinkView(AssignmentService assignments, ArticleService library) {
        this.assignments = assignments;
        addClassNames("page", "deep-link-view");
        articles.setItems(library.list(""));
        articles.setItemLabelGenerator(ArticleSummary::title);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createAndChoose());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Object pending = VaadinSession.getCurrent().getSession().getAttribute(Launch.DeepLinkRequest.SESSION_KEY);
        add(new H1(t("lti.deep-link.title")), notice);
        if (!(pending instanceof Launch.DeepLinkRequest r)) {
            add(new Paragraph(t("lti.deep-link.none")));
            return;
        }
        request = r;
        List<AssignmentLine> set = assignments.mine().stream().filter(a -> a.seminarId() == r.seminarId() && a.instructs()).toList();
        choices.removeAll();
        for (AssignmentLine a : set) {
            Button choose = new Button(t("lti.deep-link.choose"), e -> choose(a.id()));
            choose.setAriaLabel(t("lti.deep-link.choose-named", a.title()));
            Span what = UserText.of(new Span(a.title()));
            choices.add(new ListItem(what, new Span(" · " + t("lti.deep-link.due", Dates.dateAndTime().format(a.dueAt())) + " "), choose));
        }
        add(new Paragraph(t("lti.deep-link.intro")), new H2(t("lti.deep-link.existing")));
        add(set.isEmpty() ? new Paragraph(t("lti.deep-link.no-assignments")) : choices);
        Div form = new Div(title, prompt, articles, due, groupWork, create);
        form.addClassName("deep-link-new");
        add(new H2(t("lti.deep-link.new")), form);
    }

    private void createAndChoose() {
        try {
            var due = this.due.getValue() == null ? null : this.due.getValue().atZone(ZoneId.systemDefault()).toInstant();
            long id = assignments.create(request.seminarId(), new NewAssignment(title.getValue(), prompt.getValue(),
                    articles.getValue().stream().map(ArticleSummary::id).toList(), due, groupWork.getValue(), null));
            choose(id);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            notice.problem(Text.problem(e));
        }
    }

    /** Leaves the app for the plain page that posts the signed choice to the LMS. */
    private void choose(long assignmentId) {
        getUI().ifPresent(ui -> ui.getPage().setLocation("lti/deep-link/answer?assignment=" + assignmentId));
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", t("lti.deep-link.title"));
    }
}
