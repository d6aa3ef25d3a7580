-- One row per executed attempt of a test case: the big table (millions of rows per repo).
-- ORDER BY (repo, test_id, started_at) serves per-test history and per-test aggregation (flakiness)
-- by reading one contiguous range per test. Monthly partitions keep part counts low and let TTL drop
-- whole months. LowCardinality for the few distinct values; ZSTD on free text; Delta on times.
-- Plain MergeTree, not Replacing: duplicates are refused at write time (a re-sent upload is found by
-- its upload_id; a retried insert carries the same insert_deduplication_token; see
-- src/store/junit-uploads.ts and src/store/batch-writer.ts), so counts need no FINAL.
CREATE TABLE IF NOT EXISTS test_results
(
    repo         LowCardinality(String),
    test_id      String,
    run_id       String,
    attempt      UInt16,
    -- 0 = first execution inside the CI run attempt; 1.. = in-run retries (Surefire reruns).
    retry        UInt16,
    -- 1 on the row that carries the test case's reported result (the one JUnit counts); reruns are 0.
    final        UInt8,
    branch       LowCardinality(String),
    commit       String,
    suite        String CODEC(ZSTD(1)),
    class_name   String CODEC(ZSTD(1)),
    name         String CODEC(ZSTD(1)),
    file         String CODEC(ZSTD(1)),
    status       Enum8('passed' = 1, 'failed' = 2, 'errored' = 3, 'skipped' = 4),
    duration_ms  Float64 CODEC(Gorilla, ZSTD(1)),
    started_at   DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    failure_type LowCardinality(String),
    message      String CODEC(ZSTD(3)),
    stack        String CODEC(ZSTD(3)),
    system_out   String CODEC(ZSTD(3)),
    system_err   String CODEC(ZSTD(3)),
    properties   Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    source       LowCardinality(String),
    -- For results reported as OpenTelemetry test spans: the span, so the runtime spans below it in its
    -- trace can be linked to this test. Empty for JUnit.
    trace_id     String,
    span_id      String,
    -- Which upload (report content hash, or test span) wrote the row, and its position there.
    upload_id    String,
    ordinal      UInt32,
    ingested_at  DateTime64(3, 'UTC') DEFAULT now64(3),
    INDEX idx_run run_id TYPE bloom_filter(0.01) GRANULARITY 4,
    -- The upload ledger: "was this report stored already?" is a lookup by upload_id.
    INDEX idx_upload upload_id TYPE bloom_filter(0.001) GRANULARITY 1
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(started_at)
ORDER BY (repo, test_id, started_at)
-- Lets ClickHouse drop a retried insert that carries the same insert_deduplication_token.
SETTINGS non_replicated_deduplication_window = 10000
