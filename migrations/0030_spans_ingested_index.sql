-- The test linker (src/store/test-links.ts) asks every pass which spans arrived since its last one
-- (ingested_at > mark). Rows are written in arrival order, so each granule's ingested_at spans a
-- moment: a minmax index lets ClickHouse skip every granule that arrived before the mark instead of
-- reading the column for a day of spans on each coverage request. Applies to parts written from now
-- on; older parts are read as before until they merge or age out.
ALTER TABLE spans ADD INDEX IF NOT EXISTS idx_ingested_at ingested_at TYPE minmax GRANULARITY 1
