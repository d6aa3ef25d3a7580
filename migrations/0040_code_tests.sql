-- Which test functions each test file declares, from the same scans as code_reach (0039): Go reports
-- (go-junit-report, gotestsum) name a test by its package and function (`…/pkg/inventory`,
-- `TestStock_Reserve`), never by its file, and every _test.go file of a package compiles into one
-- binary; the file that declares `func TestStock_Reserve` is the test's own file, from which its reach
-- is walked (models/risk/reach.ts). One row per (repo, test_file, name) once merged: a daily scan adds
-- no rows, it moves last_seen.
-- No partitions, aged by last_seen with the test results (src/store/retention.ts), like code_reach.
CREATE TABLE IF NOT EXISTS code_tests
(
    repo       LowCardinality(String),
    test_file  String,
    name       String,
    first_seen SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
    last_seen  SimpleAggregateFunction(max, DateTime64(3, 'UTC'))
)
ENGINE = AggregatingMergeTree
ORDER BY (repo, test_file, name)
SETTINGS non_replicated_deduplication_window = 10000
