/**
 * The sign-in and registration pages.
 */
@NullMarked
package org.warrant.security.ui;

import org.jspecify.annotations.NullMarked;
