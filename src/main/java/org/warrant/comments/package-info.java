/**
 * Comments: feedback on the nodes of a map, in threads that the map's authors answer and resolve. {@link
 * org.warrant.comments.CommentService} is the API; who may comment follows the map's rules ({@link
 * org.warrant.maps.MapAccess}: its authors, its seminar's instructors, and its seminar's students during peer
 * review). Each comment is in the map's history and is announced as a {@link org.warrant.maps.MapChangedEvent}.
 */
@NullMarked
package org.warrant.comments;

import org.jspecify.annotations.NullMarked;
