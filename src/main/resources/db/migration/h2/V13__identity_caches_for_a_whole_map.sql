-- Each time an identity's cache runs out, H2 commits the sequence, and that commit writes every page the
-- import has changed so far to disk. With caches of 1,000 (V7) a 10,000-node import still wrote its growing
-- transaction out 13 times (docs/benchmarks.md). A cache larger than the largest map (MapRules.MAX_NODES)
-- makes it at most once per import; a crash can leave a larger gap in the ids, which mean nothing.
ALTER TABLE map_node ALTER COLUMN id SET CACHE 16384;
ALTER TABLE citation ALTER COLUMN id SET CACHE 16384;
