package org.warrant.backup.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warrant.backup.Backup;
import org.warrant.backup.BackupService;
import org.warrant.backup.BackupUnavailableException;
import org.warrant.ui.Dates;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/**
 * Admins take a backup of the embedded database while everyone keeps working, download one, and read how the
 * schedule is set and how to restore. On PostgreSQL the page says to use pg_dump instead.
 */
@Route("admin/backups")
@RolesAllowed("ADMIN")
class BackupsView extends Div implements HasDynamicTitle {

    private final Dates next = Dates.pattern("EEEE d MMMM yyyy, HH:mm");
    private final Dates when = Dates.pattern("d MMM yyyy, HH:mm:ss");

    final Button takeNow = new Button(t("backups.now"));
    final Notice notice = new Notice();
    final Grid<Backup> grid = new Grid<>();
    final Paragraph none = new Paragraph(t("backups.none"));
    private final BackupService backups;

    BackupsView(BackupService backups) {
        this.backups = backups;
        addClassNames("page", "backups-view");
        add(new H1(t("backups.heading")));
        if (!backups.available()) {
            Notice advice = new Notice();
            advice.done(BackupService.POSTGRES_ADVICE);
            add(advice);
            return;
        }
        takeNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeNow.setDisableOnClick(true);
        takeNow.addClickListener(e -> take());

        grid.addComponentColumn(b -> new Anchor("admin/backups/" + b.name(), b.name())).setHeader(t("backups.backup")).setFlexGrow(1);
        grid.addColumn(b -> when.format(b.takenAt())).setHeader(t("backups.taken")).setAutoWidth(true);
        grid.addColumn(b -> size(b.bytes())).setHeader(t("backups.size")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        takeNow.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        grid.getStyle().set("margin-bottom", "var(--lumo-space-l)");

        add(new Paragraph(t("backups.what")), scheduleLine(),
                takeNow, notice, new H2(t("backups.in", backups.folder())), none, grid, new H2(t("backups.restoring")),
                new Paragraph(t("backups.restore-how")));
        refresh();
    }

    private Paragraph scheduleLine() {
        String schedule = backups.nextScheduled().map(next -> t("backups.next", this.next.format(next), backups.schedule()))
                .orElse(t("backups.unscheduled"));
        return new Paragraph(schedule + " " + t("backups.keep", backups.keep()));
    }

    private void take() {
        try {
            Backup taken = backups.take();
            notice.done(t("backups.done", taken.name(), size(taken.bytes())));
        } catch (BackupUnavailableException e) {
            notice.problem(Text.problem(e));
        } finally {
            takeNow.setEnabled(true);
        }
        refresh();
    }

    private void refresh() {
        try {
            List<Backup> all = backups.list();
            grid.setItems(all);
            grid.setVisible(!all.isEmpty());
            none.setVisible(all.isEmpty());
        } catch (BackupUnavailableException e) {
            notice.problem(Text.problem(e));
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return t("backups.kb", Text.decimal(bytes / 1024.0, 1));
        }
        return t("backups.mb", Text.decimal(bytes / (1024.0 * 1024), 1));
    }

    @Override
    public String getPageTitle() {
        return t("backups.title");
    }
}
