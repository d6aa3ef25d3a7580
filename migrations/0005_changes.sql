-- Commit -> changed files. One row per (repo, commit, path); re-sending a change replaces it.
-- ORDER BY (repo, commit, path): the risk model joins results to their commit's files.
CREATE TABLE IF NOT EXISTS changes
(
    repo        LowCardinality(String),
    commit      String,
    parent      String,
    branch      LowCardinality(String),
    path        String CODEC(ZSTD(1)),
    added       UInt32,
    removed     UInt32,
    ingested_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(ingested_at)
ORDER BY (repo, commit, path)
