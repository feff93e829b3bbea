package org.warrant.sources;

public enum BlockKind {
    HEADING,
    PARAGRAPH
}
