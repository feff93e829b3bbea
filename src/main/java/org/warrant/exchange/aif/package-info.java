@NullMarked
package org.warrant.exchange.aif;

import org.jspecify.annotations.NullMarked;
