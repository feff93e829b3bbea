-- H2 indexes a foreign key's column itself when the table is created, so citation_node (V3) was a second
-- index on citation.node_id that every citation written had to update as well.
DROP INDEX citation_node;
