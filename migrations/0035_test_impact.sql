-- Test impact from traces: which code files each test executed, from the spans below its test span
-- that carry `code.file.path` / `code.filepath` (ingestion/otlp/test-impact.ts). One row per
-- (repo, test, file) once merged: AggregatingMergeTree keeps the first and last time the test was seen
-- executing the file and how many traced executions did, so a nightly traced run adds no rows, only
-- moves last_seen. The risk model reads it per repo (ORDER BY repo first), grouping by (test, file).
-- No partitions: the table grows with tests × files, not with time. Its TTL (rows last seen longer ago
-- than the test results' retention) is set at start-up like every timed table's (src/store/retention.ts).
CREATE TABLE IF NOT EXISTS test_impact
(
    repo       LowCardinality(String),
    test_id    String,
    file       String CODEC(ZSTD(1)),
    first_seen SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
    last_seen  SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    executions SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY (repo, test_id, file)
-- A retried insert carries the same deduplication token as the first (batch-writer.ts): dropped, not
-- counted twice in executions.
SETTINGS non_replicated_deduplication_window = 10000
