-- Per repo: how far failure_classes is current (models/failures/classify.ts). `rules` names the
-- classification rules that computed it (a change of rules recomputes every verdict); `seen` is what
-- the repo's results looked like then (newest ingestion time and row count, from test_days);
-- `scan_from` is the ingestion time from which results count as new for the next, incremental
-- computation. One row per repo: ReplacingMergeTree keeps the newest.
CREATE TABLE IF NOT EXISTS failure_class_state
(
    repo        LowCardinality(String),
    rules       String,
    seen        String,
    scan_from   DateTime64(3, 'UTC'),
    computed_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(computed_at)
ORDER BY repo
