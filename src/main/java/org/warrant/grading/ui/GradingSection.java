package org.warrant.grading.ui;

import static org.warrant.ui.Text.t;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.springframework.core.annotation.Order;
import org.warrant.assignments.AssignmentPage;
import org.warrant.assignments.AssignmentPageSection;
import org.warrant.grading.FeedbackCard;
import org.warrant.grading.GradingService;

/** On an assignment's page: for a student their released grade and feedback, for instructors the way to grading. */
@org.springframework.stereotype.Component
@Order(10)
class GradingSection implements AssignmentPageSection {

    private final GradingService grading;

    GradingSection(GradingService grading) {
        this.grading = grading;
    }

    @Override
    public Optional<Component> section(AssignmentPage page) {
        long id = page.assignment().id();
        if (page.instructs()) {
            RouterLink link = new RouterLink(t("grading.open"), GradingView.class, GradingView.parameters(id));
            link.addClassName("grading-link");
            return Optional.of(new Div(new H2(t("grading.title")), new Paragraph(link, new Span(" " + t("grading.open-what")))));
        }
        return grading.myFeedback(id).map(f -> {
            Div section = new Div(new H2(t("feedback.title")), new FeedbackCard(f));
            section.addClassName("feedback-section");
            return section;
        });
    }
}
