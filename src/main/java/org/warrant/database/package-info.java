/**
 * Database: the embedded H2 file, and what happens around it: who holds it, and a clear stop when a second
 * Warrant process reaches for a file another one has open.
 */
@NullMarked
package org.warrant.database;

import org.jspecify.annotations.NullMarked;
