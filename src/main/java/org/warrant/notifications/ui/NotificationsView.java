package org.warrant.notifications.ui;

import static org.warrant.ui.Text.t;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.warrant.notifications.MailSettings;
import org.warrant.notifications.Notification;
import org.warrant.notifications.NotificationKind;
import org.warrant.notifications.NotificationService;
import org.warrant.ui.Dates;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/**
 * The user's notifications, newest first (a click opens what it is about and marks it read), and what Warrant
 * mails them: the address, each kind on or off, at once or as one mail a day.
 */
@Route("notifications")
@PermitAll
class NotificationsView extends Div implements HasDynamicTitle {

    private final NotificationService notifications;
    final Notice notice = new Notice();
    final UnorderedList list = new UnorderedList();
    final Button markAll = new Button(t("notifications.mark-all"));
    final EmailField email = new EmailField(t("notifications.email"));
    final Map<NotificationKind, Checkbox> kinds = new LinkedHashMap<>();
    final Checkbox digest = new Checkbox(t("notifications.digest"));
    final Button save = new Button(t("notifications.save"));

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassNames("page", "notifications-view");
        list.addClassName("notification-list");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            showList();
        });
        add(new H1(t("notifications.title")), notice, markAll, list, settings());
        showList();
    }

    private void showList() {
        list.removeAll();
        var recent = notifications.recent(100);
        if (recent.isEmpty()) {
            list.add(new ListItem(t("notifications.none")));
        }
        for (Notification n : recent) {
            Button open = new Button(t(n.textKey(), n.args().toArray()), e -> {
                notifications.markRead(n.id());
                getUI().ifPresent(ui -> ui.navigate(n.link()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY); // the sentence runs in the page's direction; Messages isolated the names in it
            Span when = new Span(Dates.dateAndTime().format(n.createdAt()));
            when.addClassName("notification-time");
            ListItem item = new ListItem(open, when);
            item.addClassName(n.read() ? "read" : "unread");
            if (!n.read()) {
                Span mark = new Span(t("notifications.new"));
                mark.addClassName("unread-mark");
                item.addComponentAsFirst(mark);
            }
            list.add(item);
        }
        markAll.setEnabled(recent.stream().anyMatch(n -> !n.read()));
    }

    private Div settings() {
        MailSettings s = notifications.settings();
        email.setValue(s.email() == null ? "" : s.email());
        email.setHelperText(t("notifications.email-help"));
        Div box = new Div(new H2(t("notifications.mail")), email);
        for (NotificationKind kind : NotificationKind.values()) {
            Checkbox on = new Checkbox(t("notifications.kind." + kind.name()), s.mailed().contains(kind));
            kinds.put(kind, on);
            box.add(on);
        }
        digest.setValue(s.digest());
        digest.setHelperText(t("notifications.digest-help"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            EnumSet<NotificationKind> mailed = EnumSet.noneOf(NotificationKind.class);
            kinds.forEach((k, c) -> {
                if (c.getValue()) {
                    mailed.add(k);
                }
            });
            try {
                notifications.saveSettings(email.getValue(), mailed, digest.getValue());
                notice.done(t("notifications.saved"));
            } catch (IllegalArgumentException refused) {
                notice.problem(Text.problem(refused));
            }
        });
        box.add(digest, save);
        if (!notifications.mailAvailable()) {
            box.add(new Paragraph(t("notifications.no-mail-server")));
        }
        box.addClassName("mail-settings");
        return box;
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", t("notifications.title"));
    }
}
