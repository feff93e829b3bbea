package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.warrant.exchange.Printing;

/** The comparison report as PDF: the Markdown report's words, typed text kept literal, and the agreement heatmap drawn in. */
class ReportPdfTest {

    @Test
    void the_report_pdf_has_the_reports_sections_and_a_heatmap_with_every_pairs_score() throws Exception {
        Comparison c = CompareReportTest.comparison();
        String markdown = CompareReport.markdown(c, 2, LocalDate.of(2026, 11, 23), ZoneOffset.UTC);
        double score = c.agreement(0, 1).overall();

        byte[] pdf = Printing.reportPdf("Comparison: Week 3", markdown, "Overall agreement between maps",
                List.of(c.map(0).map().label(), c.map(1).map().label()), new double[][] {{Double.NaN, score}, {score, Double.NaN}});
        Files.createDirectories(Path.of("target/pictures"));
        Files.write(Path.of("target/pictures/comparison-report.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Comparison: Week 3", "Agreement between maps", "Overall agreement between maps",
                    "<script>alert(1)</script>", String.format(java.util.Locale.ROOT, "%.2f", score));
        }
    }
}
