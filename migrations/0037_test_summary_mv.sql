-- Keeps test_summary (0036) current: every insert into test_results adds its per (repo, test)
-- aggregates. A view sees only rows inserted after it exists; 0038 backfills the rows stored before. A
-- retried insert is not counted twice: see the deduplication window of test_summary.
CREATE MATERIALIZED VIEW IF NOT EXISTS test_summary_mv TO test_summary AS
SELECT repo, test_id,
       count() AS rows,
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
GROUP BY repo, test_id
