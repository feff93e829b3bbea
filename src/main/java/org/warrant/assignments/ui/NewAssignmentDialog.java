package org.warrant.assignments.ui;

import static org.warrant.ui.Text.t;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.security.CurrentUser;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.ui.Notice;

/** Sets a new assignment in one of the seminars the instructor teaches. Due dates are in the server's time zone. */
class NewAssignmentDialog extends Dialog {

    final ComboBox<Seminar.Summary> seminar = new ComboBox<>(t("new-assignment.seminar"));
    final TextField title = new TextField(t("new-assignment.title"));
    final TextArea prompt = new TextArea(t("new-assignment.prompt"));
    final MultiSelectComboBox<ArticleSummary> articleChoice = new MultiSelectComboBox<>(t("new-assignment.articles"));
    final DateTimePicker due = new DateTimePicker(t("new-assignment.due"));
    final Checkbox groupWork = new Checkbox(t("new-assignment.group-work"));
    final ComboBox<MapSummary> reference = new ComboBox<>(t("new-assignment.key"));
    final Button create = new Button(t("new-assignment.set"));
    final Notice error = new Notice();

    NewAssignmentDialog(AssignmentService assignments, SeminarService seminars, ArticleService articles, MapService maps) {
        setHeaderTitle(t("new-assignment.heading"));
        setWidth("min(46rem, 96vw)");
        seminar.setItems(seminars.mine().stream().filter(s -> s.myRole() == Seminar.MemberRole.INSTRUCTOR).toList());
        seminar.setItemLabelGenerator(s -> s.name() + " (" + s.term() + ")");
        seminar.getListDataView().getItems().findFirst().ifPresent(seminar::setValue);
        title.setMaxLength(200);
        prompt.setMaxLength(20_000);
        prompt.setHelperText(t("new-assignment.prompt-help"));
        articleChoice.setItems(articles.list(""));
        articleChoice.setItemLabelGenerator(ArticleSummary::title);
        due.setValue(LocalDate.now().plusWeeks(1).atTime(LocalTime.of(23, 59)));
        String me = CurrentUser.username().orElse("");
        reference.setItems(maps.readableMaps().stream().filter(m -> m.owner().equals(me)).toList());
        reference.setItemLabelGenerator(MapSummary::title);
        reference.setClearButtonVisible(true);
        FormLayout form = new FormLayout(error, seminar, title, prompt, articleChoice, due, groupWork, reference);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create(assignments));
        getFooter().add(new Button(t("common.cancel"), e -> close()), create);
    }

    private void create(AssignmentService assignments) {
        if (seminar.isEmpty()) {
            error.problem(t("new-assignment.choose-seminar"));
            return;
        }
        try {
            long id = assignments.create(seminar.getValue().id(), new NewAssignment(title.getValue(), prompt.getValue(),
                    articleChoice.getSelectedItems().stream().map(ArticleSummary::id).toList(),
                    due.isEmpty() ? null : due.getValue().atZone(ZoneId.systemDefault()).toInstant(), groupWork.getValue(),
                    reference.isEmpty() ? null : reference.getValue().id()));
            getUI().ifPresent(ui -> ui.navigate(AssignmentView.class, AssignmentView.parameters(id))); // before close detaches it
            close();
        } catch (IllegalArgumentException | org.warrant.maps.MapRuleException e) {
            error.problem(e.getMessage());
        }
    }
}
