-- OTLP spans, production and CI alike (environment tells them apart). Layout follows the
-- OpenTelemetry Collector's ClickHouse exporter: daily partitions (spans are high volume and kept
-- briefly, so TTL drops whole days), ORDER BY service and operation first because hot-path queries
-- group by them, then time. A bloom filter on trace_id serves GET /v1/traces/:traceId.
-- ReplacingMergeTree with trace and span id closing the key: Kafka delivers at least once, and a
-- redelivered span collapses into the first; readers that count spans use uniqExact or FINAL.
-- Attributes are Maps with LowCardinality keys: keys repeat endlessly, values vary.
CREATE TABLE IF NOT EXISTS spans
(
    trace_id            String CODEC(ZSTD(1)),
    span_id             String CODEC(ZSTD(1)),
    parent_span_id      String CODEC(ZSTD(1)),
    trace_state         String CODEC(ZSTD(1)),
    service_name        LowCardinality(String),
    name                LowCardinality(String),
    kind                LowCardinality(String),
    start_time          DateTime64(9, 'UTC') CODEC(Delta, ZSTD(1)),
    duration_ns         UInt64 CODEC(ZSTD(1)),
    status_code         LowCardinality(String),
    status_message      String CODEC(ZSTD(1)),
    environment         LowCardinality(String),
    scope_name          LowCardinality(String),
    scope_version       LowCardinality(String),
    resource_attributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    span_attributes     Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    events Nested
    (
        time       DateTime64(9, 'UTC'),
        name       LowCardinality(String),
        attributes Map(LowCardinality(String), String)
    ) CODEC(ZSTD(1)),
    links Nested
    (
        trace_id    String,
        span_id     String,
        trace_state String,
        attributes  Map(LowCardinality(String), String)
    ) CODEC(ZSTD(1)),
    ingested_at         DateTime64(3, 'UTC') DEFAULT now64(3),
    INDEX idx_trace_id trace_id TYPE bloom_filter(0.001) GRANULARITY 1
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toDate(start_time)
ORDER BY (service_name, name, toDateTime(start_time), trace_id, span_id)
SETTINGS non_replicated_deduplication_window = 10000
