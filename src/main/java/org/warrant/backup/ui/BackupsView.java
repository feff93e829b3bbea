package org.warrant.backup.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warrant.backup.Backup;
import org.warrant.backup.BackupService;
import org.warrant.backup.BackupUnavailableException;
import org.warrant.ui.Notice;

/**
 * Admins take a backup of the embedded database while everyone keeps working, download one, and read how the
 * schedule is set and how to restore. On PostgreSQL the page says to use pg_dump instead.
 */
@Route("admin/backups")
@PageTitle("Backups · Warrant")
@RolesAllowed("ADMIN")
class BackupsView extends Div {

    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final Button takeNow = new Button("Back up now");
    final Notice notice = new Notice();
    final Grid<Backup> grid = new Grid<>();
    final Paragraph none = new Paragraph("No backups yet.");
    private final BackupService backups;

    BackupsView(BackupService backups) {
        this.backups = backups;
        addClassNames("page", "backups-view");
        add(new H1("Backups"));
        if (!backups.available()) {
            Notice advice = new Notice();
            advice.done(BackupService.POSTGRES_ADVICE);
            add(advice);
            return;
        }
        takeNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeNow.setDisableOnClick(true);
        takeNow.addClickListener(e -> take());

        grid.addComponentColumn(b -> new Anchor("admin/backups/" + b.name(), b.name())).setHeader("Backup").setFlexGrow(1);
        grid.addColumn(b -> WHEN.format(b.takenAt())).setHeader("Taken").setAutoWidth(true);
        grid.addColumn(b -> size(b.bytes())).setHeader("Size").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        takeNow.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        grid.getStyle().set("margin-bottom", "var(--lumo-space-l)");

        add(new Paragraph("A backup is a consistent copy of the whole database: every change saved before it began, "
                        + "nothing half-done. People keep working while it is taken."), scheduleLine(),
                takeNow, notice, new H2("Backups in " + backups.folder()), none, grid, new H2("Restoring"),
                new Paragraph("Stop Warrant, then put the backup into an empty data folder and start Warrant on it: "
                        + "./warrant restore FILE --warrant.data-dir=FOLDER (or java -jar warrant.jar restore FILE "
                        + "--warrant.data-dir=FOLDER). docs/deploy.md has the details."));
        refresh();
    }

    private Paragraph scheduleLine() {
        String when = backups.nextScheduled().map(next -> "The next scheduled backup is on " + NEXT.format(next)
                        + " (warrant.backup.schedule: " + backups.schedule() + ").")
                .orElse("No backups are scheduled (warrant.backup.schedule).");
        return new Paragraph(when + " The newest " + backups.keep() + " are kept, older ones deleted (warrant.backup.keep).");
    }

    private void take() {
        try {
            Backup taken = backups.take();
            notice.done("Backup " + taken.name() + " taken (" + size(taken.bytes()) + ").");
        } catch (BackupUnavailableException e) {
            notice.problem(e.getMessage());
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
            notice.problem(e.getMessage());
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
