/**
 * Exchange: maps leaving Warrant for other tools and for paper, and coming back. Argdown and AIF JSON out and in
 * ({@link org.warrant.exchange.ArgdownService}, {@link org.warrant.exchange.AifService}), the diagram as SVG and PNG
 * ({@link org.warrant.exchange.DiagramService}), and the essay plan as HTML and PDF
 * ({@link org.warrant.exchange.EssayService}); formats in docs/argdown.md, docs/aif.md and docs/pictures.md.
 */
@NullMarked
package org.warrant.exchange;

import org.jspecify.annotations.NullMarked;
