/**
 * Backups: consistent copies of the embedded H2 database taken while people work (H2's online {@code BACKUP}),
 * on demand by an admin, on a schedule with a retention count, or from the command line; and restoring one
 * into a data folder. On PostgreSQL the operator uses {@code pg_dump} (docs/deploy.md) and this module says so.
 */
@NullMarked
package org.warrant.backup;

import org.jspecify.annotations.NullMarked;
