-- Backfills test_failures with the failures stored before its view (0018) existed. Re-applying it is
-- harmless (the table collapses duplicates), but the guard spares the scan.
INSERT INTO test_failures (repo, test_id, started_at, run_id, attempt, retry, final, upload_id, branch, commit, status,
                           failure_type, message, stack, ingested_at)
SELECT repo, test_id, started_at, run_id, attempt, retry, final, upload_id, branch, commit, status,
       failure_type, message, stack, ingested_at
FROM test_results
WHERE status IN ('failed', 'errored') AND (SELECT count() FROM schema_migrations WHERE version = 19) = 0
