-- Keeps test_reports current on every insert into test_results (a retried insert is not counted
-- twice: see the deduplication window of test_reports, 0014).
CREATE MATERIALIZED VIEW IF NOT EXISTS test_reports_mv TO test_reports AS
SELECT repo, run_id, attempt, upload_id,
       countIf(final = 1) AS cases,
       countIf(final = 1 AND status IN ('failed', 'errored')) AS failing,
       sumIf(duration_ms, final = 1) AS duration_ms,
       min(started_at) AS first_started,
       max(ingested_at) AS last_ingested
FROM test_results
GROUP BY repo, run_id, attempt, upload_id
