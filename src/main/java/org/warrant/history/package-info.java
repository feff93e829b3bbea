/**
 * History: each map's record of who did what and when, and the map as it stood after each change (decision
 * 0013). {@link org.warrant.history.MapHistoryService} is the API, for whoever may read the map; the lines
 * themselves are written by the features that make the changes, in the same transaction. The {@code ui}
 * subpackage holds the history view.
 */
@NullMarked
package org.warrant.history;

import org.jspecify.annotations.NullMarked;
