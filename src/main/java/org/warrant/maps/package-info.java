/**
 * Maps: argument maps. A map is a forest: claims at the roots, premises (reasons for), objections (reasons
 * against, rebuttals when they answer an objection), and evidence, which cites exact passages of the map's
 * articles. Co-premises share a reason group; an undercut objection attacks the inference from its parent
 * to the grandparent rather than the parent itself.
 *
 * <p>{@link org.warrant.maps.MapService} (maps as wholes) and {@link org.warrant.maps.MapEditService} (every
 * change to nodes and citations) are the public API and check who may read or change each map
 * ({@code MapAccess}: owner, group, seminar instructors, published to the seminar, shared; the roster is asked
 * through {@link org.warrant.maps.SeminarRoles}). {@link org.warrant.maps.CommentService} holds feedback on
 * nodes and {@link org.warrant.maps.MapHistoryService} each map's history. {@link org.warrant.maps.MapRules}
 * holds the structural rules; {@link org.warrant.maps.Passage} the anchoring of quotes in article text;
 * {@link org.warrant.maps.MapDraftService} creates a whole map at once from a {@link org.warrant.maps.MapDraft}
 * (an imported outline, or a consensus of several maps, which is read-only for everyone), or a part at a time
 * as a long outline is read ({@link org.warrant.maps.MapParts}), checked node by node before it is written.
 * Opening a map returns a {@link org.warrant.maps.MapContent}
 * backed by a snapshot shared by everyone viewing the same version; every committed change is announced as
 * {@link org.warrant.maps.MapChanged}. In demo mode the example maps in {@code seed-data/maps} are loaded at
 * start-up. The {@code ui} subpackage holds the maps list, the editor (with live editing among the editors of
 * one map, comments and presence) and the history view; the editor's web components fetch their data from a
 * JSON endpoint rather than through the UI state.
 */
package org.warrant.maps;
