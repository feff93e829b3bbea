/**
 * Cluster: several Warrant instances sharing one PostgreSQL database (decision 0019). Changes to a map committed
 * on one instance reach the editors on the others through PostgreSQL's {@code LISTEN/NOTIFY}
 * ({@link org.warrant.cluster.MapChangedElsewhere}), who is on which map is kept in the database
 * ({@link org.warrant.cluster.PresenceBoard}), and start-up seeding runs on one instance at a time. On the embedded
 * H2 file there is one instance, and all of this does nothing.
 */
@NullMarked
package org.warrant.cluster;

import org.jspecify.annotations.NullMarked;
