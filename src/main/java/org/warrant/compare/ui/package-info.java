/**
 * The compare view of an assignment and its tabs (overview, passages, agreement, side by side, consensus).
 */
@NullMarked
package org.warrant.compare.ui;

import org.jspecify.annotations.NullMarked;
