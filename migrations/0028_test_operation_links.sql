-- Which runtime operations each test execution exercised: the spans below the test's span in its
-- trace (src/store/test-links.ts walks them, as GET /v1/tests/:id/operations does for one test), one
-- row per (test execution, service, operation, kind). Hot-path coverage reads "is this production
-- operation exercised by some test" from here instead of walking every test trace of 30 days per
-- question. Filled by the linker whenever traces of tests receive spans; it re-walks a whole trace, so
-- ReplacingMergeTree on the full key keeps the latest walk (linked_at) of each row. ORDER BY the
-- operation first: coverage groups by it. Monthly partitions by the test's start; spans' retention.
CREATE TABLE IF NOT EXISTS test_operation_links
(
    service_name LowCardinality(String),
    operation    LowCardinality(String),
    kind         LowCardinality(String),
    repo         LowCardinality(String),
    test_id      String,
    trace_id     String,
    test_span_id String,
    started_at   DateTime64(3, 'UTC'),
    spans        UInt32,
    linked_at    DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(linked_at)
PARTITION BY toYYYYMM(started_at)
ORDER BY (service_name, operation, kind, repo, test_id, trace_id, test_span_id)
