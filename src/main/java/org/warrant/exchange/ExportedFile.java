package org.warrant.exchange;

/** A map as a file to download: its name in ASCII and in the title's own script (RFC 6266), its type and bytes. */
public record ExportedFile(String fileName, String unicodeFileName, String mediaType, byte[] content) {
}
