/** The notifications page: the user's notifications, newest first, and their mail settings. */
@NullMarked
package org.warrant.notifications.ui;

import org.jspecify.annotations.NullMarked;
