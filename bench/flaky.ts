import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFailureClasses, refreshFailureClasses } from '../models/failures/classify.ts';
import { flakiness, rankFlaky } from '../models/flakiness/model.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { migrate } from '../src/store/migrate.ts';
import { fmt, line, peakRssMiB, timed } from './measure.ts';

// The flakiness model over 1M and 10M stored results on the embedded engine. The history is made in
// ClickHouse itself (INSERT … SELECT over numbers()): 10k tests, one row per test per run attempt,
// with flaky tests (2% of tests, failing ~5% of their runs), one stable regression, and outage runs
// where 40% of the tests error with refused connections; a third of runs are re-runs of a commit.
// The history was ingested as it ran (ingestion time a few minutes after each start time), so it is
// old news when the bench starts. Per size it prints:
//   - the one-time classification of every failure (a first request, or new classification rules);
//   - a user's request (GET /v1/tests/flaky) after the next CI run arrived: bringing the classes
//     current for it (incremental), then the model query, and their total — once for an ordinary run,
//     once for an outage run (40% of the tests error, so many more tests need their classes redone).

const TESTS = 10_000;

const SYNTHETIC_SQL = `
INSERT INTO test_results (repo, test_id, run_id, attempt, retry, final, branch, commit, suite, class_name, name, file,
                          status, duration_ms, started_at, failure_type, message, upload_id, ordinal, source, ingested_at)
SELECT {repo:String}, lower(hex(sipHash64(t))), concat('run-', toString(intDiv(run, 3))), toUInt16(run % 3 = 2) + 1, 0, 1,
       'main', concat('c', toString(intDiv(run, 3))), concat('com.acme.Suite', toString(t % 200)),
       concat('com.acme.Suite', toString(t % 200)), concat('test', toString(t)), '',
       CAST(multiIf(outage AND t % 5 < 2, 'errored', regression, 'failed', flaky, 'failed', 'passed') AS Enum8('passed' = 1, 'failed' = 2, 'errored' = 3, 'skipped' = 4)),
       (t % 17) * 3.5 + 1, toDateTime64('2026-01-01 00:00:00', 3, 'UTC') + toIntervalMinute(run * 10),
       multiIf(outage AND t % 5 < 2, 'java.net.ConnectException', regression OR flaky, 'java.lang.AssertionError', ''),
       multiIf(outage AND t % 5 < 2, concat('Connection refused: db-', toString(run % 7), ':5432'),
               regression, 'expected total 42.00 but was 41.99',
               flaky, concat('took ', toString(5000 + cityHash64(number) % 200), ' ms, limit 5000 ms'), ''),
       concat('u', toString(run)), t, 'junit',
       if({live:UInt8}, now64(3), toDateTime64('2026-01-01 00:00:00', 3, 'UTC') + toIntervalMinute(run * 10 + 2))
FROM (
  SELECT number, number % ${TESTS} AS t, intDiv(number, ${TESTS}) AS run,
         run % 150 = 7 OR {outage:UInt8} AS outage,
         t % 50 = 0 AND cityHash64(number) % 100 < 5 AS flaky,
         t = 4242 AND run BETWEEN 40 AND 60 AS regression
  FROM numbers({start:UInt64}, {rows:UInt64})
)`;

interface Figures {
  rows: number;
  full: number;
  request: { classify: number; model: number; total: number }[];
}

export async function run(args: string[]): Promise<void> {
  // Monorepo sizes (--tests, --results) are measured against the service on a cached store (flaky-scale.ts).
  if (args.some((a) => a.startsWith('--tests') || a.startsWith('--results'))) return (await import('./flaky-scale.ts')).run(args);
  const sizes = args.length > 0 ? args.map(Number) : [1_000_000, 10_000_000];
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-flaky-'));
  const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' }));
  await migrate(store.client);
  const c = store.client;
  process.stdout.write(`\n== bench flaky: ${TESTS.toLocaleString('en-US')} tests, embedded engine\n`);
  const figures: Figures[] = [];
  for (const rows of sizes) {
    const repo = `bench/flaky-${rows}`;
    const made = await timed(() => c.command({ query: SYNTHETIC_SQL, query_params: { repo, start: 0, rows, live: 0, outage: 0 } }));
    line(`${fmt(rows)} results: generated`, `${fmt(made.seconds, 2)} s`);
    const full = await timed(() => refreshFailureClasses(c, repo));
    line(`  one-time: classify every failure`, `${fmt(full.seconds, 2)} s`);
    const f: Figures = { rows, full: full.seconds, request: [] };
    // The next CI runs arrive (10k results each, ingested now), and a user asks for the flaky tests.
    for (const [i, kind] of (['ordinary run', 'outage run'] as const).entries()) {
      const start = rows + i * TESTS;
      await c.command({ query: SYNTHETIC_SQL, query_params: { repo, start, rows: TESTS, live: 1, outage: kind === 'outage run' ? 1 : 0 } });
      const classify = await timed(() => ensureFailureClasses(c, repo));
      // Classes are current now: this is the model query of GET /v1/tests/flaky (plus its check that
      // nothing is new), ranked as the route ranks it.
      const model = await timed(async () => rankFlaky(await flakiness(c, { repo, windowDays: 3650, releaseAfterPasses: 50, flakyOnly: true })));
      const total = classify.seconds + model.seconds;
      const flaky = model.value.filter((t) => t.state === 'flaky').length;
      line(`  request after an ${kind}: classify`, `${fmt(classify.seconds, 3)} s`);
      line(`  request after an ${kind}: model`, `${fmt(model.seconds, 3)} s  (${fmt(model.value.length)} ranked, ${flaky} flaky)`);
      line(`  request after an ${kind}: total`, `${fmt(total, 3)} s  (goal ≤ 1 s at 10M)`);
      f.request.push({ classify: classify.seconds, model: model.seconds, total });
    }
    // Not on the request path: the model for every test (GET /v1/tests/:id asks for one; the eval all).
    const every = await timed(() => flakiness(c, { repo, windowDays: 3650, releaseAfterPasses: 50 }));
    line(`  model for every test (not on the request path)`, `${fmt(every.seconds, 3)} s  (${fmt(every.value.length)} tests)`);
    figures.push(f);
  }
  const [base, ...rest] = figures;
  for (const f of rest) {
    const x = (a: number, b: number) => `${fmt(a / b, 1)}x`;
    line(`${fmt(f.rows)} vs ${fmt(base!.rows)} (${fmt(f.rows / base!.rows)}x the rows)`,
      `one-time ${x(f.full, base!.full)}; request after ordinary run: classify ${x(f.request[0]!.classify, base!.request[0]!.classify)}, ` +
        `model ${x(f.request[0]!.model, base!.request[0]!.model)}, total ${x(f.request[0]!.total, base!.request[0]!.total)}; ` +
        `after outage run: total ${x(f.request[1]!.total, base!.request[1]!.total)}`);
  }
  line('peak RSS of the process', `${fmt(peakRssMiB())} MiB`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
