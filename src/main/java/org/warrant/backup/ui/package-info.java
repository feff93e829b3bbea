/**
 * The admins' backups page.
 */
@NullMarked
package org.warrant.backup.ui;

import org.jspecify.annotations.NullMarked;
