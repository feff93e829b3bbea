/**
 * Drafts: whole maps created at once from a {@link org.warrant.drafts.MapDraft} (an imported outline, a
 * consensus of several maps), every node checked against the rules of maps before anything is written. {@link
 * org.warrant.drafts.MapDraftService} is the API; a long outline is written a part at a time ({@link
 * org.warrant.drafts.MapWrittenInParts}) while the rest of it is still being read, in one transaction.
 */
@NullMarked
package org.warrant.drafts;

import org.jspecify.annotations.NullMarked;
