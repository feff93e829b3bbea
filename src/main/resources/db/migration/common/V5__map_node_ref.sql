-- A node's stable id in Markdown outlines: exported with the node and kept by re-import, so an outline
-- survives export, import and export again unchanged. Unique within its map; database ids are not stable.
ALTER TABLE map_node ADD COLUMN ref VARCHAR(24);
UPDATE map_node SET ref = 'n' || id;
ALTER TABLE map_node ALTER COLUMN ref SET NOT NULL;
CREATE UNIQUE INDEX map_node_ref ON map_node (map_id, ref);
