package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.security.CurrentUser;
import org.warrant.sources.ArticleService;
import org.warrant.ui.Dates;
import org.warrant.ui.Counted;
import org.warrant.ui.Text;

/** My maps and the maps shared with everyone; create, rename, duplicate, delete (to the bin) and restore. */
@Route("maps")
@PermitAll
class MapsView extends Div implements HasDynamicTitle {

    private final Dates when = Dates.pattern("d MMM yyyy, HH:mm");

    final Button create = new Button(t("maps.new"), VaadinIcon.PLUS.create());
    final Div list = new Div();
    final Div bin = new Div();
    private final MapService maps;
    private final ArticleService articles;

    MapsView(MapService maps, ArticleService articles) {
        this.maps = maps;
        this.articles = articles;
        addClassNames("page", "maps-view");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new MapDetailsDialog(t("maps.new"), articles.list(null), null, null,
                (title, description, articleIds) -> {
                    long id = maps.create(title, description, articleIds);
                    getUI().ifPresent(ui -> ui.navigate("maps/" + id));
                }).open());
        Button importOutline = new Button(t("maps.import-outline"), VaadinIcon.UPLOAD_ALT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("maps/import")));
        Button importFile = new Button(t("maps.import-file"), VaadinIcon.UPLOAD_ALT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("maps/import-file")));
        Div actions = new Div(importOutline, importFile, create);
        actions.addClassName("page-actions");
        Div header = new Div(new H1(t("maps.heading")), actions);
        header.addClassName("page-header");
        list.addClassName("map-cards");
        bin.addClassName("map-bin");
        add(header, list, bin);
        refresh();
    }

    void refresh() {
        String me = CurrentUser.username().orElse("");
        list.removeAll();
        List<MapSummary> readable = maps.readableMaps();
        if (readable.isEmpty()) {
            list.add(new Paragraph(t("maps.none")));
        }
        readable.forEach(m -> list.add(card(m, m.owner().equals(me))));
        bin.removeAll();
        List<MapSummary> deleted = maps.bin();
        if (!deleted.isEmpty()) {
            bin.add(new H2(t("maps.bin")), new Paragraph(t("maps.bin-help")));
            deleted.forEach(m -> bin.add(binRow(m)));
        }
    }

    private Div card(MapSummary m, boolean mine) {
        RouterLink title = new RouterLink(m.title(), MapEditorView.class, MapEditorView.parameters(m.id()));
        title.addClassName("map-card-title");
        title.getElement().setAttribute("dir", "auto"); // user text: its own direction in either interface language
        Span meta = new Span(t("maps.meta", Counted.of(m.nodes(), "count.nodes"), when.format(m.updatedAt()))
                + (mine ? "" : " " + t("maps.by", m.owner())) + (m.groupId() != null ? " " + t("maps.group-work") : m.seminarWork() ? " " + t("maps.seminar-work") : ""));
        meta.addClassName("map-card-meta");
        Div card = new Div(title, meta);
        card.addClassName("map-card");
        if (m.description() != null) {
            Paragraph description = new Paragraph(m.description());
            description.getElement().setAttribute("dir", "auto");
            card.add(description);
        }
        Div actions = new Div();
        actions.addClassName("map-card-actions");
        if (mine) {
            actions.add(action(t("maps.rename"), VaadinIcon.PENCIL, () -> rename(m)));
        }
        actions.add(action(t("maps.duplicate"), VaadinIcon.COPY_O, () -> {
            maps.duplicate(m.id());
            Notification.show(t("maps.duplicated", m.title()));
            refresh();
        }));
        if (mine && !m.seminarWork()) { // the seminar keeps its work
            actions.add(action(t("maps.delete"), VaadinIcon.TRASH, () -> confirmDelete(m)));
        }
        card.add(actions);
        return card;
    }

    private Button action(String label, VaadinIcon icon, Runnable run) {
        Button b = new Button(label, icon.create(), e -> {
            try {
                run.run();
            } catch (MapRuleException ex) {
                Notification.show(Text.problem(ex));
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void rename(MapSummary m) {
        new MapDetailsDialog(t("maps.rename-map"), null, m.title(), m.description(), (title, description, ignored) -> {
            maps.rename(m.id(), title, description);
            refresh();
        }).open();
    }

    private void confirmDelete(MapSummary m) {
        ConfirmDialog confirm = new ConfirmDialog(t("maps.delete-confirm", m.title()),
                t("maps.delete-explain"), t("maps.delete"), e -> {
                    maps.delete(m.id());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Div binRow(MapSummary m) {
        Button restore = action(t("maps.restore"), VaadinIcon.ARROW_BACKWARD, () -> {
            maps.restore(m.id());
            refresh();
        });
        Div row = new Div(new Span(m.title()), new Span(t("maps.deleted-at", when.format(m.deletedAt()))), restore);
        row.addClassName("bin-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return t("maps.title");
    }
}
