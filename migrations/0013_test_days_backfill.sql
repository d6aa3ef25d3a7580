-- Backfills test_days with the results stored before its view (0012) existed. Migrations run at
-- start-up before any ingestion, so no row is both seen by the view and read here. The guard makes
-- re-applying this file a no-op once it is recorded: counts are sums, so a second backfill would
-- double them.
INSERT INTO test_days (repo, test_id, day, rows, executions, retried_then_passed, clean_passes, last_started, last_ingested,
                       recent, suite, class_name, name, file)
SELECT repo, test_id, toDate(started_at) AS day,
       count() AS rows,
       countIf(final = 1 AND status != 'skipped') AS executions,
       countIf(final = 1 AND status = 'passed' AND retry > 0) AS retried_then_passed,
       countIf(final = 1 AND status = 'passed' AND retry = 0) AS clean_passes,
       max(started_at) AS last_started,
       max(ingested_at) AS last_ingested,
       groupArraySortedState(3)(if(final = 1 AND status != 'skipped',
                                   (-toUnixTimestamp64Milli(started_at), toUInt8(status IN ('failed', 'errored'))),
                                   (toInt64(9223372036854775807), toUInt8(0)))) AS recent,
       argMaxState(suite, started_at) AS suite,
       argMaxState(class_name, started_at) AS class_name,
       argMaxState(name, started_at) AS name,
       argMaxState(file, started_at) AS file
FROM test_results
WHERE (SELECT count() FROM schema_migrations WHERE version = 13) = 0
GROUP BY repo, test_id, day
