/**
 * Export: maps as Markdown outlines (docs/markdown-outline.md). {@link org.warrant.export.OutlineService} is
 * the API: export a readable map (also at {@code /maps/{id}/outline.md}), preview an outline as sanitised HTML,
 * and import one as a new map, with every problem reported by line; {@link org.warrant.export.SafeMarkdown} and
 * {@link org.warrant.export.MarkdownDocument} render and write Markdown for other features. The {@code ui}
 * subpackage holds the import view.
 */
@NullMarked
package org.warrant.export;

import org.jspecify.annotations.NullMarked;
