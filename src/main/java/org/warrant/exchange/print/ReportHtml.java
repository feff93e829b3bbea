package org.warrant.exchange.print;

import org.warrant.exchange.picture.Xml;
import org.warrant.export.SafeMarkdown;

/** A Markdown report as a printable page: rendered safely (no raw HTML, only web links), a picture after its opening. */
public final class ReportHtml {

    private ReportHtml() {
    }

    public static String page(String title, String markdown, String pictureTitle, String svg) {
        String body = SafeMarkdown.html(markdown);
        String figure = svg.isEmpty() ? "" : "<figure><figcaption><strong>" + Xml.text(pictureTitle) + "</strong></figcaption>" + svg + "</figure>";
        int afterIntro = body.indexOf("<h2");
        String withFigure = afterIntro < 0 ? body + figure : body.substring(0, afterIntro) + figure + body.substring(afterIntro);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>" + Xml.text(title) + "</title><style>" + PrintStyle.CSS
                + " figure { margin: 1em 0; page-break-inside: avoid; } figcaption { margin-bottom: .4em; }</style></head><body dir=\"auto\">"
                + withFigure + "</body></html>";
    }
}
