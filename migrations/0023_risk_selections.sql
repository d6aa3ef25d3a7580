-- What risk-based selection decided for a commit (POST /v1/risk with a commit, when it left tests
-- out): how many tests the model knew, which it selected, and which it advised quarantining. The
-- weekly report counts the runs that used selection, the tests it skipped, and its misses (a skipped
-- test that failed for real on a later run of the same branch) from here. One row per answer: small
-- (one per CI job asking), so plain MergeTree ordered for per-repo, per-time reads; monthly partitions
-- so results retention can drop old months.
CREATE TABLE IF NOT EXISTS risk_selections
(
    repo        LowCardinality(String),
    commit      String,
    branch      LowCardinality(String),
    asked_at    DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    -- Tests the model knew when it answered; selected ones run, the rest were skipped.
    total       UInt32,
    selected    Array(String) CODEC(ZSTD(1)),
    quarantined Array(String) CODEC(ZSTD(1)),
    risk_score  Float64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(asked_at)
ORDER BY (repo, asked_at, commit)
