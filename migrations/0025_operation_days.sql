-- Per (environment, service, operation, kind, UTC day) rollup of entry spans: the production traffic
-- that hot-path coverage (models/coverage/) weighs, kept current by the view in 0026 and backfilled in
-- 0027. Entry spans are SERVER and CONSUMER spans and root spans, test and CI spans excluded; which
-- environments are production is configuration (SIGNALHOUSE_PRODUCTION_ENVIRONMENTS), so environment
-- stays a key and readers choose. Operations × days rows instead of one per span: 7 days of 50M spans
-- read as a few thousand rows. Counts are sums that add up on merge (readers still GROUP BY);
-- latency is a t-digest state (approximate quantiles, mergeable across days). A retried insert is
-- dropped by the deduplication window below, as in test_days (0011); a span that Kafka redelivers
-- after a consumer crash is a new insert and counts twice here (the spans table collapses it at a
-- merge, a sum cannot): calls are exact but for that window.
-- ORDER BY service first: the per-service answers read one service's rows. Monthly partitions; the
-- retention of spans applies (src/store/retention.ts).
CREATE TABLE IF NOT EXISTS operation_days
(
    environment  LowCardinality(String),
    service_name LowCardinality(String),
    operation    LowCardinality(String),
    kind         LowCardinality(String),
    day          Date,
    calls        SimpleAggregateFunction(sum, UInt64),
    errors       SimpleAggregateFunction(sum, UInt64),
    duration_ns  AggregateFunction(quantilesTDigest(0.5, 0.95), UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (service_name, operation, kind, environment, day)
SETTINGS non_replicated_deduplication_window = 10000
