-- Backfills test_summary (0036) with the results stored before its view existed, from the daily rollup
-- test_days (tests × days rows, kept from the same results since 0011–0013) rather than from every
-- result: the per-test states are the days' states merged. The names' state is made from the newest
-- names and the test's newest start (what argMax over every result keeps). Migrations run at start-up
-- before any ingestion, so no row is both seen by the view and read here. The guard makes re-applying
-- this file a no-op once it is recorded: counts are sums, so a second backfill would double them.
INSERT INTO test_summary (repo, test_id, rows, last_started, last_ingested, recent, names)
-- Unnamed: an alias like a column's name would make max(last_started) below refer to itself.
SELECT repo, test_id,
       sum(rows),
       max(last_started),
       max(last_ingested),
       groupArraySortedMergeState(3)(recent),
       initializeAggregation('argMaxState',
                             (argMaxMerge(suite), argMaxMerge(class_name), argMaxMerge(name), argMaxMerge(file)),
                             max(last_started))
FROM test_days
WHERE (SELECT count() FROM schema_migrations WHERE version = 37) = 0
GROUP BY repo, test_id
