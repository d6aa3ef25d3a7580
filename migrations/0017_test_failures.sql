-- The failed and errored rows of test_results (a few % of them), with the columns failure
-- classification needs, kept by the view in 0018 and backfilled in 0019: classification reads failures
-- here instead of scanning every result for them. ReplacingMergeTree keyed like failure_classes: a
-- row stored twice (a re-applied backfill, a redelivered test span) collapses, and readers use FINAL
-- (the table is small). Same partitioning and codecs as test_results.
CREATE TABLE IF NOT EXISTS test_failures
(
    repo         LowCardinality(String),
    test_id      String,
    started_at   DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    run_id       String,
    attempt      UInt16,
    retry        UInt16,
    final        UInt8,
    upload_id    String,
    branch       LowCardinality(String),
    commit       String,
    status       Enum8('passed' = 1, 'failed' = 2, 'errored' = 3, 'skipped' = 4),
    failure_type LowCardinality(String),
    message      String CODEC(ZSTD(3)),
    stack        String CODEC(ZSTD(3)),
    ingested_at  DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(started_at)
ORDER BY (repo, test_id, started_at, run_id, attempt, retry)
-- A retried insert into test_results that ClickHouse drops as a duplicate (same
-- insert_deduplication_token) still reaches the view; its block here carries a token derived from the
-- same one, and this window lets ClickHouse drop it too, so a retry is not counted twice.
SETTINGS non_replicated_deduplication_window = 10000
