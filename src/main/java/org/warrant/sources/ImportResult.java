package org.warrant.sources;

/** The article an import produced, and whether it was already in the library (same text, by content hash). */
public record ImportResult(long articleId, boolean alreadyPresent) {
}
