-- A counter bumped by every change to a map's nodes or citations, so that an unchanged map can be served
-- from memory to all its open editors. Separate from "version", the map row's optimistic lock.
ALTER TABLE argument_map ADD COLUMN content_version BIGINT NOT NULL DEFAULT 0;
