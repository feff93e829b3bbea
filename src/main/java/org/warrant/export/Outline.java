package org.warrant.export;

/** A map's Markdown outline, with the file name to save it under. */
public record Outline(String fileName, String markdown) {
}
