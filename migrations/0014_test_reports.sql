-- Per report (repo, run attempt, upload) rollup of test_results, kept current by the view in 0015 and
-- backfilled in 0016: how many test cases a report had and how many failed (a mass failure is a
-- share of them), and the CI minutes its reported results took (the cost of a re-run). One row per
-- report, small next to test_results, so no partitions; ORDER BY repo, run first: failure
-- classification and the rerun impact look reports up by run attempt.
CREATE TABLE IF NOT EXISTS test_reports
(
    repo          LowCardinality(String),
    run_id        String,
    attempt       UInt16,
    upload_id     String,
    -- Reported results (final = 1), and those of them that failed or errored.
    cases         SimpleAggregateFunction(sum, UInt64),
    failing       SimpleAggregateFunction(sum, UInt64),
    duration_ms   SimpleAggregateFunction(sum, Float64),
    first_started SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
    -- Newest ingestion time: which reports got results since classification last ran.
    last_ingested SimpleAggregateFunction(max, DateTime64(3, 'UTC'))
)
ENGINE = AggregatingMergeTree
ORDER BY (repo, run_id, attempt, upload_id)
-- A retried insert into test_results that ClickHouse drops as a duplicate (same
-- insert_deduplication_token) still reaches the view; its block here carries a token derived from the
-- same one, and this window lets ClickHouse drop it too, so a retry is not counted twice.
SETTINGS non_replicated_deduplication_window = 10000
