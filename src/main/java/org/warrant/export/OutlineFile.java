package org.warrant.export;

/** A map's Markdown outline, with the file name to save it under. */
public record OutlineFile(String fileName, String markdown) {
}
