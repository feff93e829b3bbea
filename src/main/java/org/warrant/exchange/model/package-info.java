@NullMarked
package org.warrant.exchange.model;

import org.jspecify.annotations.NullMarked;
