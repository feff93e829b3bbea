/**
 * Compare: an instructor's view across the submitted maps of one assignment. {@link org.warrant.compare.CompareService}
 * loads the maps (instructors only, checked there) and {@link org.warrant.compare.Comparer} computes the rest:
 * an overview of each map, a heatmap of the passages the maps cite, a one-to-one matching of nodes between
 * any two maps (by cited passages first, then by wording; solved optimally with {@link org.warrant.compare.Hungarian}),
 * agreement scores per layer (arguments, passages, structure, stance) for every pair and against the answer
 * key, and a consensus map of what at least k maps share. {@link org.warrant.compare.CompareReport} writes it
 * all as Markdown and CSV. The {@code ui} subpackage holds the compare view of an assignment.
 */
package org.warrant.compare;
