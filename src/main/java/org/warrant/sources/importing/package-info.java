/**
 * Reading files (.txt, .md, .html, .pdf) into {@link org.warrant.sources.ArticleDraft}s, with the limits and
 * the plain-language refusals of bad files. Nothing here stores anything.
 */
@NullMarked
package org.warrant.sources.importing;

import org.jspecify.annotations.NullMarked;
