package org.warrant.shell;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.warrant.notifications.NotificationService;
import org.warrant.ui.Text;

/**
 * The top bar's bell: the number of unread notifications, kept current over push while the page is open, and the
 * way to the notifications page. Its label says the number in words for screen readers.
 */
class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span count = new Span();
    private Runnable stop = () -> { };

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("notification-bell");
        count.addClassName("unread-count");
        count.getElement().setAttribute("aria-hidden", "true"); // the button's label says it
        getElement().appendChild(count.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
        show(notifications.unread());
    }

    void show(long unread) {
        count.setText(unread == 0 ? "" : Text.number(Math.min(unread, 99)) + (unread > 99 ? "+" : ""));
        count.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? t("bell.none") : t("bell.unread", Text.number(unread)));
        setTooltipText(unread == 0 ? t("bell.none") : t("bell.unread", Text.number(unread)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        stop = notifications.onNew(unread -> ui.access(() -> show(unread)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop.run();
    }
}
