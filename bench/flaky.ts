import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshFailureClasses } from '../models/failures/classify.ts';
import { flakiness } from '../models/flakiness/model.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { migrate } from '../src/store/migrate.ts';
import { fmt, line, peakRssMiB, timed } from './measure.ts';

// The flakiness model over 1M and 10M stored results on the embedded engine. The history is made in
// ClickHouse itself (INSERT … SELECT over numbers()): 10k tests, one row per test per run attempt,
// with flaky tests (2% of tests, failing ~5% of their runs), one stable regression, and outage runs
// where 40% of the tests error with refused connections; a third of runs are re-runs of a commit.
// Prints the time to classify every failure and the time of the per-test model query, per size.

const TESTS = 10_000;

const SYNTHETIC_SQL = `
INSERT INTO test_results (repo, test_id, run_id, attempt, retry, final, branch, commit, suite, class_name, name, file,
                          status, duration_ms, started_at, failure_type, message, upload_id, ordinal, source)
SELECT {repo:String}, lower(hex(sipHash64(t))), concat('run-', toString(intDiv(run, 3))), toUInt16(run % 3 = 2) + 1, 0, 1,
       'main', concat('c', toString(intDiv(run, 3))), concat('com.acme.Suite', toString(t % 200)),
       concat('com.acme.Suite', toString(t % 200)), concat('test', toString(t)), '',
       CAST(multiIf(outage AND t % 5 < 2, 'errored', regression, 'failed', flaky, 'failed', 'passed') AS Enum8('passed' = 1, 'failed' = 2, 'errored' = 3, 'skipped' = 4)),
       (t % 17) * 3.5 + 1, toDateTime64('2026-01-01 00:00:00', 3, 'UTC') + toIntervalMinute(run * 10),
       multiIf(outage AND t % 5 < 2, 'java.net.ConnectException', regression OR flaky, 'java.lang.AssertionError', ''),
       multiIf(outage AND t % 5 < 2, concat('Connection refused: db-', toString(run % 7), ':5432'),
               regression, 'expected total 42.00 but was 41.99',
               flaky, concat('took ', toString(5000 + cityHash64(number) % 200), ' ms, limit 5000 ms'), ''),
       concat('u', toString(run)), t, 'junit'
FROM (
  SELECT number, number % ${TESTS} AS t, intDiv(number, ${TESTS}) AS run,
         run % 150 = 7 AS outage,
         t % 50 = 0 AND cityHash64(number) % 100 < 5 AS flaky,
         t = 4242 AND run BETWEEN 40 AND 60 AS regression
  FROM numbers({rows:UInt64})
)`;

export async function run(args: string[]): Promise<void> {
  const sizes = args.length > 0 ? args.map(Number) : [1_000_000, 10_000_000];
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-flaky-'));
  const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' }));
  await migrate(store.client);
  process.stdout.write(`\n== bench flaky: ${TESTS.toLocaleString('en-US')} tests, embedded engine\n`);
  const first: { classify: number; model: number; rows: number } = { classify: 0, model: 0, rows: 0 };
  for (const rows of sizes) {
    const repo = `bench/flaky-${rows}`;
    const made = await timed(() => store.client.command({ query: SYNTHETIC_SQL, query_params: { repo, rows } }));
    const classify = await timed(() => refreshFailureClasses(store.client, repo));
    // The model itself; classes are current, so this is the per-request cost of GET /v1/tests/flaky.
    await flakiness(store.client, { repo, windowDays: 3650, releaseAfterPasses: 50 }); // warm
    const model = await timed(() => flakiness(store.client, { repo, windowDays: 3650, releaseAfterPasses: 50 }));
    const flaky = model.value.filter((t) => t.state === 'flaky').length;
    line(`${fmt(rows)} results: generated`, `${fmt(made.seconds, 2)} s`);
    line(`${fmt(rows)} results: classify every failure`, `${fmt(classify.seconds, 2)} s`);
    line(`${fmt(rows)} results: flakiness model (all tests)`, `${fmt(model.seconds, 2)} s  (${fmt(model.value.length)} tests, ${flaky} flaky; goal ≤ 1 s at 10M)`);
    if (first.rows === 0) Object.assign(first, { classify: classify.seconds, model: model.seconds, rows });
    else line(`  vs ${fmt(first.rows)}: ${fmt(rows / first.rows)}x the rows`, `classify ${fmt(classify.seconds / first.classify, 1)}x, model ${fmt(model.seconds / first.model, 1)}x the time`);
  }
  line('peak RSS of the process', `${fmt(peakRssMiB())} MiB`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
