@NullMarked
package org.warrant.exchange.ui;

import org.jspecify.annotations.NullMarked;
