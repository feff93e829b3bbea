package org.warrant.assignments.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.warrant.assignments.AssignmentService;
import org.warrant.export.SafeMarkdown;

/** A submitted snapshot, shown as its Markdown outline renders (sanitised). */
class SubmissionDialog extends Dialog {

    SubmissionDialog(AssignmentService assignments, long submissionId) {
        setHeaderTitle(t("submission.heading"));
        setWidth("min(52rem, 96vw)");
        Div body = new Div();
        body.addClassName("outline-preview");
        body.getElement().setProperty("innerHTML", SafeMarkdown.html(assignments.submission(submissionId)));
        add(body);
        getFooter().add(new Button(t("common.close"), e -> close()));
    }
}
