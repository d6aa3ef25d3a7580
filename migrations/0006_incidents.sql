-- Production incidents (from Kafka or the API). Few rows; the raw JSON is kept whole so a later
-- model can read fields this schema does not name yet. Re-sending an incident replaces it.
CREATE TABLE IF NOT EXISTS incidents
(
    repo        LowCardinality(String),
    incident_id String,
    title       String,
    severity    LowCardinality(String),
    status      LowCardinality(String),
    services    Array(LowCardinality(String)),
    trace_ids   Array(String),
    started_at  DateTime64(3, 'UTC'),
    resolved_at Nullable(DateTime64(3, 'UTC')),
    raw         String CODEC(ZSTD(3)),
    ingested_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(ingested_at)
ORDER BY (repo, incident_id)
