package org.warrant.sources.importing;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.warrant.shared.DeepStack;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleRejectedException;

/**
 * Reads an uploaded file into a draft article, by its extension. Limits are checked here, on the server,
 * whatever the browser allowed; a refused file gets an {@link ArticleRejectedException} saying what to do.
 */
@Component
public class ArticleFileReader {

    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf");
    private static final Logger log = LoggerFactory.getLogger(ArticleFileReader.class);

    private final long maxFileBytes;
    private final int maxTextChars;

    public ArticleFileReader(@Value("${warrant.import.max-file-bytes:20MB}") DataSize maxFileSize,
                             @Value("${warrant.import.max-text-chars:2000000}") int maxTextChars) {
        this.maxFileBytes = maxFileSize.toBytes();
        this.maxTextChars = maxTextChars;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public ArticleDraft read(String fileName, byte[] bytes) {
        SourceFile file = new SourceFile(fileName == null || fileName.isBlank() ? "upload" : fileName, bytes);
        try {
            ArticleDraft draft = readChecked(file);
            if (draft.blocks().isEmpty()) {
                throw new ArticleRejectedException(file.name() + " contains no text to read.");
            }
            if (draft.textLength() > maxTextChars) {
                throw new ArticleRejectedException("%s holds %,d characters of text; Warrant takes at most %,d per article. Split it into parts."
                        .formatted(file.name(), draft.textLength(), maxTextChars));
            }
            return draft;
        } catch (ArticleRejectedException e) {
            log.info("Refused {} ({} bytes): {}", file.name(), bytes.length, e.getMessage());
            throw e;
        }
    }

    private ArticleDraft readChecked(SourceFile file) {
        if (!EXTENSIONS.contains(file.extension())) {
            throw new ArticleRejectedException("Warrant reads .txt, .md, .html and .pdf files; %s is none of these."
                    .formatted(file.name()));
        }
        if (file.bytes().length == 0) {
            throw new ArticleRejectedException(file.name() + " is empty.");
        }
        if (file.bytes().length > maxFileBytes) {
            throw new ArticleRejectedException("%s is %s; files up to %s can be imported."
                    .formatted(file.name(), megabytes(file.bytes().length), megabytes(maxFileBytes)));
        }
        try { // the Markdown and PDF parsers recurse as deep as some inputs go
            return DeepStack.call(() -> switch (file.extension()) {
                case "txt" -> PlainTextReader.read(file);
                case "md", "markdown" -> MarkdownReader.read(file);
                case "html", "htm" -> HtmlReader.read(file);
                default -> PdfReader.read(file);
            });
        } catch (DeepStack.TooIntricate e) {
            throw new ArticleRejectedException(file.name() + " can't be read: it nests or runs on too far without closing what it "
                    + "opened (a link, quote, comment, tag or, in a PDF, an object). Save it again from its program, or as plain text.", e);
        }
    }

    static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / (1024.0 * 1024.0));
    }
}
