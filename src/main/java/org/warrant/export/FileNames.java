package org.warrant.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names for downloaded files, made from a title: lower-case ASCII letters, digits and dashes, safe everywhere;
 * and the same in the title's own script, sent beside it in UTF-8 (RFC 6266) for clients that take it.
 */
public final class FileNames {

    private static final int MAX_LENGTH = 80;

    private FileNames() {
    }

    /** "Iran's neutrality: a case" becomes "irans-neutrality-a-case"; {@code fallback} when nothing is left. */
    public static String stem(String title, String fallback) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return name.isEmpty() ? fallback : name;
    }

    /** "ایران و آذربایجان" stays "ایران-و-آذربایجان": letters, marks and digits of any script, ZWNJ kept, dashes between. */
    public static String unicodeStem(String title, String fallback) {
        String name = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("['’]", "")
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\u200C]+", "-").replaceAll("(^-+|-+$)", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).replaceAll("-+$", "");
        }
        return name.isEmpty() ? fallback : name;
    }

    /**
     * A Content-Disposition value ({@code type} "inline" or "attachment") naming the file in ASCII and, when the
     * names differ, in UTF-8 as {@code filename*} (RFC 6266, RFC 5987 encoding).
     */
    public static String disposition(String type, String asciiName, String unicodeName) {
        String header = type + "; filename=\"" + asciiName + "\"";
        return asciiName.equals(unicodeName) ? header : header + "; filename*=UTF-8''" + percentEncoded(unicodeName);
    }

    private static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
