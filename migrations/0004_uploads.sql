-- Ledger of accepted uploads: a re-sent report (same repo, run, attempt, bytes) is answered from here
-- and not stored twice. Written after the upload's rows are durable.
CREATE TABLE IF NOT EXISTS uploads
(
    repo        LowCardinality(String),
    upload_id   String,
    run_id      String,
    attempt     UInt16,
    source      LowCardinality(String),
    file_name   String,
    suites      UInt32,
    runs        UInt32,
    passed      UInt32,
    failed      UInt32,
    errored     UInt32,
    skipped     UInt32,
    attempts    UInt32,
    received_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(received_at)
ORDER BY (repo, upload_id)
