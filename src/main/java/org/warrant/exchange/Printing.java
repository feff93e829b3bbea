package org.warrant.exchange;

import java.util.List;

import org.warrant.exchange.picture.HeatmapSvg;
import org.warrant.exchange.print.PdfRenderer;
import org.warrant.exchange.print.ReportHtml;

/**
 * Printed reports for other features: a Markdown report (which they wrote, from data their services checked) as a
 * PDF with a heatmap of scores drawn in, the way the essay plan is printed. Renders only what it is given.
 */
public final class Printing {

    private Printing() {
    }

    /** The report's Markdown as a PDF; the heatmap of {@code scores} (0 to 1, NaN for none) follows its first heading. */
    public static byte[] reportPdf(String title, String markdown, String heatmapTitle, List<String> labels, double[][] scores) {
        String heatmap = labels.size() < 2 ? "" : HeatmapSvg.write(heatmapTitle, labels, scores);
        return PdfRenderer.render(ReportHtml.page(title, markdown, heatmapTitle, heatmap), title);
    }
}
