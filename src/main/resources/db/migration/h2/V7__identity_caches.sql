-- H2 writes an identity column's sequence to disk, with its own commit, every time its cache of values runs
-- out (32 by default). Importing a 10,000-node outline thus made over 300 extra commits, most of the time the
-- insert took (docs/benchmarks.md). With larger caches a crash can leave a gap in the ids, which mean nothing.
ALTER TABLE map_node ALTER COLUMN id SET CACHE 1000;
ALTER TABLE citation ALTER COLUMN id SET CACHE 1000;
