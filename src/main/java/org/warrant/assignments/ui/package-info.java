/**
 * The assignments list (the home page), an assignment's page and its dialogs.
 */
@NullMarked
package org.warrant.assignments.ui;

import org.jspecify.annotations.NullMarked;
