/**
 * Editor: the maps page and the map editor, where an article stands beside the map's outline and diagram,
 * with live editing among everyone on one map, comments, history and export at hand. It depends on the
 * features it shows and nothing depends on it. {@link org.warrant.editor.EditingRooms} tells every open editor
 * of a map about changes and presence (decision 0012); {@link org.warrant.editor.EditorDataEndpoint} serves the
 * editor's web components their JSON (decision 0005). The {@code ui} subpackage holds the views.
 */
@NullMarked
package org.warrant.editor;

import org.jspecify.annotations.NullMarked;
