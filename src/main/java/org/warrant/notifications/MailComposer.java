package org.warrant.notifications;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.warrant.shared.Messages;

/**
 * Writes notification mail in the recipient's language: one notification, or a day's as a digest. Links are made
 * from the configured public address, so they work behind a proxy. Every text that came from users is escaped, and
 * the HTML is then cleaned against a safelist all the same.
 */
@Component
class MailComposer {

    private final String publicUrl;

    MailComposer(@Value("${warrant.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    ComposedMail one(Locale locale, Notification n) {
        String line = line(locale, n);
        return mail(locale, Messages.text(locale, "mail.subject", line), List.of(n));
    }

    ComposedMail digest(Locale locale, List<Notification> notifications) {
        return mail(locale, Messages.text(locale, "mail.digest-subject", notifications.size()), notifications);
    }

    private ComposedMail mail(Locale locale, String subject, List<Notification> notifications) {
        String settings = url("notifications");
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html lang=\"").append(Messages.supported(locale).getLanguage())
                .append("\" dir=\"").append(Messages.rightToLeft(locale) ? "rtl" : "ltr").append("\"><body>");
        for (Notification n : notifications) {
            String line = line(locale, n);
            text.append(line).append('\n').append(url(n.link())).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("<br><a href=\"").append(HtmlUtils.htmlEscape(url(n.link())))
                    .append("\">").append(HtmlUtils.htmlEscape(Messages.text(locale, "mail.open"))).append("</a></p>");
        }
        String footer = Messages.text(locale, "mail.footer");
        text.append("-- \n").append(footer).append('\n').append(settings).append('\n');
        html.append("<p><small>").append(HtmlUtils.htmlEscape(footer)).append(" <a href=\"").append(HtmlUtils.htmlEscape(settings))
                .append("\">").append(HtmlUtils.htmlEscape(settings)).append("</a></small></p></body></html>");
        String cleanBody = Jsoup.clean(html.toString(), publicUrl + "/", Safelist.basic());
        String page = "<!DOCTYPE html>" + html.substring(0, html.indexOf("<body>") + 6) + cleanBody + "</body></html>";
        return new ComposedMail(subject.length() > 300 ? subject.substring(0, 299) + "…" : subject, text.toString(), page);
    }

    static String line(Locale locale, Notification n) {
        return Messages.text(locale, n.textKey(), n.args().toArray());
    }

    String url(String path) {
        return publicUrl + "/" + path;
    }
}
