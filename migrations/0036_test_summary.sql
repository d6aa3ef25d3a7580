-- One row per (repo, test) once merged: the test's newest names and its three latest executions, kept
-- current by the materialized view in 0037 on every insert into test_results and backfilled from
-- test_days in 0038. The
-- flakiness model reads the flaky tests' identity and broken streak here: from test_days they were the
-- aggregate states of every (test, day) of the window, and the ~1,000 flaky tests of a 100k-test
-- monorepo are spread over nearly every granule of it (docs/scale.md).
-- Table, view and backfill in three files, as test_days (0011–0013): a table of our own naming takes
-- its retention TTL like the others, and a cluster's migrations make it Replicated like them. Columns
-- as in test_days. What the view adds to an insert of 100k results (one whole-suite CI run of a
-- 100k-test monorepo), as its GROUP BY: ~0.18 CPU s (the four names ~0.10, the latest executions
-- ~0.08; the names as one argMax of a tuple cost more, ~0.15).
-- `recent`: the three latest executions (newest first: negated start time) with whether they failed;
-- skipped and rerun rows sort last. No partitions: the table grows with tests, not with time.
-- Granules of 256 rows, not the default 8,192: the model reads the ~1% of tests that are flaky,
-- scattered over the whole key range, so nearly every default granule holds one of them and every part
-- is read almost whole. Measured at 100k tests, 1,050 flaky ones, 7 unmerged parts (the backfill, three
-- CI runs): 0.32–0.42 CPU s at 256 rows, 0.16–0.18 at 16. Not 16: marks that fine made every insert and
-- merge of this table dearer, and ingestion pays that on every upload (bench junit, service CPU per 100k
-- cases: 4.1–4.7 s at 16, 3.7–3.8 at 256; 3.4 without the table).
CREATE TABLE IF NOT EXISTS test_summary
(
    repo          LowCardinality(String),
    test_id       String,
    -- Every row, also reruns and skips, and the newest ingestion: tell whether a repo has new results.
    rows          SimpleAggregateFunction(sum, UInt64),
    last_started  SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    last_ingested SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    recent        AggregateFunction(groupArraySorted(3), Tuple(Int64, UInt8)),
    suite         AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
    class_name    AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
    name          AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
    file          AggregateFunction(argMax, String, DateTime64(3, 'UTC'))
)
ENGINE = AggregatingMergeTree
ORDER BY (repo, test_id)
-- A retried insert into test_results that ClickHouse drops as a duplicate (same
-- insert_deduplication_token) still reaches the view; its block here carries a token derived from the
-- same one, and this window lets ClickHouse drop it too, so a retry is not counted twice.
SETTINGS non_replicated_deduplication_window = 10000, index_granularity = 256
