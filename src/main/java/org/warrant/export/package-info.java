/**
 * Export: maps as Markdown outlines (docs/markdown-outline.md). {@link org.warrant.export.OutlineService} is the
 * public API: export a readable map (also served at {@code /maps/{id}/outline.md}), preview an outline as
 * sanitised HTML, and import one as a new map. Outlines are written as a Flexmark AST and rendered with
 * Flexmark's formatter, with all user text escaped ({@code MarkdownText}); they are read with Flexmark, in
 * Warrant's own format or as a hand-written bullet list, with every problem reported by line; a long outline
 * is read in pieces on one core while the map is written on the other ({@code OutlinePieces}). The {@code ui}
 * subpackage holds the editor's export dialog and the import view.
 */
package org.warrant.export;
