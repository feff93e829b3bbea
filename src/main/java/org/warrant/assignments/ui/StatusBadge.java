package org.warrant.assignments.ui;

import static org.warrant.ui.Text.t;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import org.warrant.assignments.WorkStatus;

/** A work status as a coloured label; the colour repeats the word, it never replaces it. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(WorkStatus status) {
        Span badge = new Span(t("work-status." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
