/**
 * Compare: an instructor's view across the submitted maps of one assignment. {@link
 * org.warrant.compare.CompareService} is the one entry point: it loads the maps (instructors only), compares
 * every pair and each with the answer key off the request thread (matching nodes by cited passages, then by
 * wording, solved optimally), and saves the consensus as a read-only map; {@link
 * org.warrant.compare.CompareReport} writes it all as Markdown and CSV. The {@code ui} subpackage holds the
 * compare view.
 */
@NullMarked
package org.warrant.compare;

import org.jspecify.annotations.NullMarked;
