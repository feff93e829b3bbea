/**
 * Shell: the application's frame around every feature's views: page setup, theme, the top bar with navigation
 * and the password dialog, and push settings. It may use any feature; nothing uses it.
 */
@NullMarked
package org.warrant.shell;

import org.jspecify.annotations.NullMarked;
