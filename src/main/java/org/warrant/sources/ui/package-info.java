/**
 * The library, the reader and the article import view.
 */
@NullMarked
package org.warrant.sources.ui;

import org.jspecify.annotations.NullMarked;
