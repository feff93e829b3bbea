package org.warrant.sources.importing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.ArticleRejectedException;

/**
 * A PDF, read with PDFBox; the text is restored with the same line-joining as the seed papers
 * ({@link TextRestorer}). Title, author and date come from the document information where it has them.
 */
final class PdfReader {

    private PdfReader() {
    }

    static ArticleDraft read(SourceFile file) {
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ArticleRejectedException(file.name() + " forbids copying its text. Ask for an unprotected copy.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new ArticleRejectedException(file.name()
                        + " has no text layer (it may be a scan). Run it through OCR first, or paste its text.");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info.getTitle() == null || info.getTitle().isBlank() ? file.baseName() : info.getTitle().strip();
            return new ArticleDraft(title, info.getAuthor(), null, date(info.getCreationDate()), null,
                    ArticleKind.ACADEMIC_PAPER, TextRestorer.restore(text));
        } catch (InvalidPasswordException e) {
            throw new ArticleRejectedException(file.name() + " is encrypted with a password. Save an unencrypted copy and upload that.", e);
        } catch (IOException e) {
            throw new ArticleRejectedException(file.name() + " is not a readable PDF (it may be damaged or only partly downloaded).", e);
        }
    }

    private static LocalDate date(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
