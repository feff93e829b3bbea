@NullMarked
package org.warrant.exchange.argdown;

import org.jspecify.annotations.NullMarked;
