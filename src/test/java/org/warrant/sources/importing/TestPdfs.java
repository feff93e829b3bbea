package org.warrant.sources.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made on the fly, so tests need no binary fixtures. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** One page, lines set in a narrow column as a journal would, with document information. */
    static byte[] article(String title, String author, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(14);
                text.newLineAtOffset(72, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor(author);
            Calendar created = Calendar.getInstance();
            created.set(2021, Calendar.MARCH, 4);
            doc.getDocumentInformation().setCreationDate(created);
            return save(doc);
        }
    }

    static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            return save(doc);
        }
    }

    /** A page with no text layer, as a scan would have. */
    static byte[] withoutText() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
