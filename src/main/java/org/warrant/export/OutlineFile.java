package org.warrant.export;

/**
 * A map's Markdown outline, with the file name to save it under: {@code fileName} in plain ASCII for any
 * client, {@code unicodeFileName} in the title's own script (a Persian title stays Persian) where clients
 * take it (RFC 6266's {@code filename*}, the download attribute).
 */
public record OutlineFile(String fileName, String unicodeFileName, String markdown) {
}
