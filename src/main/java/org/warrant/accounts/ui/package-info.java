/**
 * The admins' accounts page.
 */
@NullMarked
package org.warrant.accounts.ui;

import org.jspecify.annotations.NullMarked;
