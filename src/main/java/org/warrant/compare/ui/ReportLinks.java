package org.warrant.compare.ui;

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
import org.warrant.export.FileNames;

/** The comparison as files: a Markdown report and a CSV for gradebooks, named after the assignment. */
class ReportLinks extends Div {

    /** The consensus in the report: what at least this many maps share (half, at least two when there are two). */
    static int defaultK(int maps) {
        return Math.max(Math.min(2, maps), (maps + 1) / 2);
    }

    ReportLinks(Comparison c) {
        String base = FileNames.stem(c.submissions().title(), "assignment");
        ZoneId zone = ZoneId.systemDefault();
        add(link("Download report (Markdown)", base + "-comparison.md", "text/markdown",
                        () -> CompareReport.markdown(c, defaultK(c.size()), LocalDate.now(zone), zone)),
                link("Download CSV for the gradebook", base + "-comparison.csv", "text/csv",
                        () -> CompareReport.csv(c, zone)));
        addClassName("report-links");
    }

    private static Anchor link(String text, String file, String type, Supplier<String> content) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, type + "; charset=UTF-8", bytes.length);
        }), text);
        a.addClassName("report-link");
        return a;
    }
}
