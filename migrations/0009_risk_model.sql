-- The trained regression-risk model (models/risk/): one table holds every part of one model, told
-- apart by `kind`, so a model is written and replaced as a unit and a reader loads it with one range
-- read of the ordering key (repo, model_id):
--   'test'   one row per test: runs, real failures, decayed recent failures, median duration, identity,
--            and the path locator (dirs, stem) the similarity feature matches changed files against;
--   'key'    one row per changed path or folder prefix: how many training commits touched it;
--   'assoc'  one row per (path or prefix, test) with at least one new real failure after a change
--            that touched the key: the co-failure count;
--   'weight' one row per feature weight of the calibrated logistic combination;
--   'meta'   one row, written last: marks the model complete (readers ignore models without it).
-- Training writes a new model_id, then deletes older models of the repo. Small (tests + sparse
-- associations), so plain MergeTree without partitions; ZSTD on the repetitive text columns.
CREATE TABLE IF NOT EXISTS risk_model
(
    repo         LowCardinality(String),
    model_id     String,
    kind         LowCardinality(String),
    key          String CODEC(ZSTD(1)),
    test_id      String,
    -- Training data cut-off: only results started before it were used.
    as_of        DateTime64(3, 'UTC'),
    runs         Float64,
    fails        Float64,
    co_failures  Float64,
    key_commits  Float64,
    decayed      Float64,
    duration_ms  Float64,
    weight       Float64,
    last_fail_at DateTime64(3, 'UTC'),
    suite        String CODEC(ZSTD(1)),
    class_name   String CODEC(ZSTD(1)),
    name         String CODEC(ZSTD(1)),
    file         String CODEC(ZSTD(1)),
    locator      String CODEC(ZSTD(1)),
    stem         String,
    dirs         Array(String) CODEC(ZSTD(1)),
    detail       String CODEC(ZSTD(1)),
    trained_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = MergeTree
ORDER BY (repo, model_id, kind, key, test_id)
