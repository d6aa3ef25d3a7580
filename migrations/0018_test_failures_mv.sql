-- Keeps test_failures current: the failed and errored rows of every insert into test_results.
CREATE MATERIALIZED VIEW IF NOT EXISTS test_failures_mv TO test_failures AS
SELECT repo, test_id, started_at, run_id, attempt, retry, final, upload_id, branch, commit, status,
       failure_type, message, stack, ingested_at
FROM test_results
WHERE status IN ('failed', 'errored')
