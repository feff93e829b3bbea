/**
 * Maps: argument maps and their rules. A map is a forest: claims at the roots, premises, objections and
 * evidence below, evidence citing exact passages of the map's articles; {@link org.warrant.maps.NodeRole} names
 * what a node is where it stands. {@link org.warrant.maps.MapService} (maps as wholes) and {@link
 * org.warrant.maps.MapEditService} (every change to nodes and citations) are the API; {@link
 * org.warrant.maps.MapAccess} is the access rule other features build on (owner, group, seminar instructors,
 * published, shared), and every committed change is announced as a {@link org.warrant.maps.MapChangedEvent}.
 * The {@code store} subpackage is internal: repositories and the cache of map versions.
 */
@NullMarked
package org.warrant.maps;

import org.jspecify.annotations.NullMarked;
