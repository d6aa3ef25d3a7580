-- Per (repo, test, UTC day) rollup of test_results, kept current by the materialized view in 0012
-- and backfilled in 0013: what the flakiness model reads instead of the raw results (tests × days
-- rows, not one row per execution). AggregatingMergeTree: counts are SimpleAggregateFunction(sum),
-- so rows of one key written by different inserts add up on merge (readers still GROUP BY, since
-- merges are eventual). `recent` keeps the day's three latest executions (newest first: negated
-- start time) with whether they failed; skipped and rerun rows sort last, as in the model. Names are
-- argMax by start time, so the newest name of a renamed test wins. Monthly partitions like
-- test_results; ORDER BY repo, test first: the model reads one repo, per test.
CREATE TABLE IF NOT EXISTS test_days
(
    repo                LowCardinality(String),
    test_id             String,
    day                 Date,
    -- Every row, also reruns and skips: with last_ingested, tells whether a repo has new results.
    rows                SimpleAggregateFunction(sum, UInt64),
    -- Reported results (final = 1) that ran (not skipped).
    executions          SimpleAggregateFunction(sum, UInt64),
    retried_then_passed SimpleAggregateFunction(sum, UInt64),
    -- Passes at the first try (release from quarantine counts these).
    clean_passes        SimpleAggregateFunction(sum, UInt64),
    last_started        SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    last_ingested       SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    recent              AggregateFunction(groupArraySorted(3), Tuple(Int64, UInt8)),
    suite               AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
    class_name          AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
    name                AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
    file                AggregateFunction(argMax, String, DateTime64(3, 'UTC'))
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (repo, test_id, day)
-- A retried insert into test_results that ClickHouse drops as a duplicate (same
-- insert_deduplication_token) still reaches the view; its block here carries a token derived from the
-- same one, and this window lets ClickHouse drop it too, so a retry is not counted twice.
SETTINGS non_replicated_deduplication_window = 10000
