package org.warrant.sources.importing;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;

import org.warrant.sources.ArticleRejectedException;
import org.warrant.sources.UploadedText;

/** An uploaded file's name and bytes, with the checks every text format shares. */
record SourceFile(String name, byte[] bytes) {

    String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    String baseName() {
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        return base.replace('_', ' ').replace('-', ' ').strip();
    }

    /** The bytes as text ({@link UploadedText}), refusing binary data and other encodings rather than guessing. */
    String text() {
        if (!UploadedText.hasByteOrderMark(bytes) && looksBinary()) {
            throw new ArticleRejectedException(("%s looks like a binary file, not text (or text in an encoding Warrant does not read, "
                    + "such as UTF-16 without a byte-order mark). Upload the article as .txt, .md, .html or .pdf, "
                    + "with text saved as UTF-8.").formatted(name));
        }
        try {
            return UploadedText.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(("%s is not UTF-8 text (it may be Windows-1252, Latin-1 or UTF-32); "
                    + "Warrant reads %s. Open it in an editor, save it as UTF-8 and upload it again.").formatted(name, UploadedText.READABLE), e);
        }
    }

    /** NUL bytes, or many control characters in the first 8 KB, mean this is not a text file. */
    private boolean looksBinary() {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }
}
