/**
 * The maps page, the map editor and its panes and dialogs.
 */
@NullMarked
package org.warrant.editor.ui;

import org.jspecify.annotations.NullMarked;
