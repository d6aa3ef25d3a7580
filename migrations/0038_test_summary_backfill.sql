-- Backfills test_summary (0036) with the results stored before its view (0037) existed, from the
-- daily rollup test_days (tests × days rows, kept from the same results since 0011–0013) rather than
-- from every result: the per-test states are the days' states merged. Migrations run at start-up before any
-- ingestion, so no row is both seen by the view and read here. The guard makes re-applying this file a
-- no-op once it is recorded: counts are sums, so a second backfill would double them.
INSERT INTO test_summary (repo, test_id, rows, last_started, last_ingested, recent, suite, class_name, name, file)
SELECT repo, test_id,
       sum(rows) AS rows,
       max(last_started) AS last_started,
       max(last_ingested) AS last_ingested,
       groupArraySortedMergeState(3)(recent) AS recent,
       argMaxMergeState(suite) AS suite,
       argMaxMergeState(class_name) AS class_name,
       argMaxMergeState(name) AS name,
       argMaxMergeState(file) AS file
FROM test_days
WHERE (SELECT count() FROM schema_migrations WHERE version = 38) = 0
GROUP BY repo, test_id
