-- The operation each span belongs to, named by models/operations/operation-name.ts when spans are
-- encoded for the store (route templates, never raw URLs: "GET /api/orders/:id"), so every reader
-- groups by the same name instead of re-deriving it from attributes at query time. Spans stored before
-- this column existed read their span name (DEFAULT name): ClickHouse computes the default for old
-- parts when read, and renaming them all would be a mutation of the largest table for old data that
-- ages out with the spans TTL anyway.
ALTER TABLE spans ADD COLUMN IF NOT EXISTS operation LowCardinality(String) DEFAULT name AFTER name
