/**
 * Database: the embedded H2 file and what happens around it: who holds it, a clear stop when a second Warrant
 * process reaches for a file another one has open, and moving its data to PostgreSQL
 * ({@link org.warrant.database.PostgresMigration}, decision 0018) when a deployment outgrows it.
 */
@NullMarked
package org.warrant.database;

import org.jspecify.annotations.NullMarked;
