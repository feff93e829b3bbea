-- Nothing looks nodes up by ref, and the unique index on (map_id, ref) from V5 more than doubled the time to
-- write a 10,000-node imported map (string comparisons on every insert; docs/benchmarks.md). Refs stay
-- unique within a map by construction: random for new nodes, checked on import, copied whole on duplication.
DROP INDEX map_node_ref;
