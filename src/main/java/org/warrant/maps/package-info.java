/**
 * Maps: argument maps. A map is a forest: claims at the roots, premises (reasons for), objections (reasons
 * against, rebuttals when they answer an objection), and evidence, which cites exact passages of the map's
 * articles. Co-premises share a reason group; an undercut objection attacks the inference from its parent
 * to the grandparent rather than the parent itself.
 *
 * <p>{@link org.warrant.maps.MapService} is the public API and checks who may read or change each map;
 * {@link org.warrant.maps.MapRules} holds the structural rules; {@link org.warrant.maps.Passage} the
 * anchoring of quotes in article text.
 */
package org.warrant.maps;
