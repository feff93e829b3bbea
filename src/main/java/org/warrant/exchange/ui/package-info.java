/**
 * The view that imports Argdown and AIF files, as new maps or into a map.
 */
@NullMarked
package org.warrant.exchange.ui;

import org.jspecify.annotations.NullMarked;
