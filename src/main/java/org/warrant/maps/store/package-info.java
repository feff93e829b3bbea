/**
 * How maps are stored: Spring Data repositories, a plain-JDBC loader of a whole map, and the cache of the
 * latest version of each open map, shared by everyone who opens it. Internal to {@code maps}.
 */
@NullMarked
package org.warrant.maps.store;

import org.jspecify.annotations.NullMarked;
