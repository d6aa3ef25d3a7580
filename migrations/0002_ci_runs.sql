-- One row per CI run attempt (repo, run_id, attempt). Several uploads of the same run (one per
-- report file, or OTLP batches) each write the row again: ReplacingMergeTree keeps the newest, and
-- readers use FINAL (the table is small next to test_results: one row per run, not per test).
-- Counts are not stored here; they are aggregated from test_results so late uploads stay correct.
-- Partitioned by month of the run: retention drops whole months, and per-repo history reads touch
-- few parts. ORDER BY repo first: every query is per repo.
CREATE TABLE IF NOT EXISTS ci_runs
(
    repo        LowCardinality(String),
    run_id      String,
    attempt     UInt16,
    branch      LowCardinality(String),
    commit      String,
    pipeline    LowCardinality(String),
    job         LowCardinality(String),
    provider    LowCardinality(String),
    url         String CODEC(ZSTD(1)),
    change_id   String,
    started_at  DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    finished_at Nullable(DateTime64(3, 'UTC')),
    -- OpenTelemetry cicd.pipeline.result; 'error' (the CI system failed) is kept apart from 'failure'.
    result      LowCardinality(String),
    source      LowCardinality(String),
    ingested_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(started_at)
ORDER BY (repo, run_id, attempt)
