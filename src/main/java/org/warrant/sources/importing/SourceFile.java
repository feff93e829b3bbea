package org.warrant.sources.importing;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;

import org.warrant.sources.ArticleRejectedException;
import org.warrant.sources.Utf8Text;

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

    /** The bytes as UTF-8 text, refusing binary data and other encodings rather than guessing. */
    String utf8Text() {
        if (looksBinary()) {
            throw new ArticleRejectedException("%s looks like a binary file, not text. Upload the article as .txt, .md, .html or .pdf."
                    .formatted(name));
        }
        try {
            return Utf8Text.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(("%s is not UTF-8 text (it may be Windows-1252 or Latin-1). "
                    + "Open it in an editor, save it as UTF-8 and upload it again.").formatted(name), e);
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
