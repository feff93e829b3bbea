/** The application shell shared by every feature's views: page setup, theme, main layout and navigation. */
package org.warrant.ui;
