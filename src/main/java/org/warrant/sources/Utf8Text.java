package org.warrant.sources;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded bytes as UTF-8 text: a leading byte-order mark dropped, anything that is not UTF-8 refused rather
 * than guessed at. Shared by article and outline uploads; each says in its own words what to do instead.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        int offset = hasBom(bytes) ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
