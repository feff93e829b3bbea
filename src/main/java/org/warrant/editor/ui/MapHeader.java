package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.warrant.grading.Feedback;
import org.warrant.grading.FeedbackCard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.warrant.maps.ArgumentMap;
import org.warrant.ui.Links;

/**
 * The editor's top bar: the way back, the map's title, Export, Import (for editors), and then either the editing tools or, for
 * readers, what the map is to them and how to work on it; and who else is on the map.
 */
class MapHeader extends Div {

    final Button comments = new Button(t("header.comments"));
    final Button importing = new Button(t("header.import"));
    final Button feedback = new Button(t("header.feedback"));

    MapHeader(ArgumentMap map, boolean editable, NodeToolbar toolbar, LiveEditing live, Runnable onExport, Runnable onCopy) {
        H1 heading = new H1(map.title());
        heading.addClassName("map-title");
        Button export = new Button(t("header.export"), e -> onExport.run()); // text only, like Comments and History: an icon is one more component per open editor
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.addClassName("export-button");
        Anchor history = Links.to(t("header.history"), "maps/" + map.id() + "/history");
        history.addClassName("history-link");
        comments.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        comments.addClassName("comments-button");
        importing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importing.addClassName("import-button");
        importing.getElement().setAttribute("title", t("header.import-tip"));
        importing.setVisible(editable);
        feedback.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        feedback.addClassName("feedback-button");
        feedback.setVisible(false);
        add(new RouterLink(t("header.back"), MapsView.class), heading, export, importing, comments, feedback, history);
        if (editable) {
            add(toolbar);
        } else {
            add(readOnlyNotice(map, onCopy)); // editing tools would only be greyed out
        }
        add(live);
        addClassName("map-header");
    }

    /** Beside Comments: the grade and feedback released on this map's work, in a dialog. */
    void showFeedback(Feedback released) {
        feedback.setVisible(true);
        feedback.addClickListener(e -> {
            Dialog dialog = new Dialog(new FeedbackCard(released));
            dialog.setHeaderTitle(t("feedback.title"));
            dialog.getFooter().add(new Button(t("common.close"), c -> dialog.close()));
            dialog.addClassName("feedback-dialog");
            dialog.open();
        });
    }

    private static Div readOnlyNotice(ArgumentMap map, Runnable onCopy) {
        Button copy = MapEditorView.tool(t("header.copy"), onCopy);
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String what = map.readOnly() ? t("header.consensus")
                : map.seminarId() == null ? t("header.shared-by", map.owner())
                : map.groupId() == null ? t("header.seminar-work", map.owner()) : t("header.group-work");
        Div notice = new Div(new Span(t("header.read-only", what)), copy);
        notice.addClassName("read-only-notice");
        return notice;
    }
}
