package org.warrant.compare.ui;

import static org.warrant.ui.Text.t;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.warrant.compare.CompareReport;
import org.warrant.compare.Comparison;
import org.warrant.exchange.Printing;
import org.warrant.export.FileNames;

/** The comparison as files: a Markdown report, the same as PDF with the agreement heatmap, and a CSV for gradebooks. */
class ReportLinks extends Div {

    /** The consensus in the report: what at least this many maps share (half, at least two when there are two). */
    static int defaultK(int maps) {
        return Math.max(Math.min(2, maps), (maps + 1) / 2);
    }

    ReportLinks(Comparison c) {
        String base = FileNames.stem(c.submissions().title(), "assignment");
        ZoneId zone = ZoneId.systemDefault();
        add(link(t("report.markdown"), base + "-comparison.md", "text/markdown; charset=UTF-8",
                        () -> utf8(CompareReport.markdown(c, defaultK(c.size()), LocalDate.now(zone), zone))),
                link(t("report.csv"), base + "-comparison.csv", "text/csv; charset=UTF-8",
                        () -> utf8(CompareReport.csv(c, zone))),
                link(t("report.pdf"), base + "-comparison.pdf", "application/pdf", () -> Printing.reportPdf("Comparison: " + c.submissions().title(),
                        CompareReport.markdown(c, defaultK(c.size()), LocalDate.now(zone), zone), "Overall agreement between maps",
                        labels(c), overall(c))));
        addClassName("report-links");
    }

    private static java.util.List<String> labels(Comparison c) {
        return java.util.stream.IntStream.range(0, c.size()).mapToObj(i -> c.map(i).map().label()).toList();
    }

    /** Each pair's overall agreement, as the matrix shows it; nothing on the diagonal. */
    private static double[][] overall(Comparison c) {
        double[][] scores = new double[c.size()][c.size()];
        for (int p = 0; p < c.size(); p++) {
            for (int q = 0; q < c.size(); q++) {
                scores[p][q] = p == q ? Double.NaN : c.agreement(Math.min(p, q), Math.max(p, q)).overall();
            }
        }
        return scores;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A link that makes its file when clicked, not each time the page is drawn. */
    private static Anchor link(String text, String file, String type, Supplier<byte[]> content) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
        }), text);
        a.addClassName("report-link");
        return a;
    }
}
