/**
 * The outline import view.
 */
@NullMarked
package org.warrant.export.ui;

import org.jspecify.annotations.NullMarked;
