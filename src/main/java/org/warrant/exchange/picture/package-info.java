@NullMarked
package org.warrant.exchange.picture;

import org.jspecify.annotations.NullMarked;
