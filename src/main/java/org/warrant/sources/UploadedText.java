package org.warrant.sources;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded bytes as text: UTF-8, with or without a byte-order mark, or UTF-16 (little- or big-endian) with
 * one, as Windows editors save "Unicode" text. Anything else is refused rather than guessed at; shared by
 * article and outline uploads, each of which says in its own words what to do instead.
 */
public final class UploadedText {

    /** What can be read, for the messages that refuse the rest. */
    public static final String READABLE = "UTF-8, or UTF-16 with a byte-order mark";

    private UploadedText() {
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (isUtf32(bytes)) {
            throw new CharacterCodingException();
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        }
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /**
     * Whether the bytes start with a Unicode byte-order mark: meant as text, although many of its bytes may be
     * NUL (UTF-16, UTF-32), so {@link #decode} says whether it can be read.
     */
    public static boolean hasByteOrderMark(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)
                || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF);
    }

    private static boolean isUtf32(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
