-- Test impact from the code itself: which repository files each test file reaches through its imports
-- (directly, hops = 1, or through files it imports, hops > 1), from a scan of a CI checkout
-- (`signalhouse upload imports`, `POST /v1/imports`). It complements test_impact (0035), which needs
-- traced test runs: most repositories have none, and an import graph is in every checkout.
-- One row per (repo, test_file, file) once merged: a daily scan adds no rows, it moves last_seen, and a
-- shorter path found later lowers hops. Files are repository-relative paths.
-- No partitions: the table grows with test files × reached files, not with time. Aged by last_seen with
-- the test results (src/store/retention.ts): an import no scan has seen for that long is gone.
CREATE TABLE IF NOT EXISTS code_reach
(
    repo       LowCardinality(String),
    test_file  String,
    file       String CODEC(ZSTD(1)),
    hops       SimpleAggregateFunction(min, UInt8),
    first_seen SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
    last_seen  SimpleAggregateFunction(max, DateTime64(3, 'UTC'))
)
ENGINE = AggregatingMergeTree
ORDER BY (repo, test_file, file)
SETTINGS non_replicated_deduplication_window = 10000
