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
-- Granules of 16 rows: the model reads the ~1% of tests that are flaky, scattered over the whole key
-- range, and with 256 rows a granule nearly always holds one of them (1 - 0.99^256 = 92%): every part
-- is read almost whole. Measured at 100k tests, 1,050 flaky ones: one part 0.10–0.14 CPU s at 256 rows,
-- 0.04–0.06 at 8; 7 unmerged parts (the backfill, three CI runs) 0.32–0.42 at 256, 0.16–0.18 at 16.
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
SETTINGS non_replicated_deduplication_window = 10000, index_granularity = 16
