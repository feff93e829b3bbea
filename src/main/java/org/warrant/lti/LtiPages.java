package org.warrant.lti;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;
import org.warrant.shared.Messages;

/**
 * The few plain pages the LTI endpoints answer with (outside Vaadin: the browser is not signed in yet, or must post a
 * form to the platform): signing in, a refused launch, and the Deep Linking answer. No scripts; every text escaped.
 */
final class LtiPages {

    private LtiPages() {
    }

    /** Signed in: moves on to the page in Warrant, from Warrant's own origin (so the session cookie goes with it). */
    static String continueTo(Locale locale, String path) {
        String url = "/" + path;
        return page(locale, Messages.text(locale, "lti.page.signing-in"), "<meta http-equiv=\"refresh\" content=\"0;url=" + HtmlUtils.htmlEscape(url) + "\">",
                "<p><a href=\"" + HtmlUtils.htmlEscape(url) + "\">" + HtmlUtils.htmlEscape(Messages.text(locale, "lti.page.continue")) + "</a></p>");
    }

    static String refused(Locale locale, String reason) {
        return page(locale, Messages.text(locale, "lti.page.refused-title"), "",
                "<p>" + HtmlUtils.htmlEscape(reason) + "</p><p>" + HtmlUtils.htmlEscape(Messages.text(locale, "lti.page.refused-help")) + "</p>");
    }

    /** The signed Deep Linking response, posted to the platform when the instructor presses the button. */
    static String deepLinkAnswer(Locale locale, String returnUrl, String jwt, String title) {
        return page(locale, Messages.text(locale, "lti.page.deep-link-title"), "",
                "<p dir=\"auto\">" + HtmlUtils.htmlEscape(Messages.text(locale, "lti.page.deep-link-text", title)) + "</p>"
                        + "<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(returnUrl) + "\">"
                        + "<input type=\"hidden\" name=\"JWT\" value=\"" + HtmlUtils.htmlEscape(jwt) + "\">"
                        + "<button type=\"submit\" autofocus>" + HtmlUtils.htmlEscape(Messages.text(locale, "lti.page.deep-link-button")) + "</button></form>");
    }

    private static String page(Locale locale, String title, String head, String body) {
        Locale l = Messages.supported(locale);
        return "<!DOCTYPE html><html lang=\"" + l.getLanguage() + "\" dir=\"" + (Messages.rightToLeft(l) ? "rtl" : "ltr") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title) + " · Warrant</title>"
                + head + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}"
                + "button{font:inherit;padding:.5rem 1rem}a:focus,button:focus{outline:3px solid #1a73e8;outline-offset:2px}</style></head><body><main><h1>"
                + HtmlUtils.htmlEscape(title) + "</h1>" + body + "</main></body></html>";
    }
}
