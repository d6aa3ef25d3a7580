-- Backfills test_reports with the results stored before its view (0015) existed; guarded like 0013.
INSERT INTO test_reports (repo, run_id, attempt, upload_id, cases, failing, duration_ms, first_started, last_ingested)
SELECT repo, run_id, attempt, upload_id,
       countIf(final = 1) AS cases,
       countIf(final = 1 AND status IN ('failed', 'errored')) AS failing,
       sumIf(duration_ms, final = 1) AS duration_ms,
       min(started_at) AS first_started,
       max(ingested_at) AS last_ingested
FROM test_results
WHERE (SELECT count() FROM schema_migrations WHERE version = 16) = 0
GROUP BY repo, run_id, attempt, upload_id
