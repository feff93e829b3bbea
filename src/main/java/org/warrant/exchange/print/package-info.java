@NullMarked
package org.warrant.exchange.print;

import org.jspecify.annotations.NullMarked;
