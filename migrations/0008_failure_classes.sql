-- The class of every failed or errored test result (product | flaky | infrastructure), with the
-- normalised failure fingerprint and the evidence behind the class, as computed by
-- models/failures/. Recomputed per repo when asked (the model sees later runs that change an earlier
-- verdict: a fail that later passed on the same commit is flaky), so ReplacingMergeTree keyed like
-- test_results keeps the latest verdict per failure row.
CREATE TABLE IF NOT EXISTS failure_classes
(
    repo        LowCardinality(String),
    test_id     String,
    started_at  DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    run_id      String,
    attempt     UInt16,
    retry       UInt16,
    commit      String,
    branch      LowCardinality(String),
    class       LowCardinality(String),
    fingerprint String,
    evidence    String CODEC(ZSTD(1)),
    computed_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(computed_at)
PARTITION BY toYYYYMM(started_at)
ORDER BY (repo, test_id, started_at, run_id, attempt, retry)
