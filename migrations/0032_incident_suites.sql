-- Regression suites generated from incidents (models/incidents/suite.ts): the versioned JSON suite
-- served at GET /v1/incidents/:id/suite, stored whole (a few KB per incident; the JSON is the
-- contract the CLI renders test files from). incident_version is the incident row's ingested_at when
-- the suite was made: a re-sent incident (new ingested_at) makes the stored suite stale, and the next
-- read regenerates it. ReplacingMergeTree on (repo, incident_id): the newest generation wins. No TTL:
-- like incidents, suites are few and stay until retired (retirement is computed, not a deletion).
CREATE TABLE IF NOT EXISTS incident_suites
(
    repo             LowCardinality(String),
    incident_id      String,
    schema_version   UInt16,
    incident_version DateTime64(3, 'UTC'),
    suite            String CODEC(ZSTD(3)),
    generated_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(generated_at)
ORDER BY (repo, incident_id)
