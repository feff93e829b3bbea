/**
 * A map's history view: the list of changes and the map as it stood after each.
 */
@NullMarked
package org.warrant.history.ui;

import org.jspecify.annotations.NullMarked;
