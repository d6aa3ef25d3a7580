import type { ClickHouseClient } from '@clickhouse/client';

// A monorepo's CI history made inside ClickHouse (INSERT … SELECT over numbers()), for the scale
// benchmarks (risk, flaky): generating 10M–50M results through the HTTP API would take hours.
// The rows go into the real tables through their real materialized views (test_days, test_reports,
// test_failures), with the columns ingestion writes (src/store/rows.ts: a JUnit upload as jest-junit
// writes it, test ids as ingestion/test-identity.ts makes them), so every model reads them as it
// reads uploaded ones. The shape:
//
//   - `tests` tests in modules of 200 (services/<area>/<word><n>/), 10 tests per test file; half the
//     modules keep tests beside their sources (src/ledger3.test.ts), half in a mirrored test/ tree;
//     each module has 30 source files, the first 20 with a test file of the same stem;
//   - `commits` commits on main, evenly spread over `days` days, each run once (the whole suite, as
//     a monorepo's merge pipeline does), 15% re-run (attempt 2); each commit's change (1–12 files,
//     85% in one module, sometimes a test file) stored as POST /v1/changes stores it;
//   - failures: 8% of commits break 1–3 tests of the test file matching their first changed source
//     (product failures, fixed 1–4 commits later, message unchanged); 1% of tests are flaky, failing
//     4% of their executions with a timeout whose duration varies.
// Identifiers (table names) come from this code; values are query parameters.

export interface MonorepoShape {
  repo: string;
  tests: number;
  commits: number;
  days: number;
  /** Newest commit's time; the history ends here (default: now, so the flaky window covers it). */
  end?: Date;
}

const AREAS = ['billing', 'payments', 'search', 'identity', 'catalog', 'checkout', 'shipping', 'inventory', 'pricing', 'reviews',
  'messaging', 'analytics', 'accounts', 'ledger', 'notifications', 'media', 'support', 'fraud', 'loyalty', 'tax', 'orders',
  'partners', 'compliance', 'geo'];
const WORDS = ['core', 'engine', 'gateway', 'worker', 'store', 'adapter', 'client', 'server', 'sync', 'batch', 'stream', 'query',
  'index', 'cache', 'router', 'scheduler', 'importer', 'exporter', 'renderer', 'resolver'];
const STEMS = ['invoice', 'rounding', 'totals', 'charge', 'refund', 'session', 'token', 'cursor', 'matcher', 'ranker', 'parser',
  'encoder', 'mapper', 'validator', 'builder', 'planner', 'limiter', 'retrier', 'tracker', 'reporter', 'formatter', 'merger',
  'splitter', 'ledger', 'balance', 'quota', 'coupon', 'basket', 'address', 'carrier'];

const arr = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
// SQL expressions (from code): a module's folder, a file's stem, a source file's and a test file's path.
const modulePath = (m: string) =>
  `concat('services/', ${arr(AREAS)}[${m} % ${AREAS.length} + 1], '/', ${arr(WORDS)}[intDiv(${m}, ${AREAS.length}) % ${WORDS.length} + 1], toString(${m}))`;
const stem = (m: string, si: string) => `concat(${arr(STEMS)}[(${m} * 7 + ${si}) % ${STEMS.length} + 1], toString(${si}))`;
const sourcePath = (m: string, si: string) => `concat(${modulePath(m)}, '/src/', ${stem(m, si)}, '.ts')`;
const testPath = (m: string, si: string) =>
  `concat(${modulePath(m)}, if(${m} % 2 = 0, '/src/', '/test/'), ${stem(m, si)}, '.test.ts')`;

const PLAN = 'bench_monorepo_plan';
const BROKEN = 'bench_monorepo_broken';

/** Tables of a plan, named by code; Memory engine: they live only while the history is built. */
async function dropPlan(c: ClickHouseClient): Promise<void> {
  for (const t of [PLAN, BROKEN]) await c.command({ query: `DROP TABLE IF EXISTS ${t}` });
}

export interface BuildProgress {
  (doneRuns: number, totalRuns: number): void;
}

/** Writes the history; returns how many results it stored. */
export async function buildMonorepoHistory(c: ClickHouseClient, shape: MonorepoShape, progress?: BuildProgress): Promise<number> {
  const modules = Math.ceil(shape.tests / 200);
  const end = (shape.end ?? new Date()).getTime();
  const params = {
    repo: shape.repo,
    tests: shape.tests,
    modules,
    commits: shape.commits,
    start: new Date(end - shape.days * 86_400_000).toISOString().slice(0, 23).replace('T', ' '),
    step: (shape.days * 86_400) / shape.commits,
  };
  await dropPlan(c);
  // One row per commit: its time, parent, home module, changed files (module, source index; index ≥
  // 30 is a test file), whether it breaks tests, for how many commits, and whether CI re-ran it.
  await c.command({
    query: `CREATE TABLE ${PLAN} ENGINE = Memory AS
      SELECT number AS k, lower(hex(SHA1(concat({repo:String}, '#', toString(k))))) AS commit,
             if(k = 0, '', lower(hex(SHA1(concat({repo:String}, '#', toString(k - 1)))))) AS parent,
             toDateTime64({start:String}, 3, 'UTC') + toIntervalMillisecond(toUInt64(k * {step:Float64} * 1000)) AS at,
             cityHash64(k, 'home') % {modules:UInt32} AS home,
             arrayMap(j -> (if(cityHash64(k, j, 'mod') % 100 < 85, home, cityHash64(k, j, 'other') % {modules:UInt32}),
                            if(cityHash64(k, j, 'test') % 10 = 0, 30 + cityHash64(k, j, 'si') % 20, cityHash64(k, j, 'si') % 30)),
                      range(1 + cityHash64(k, 'n') % 12)) AS files,
             k > 0 AND cityHash64(k, 'faulty') % 100 < 8 AS faulty,
             1 + cityHash64(k, 'fix') % 4 AS fix_after,
             cityHash64(k, 'rerun') % 100 < 15 AS rerun
      FROM numbers({commits:UInt32})`,
    query_params: params,
  });
  // The broken tests: the first 1–3 tests of the test file matching the faulty commit's first
  // changed source file in its home module, failing from that commit until it is fixed.
  await c.command({
    query: `CREATE TABLE ${BROKEN} ENGINE = Memory AS
      SELECT DISTINCT t, arrayJoin(range(k, least(k + fix_after, {commits:UInt32}))) AS k
      FROM (
        SELECT k, fix_after, arrayJoin(range(toUInt64((home * 20 + si) * 10), toUInt64((home * 20 + si) * 10 + 1 + cityHash64(k, 'b') % 3))) AS t
        FROM (SELECT k, fix_after, home, (arrayFilter(f -> f.1 = home AND f.2 < 20, files)[1]).2 AS si,
                     length(arrayFilter(f -> f.1 = home AND f.2 < 20, files)) > 0 AS has_source
              FROM ${PLAN} WHERE faulty)
        WHERE has_source
      ) WHERE t < {tests:UInt32}`,
    query_params: params,
  });
  await c.command({
    query: `INSERT INTO changes (repo, commit, parent, branch, path, added, removed, ingested_at)
      SELECT {repo:String}, commit, parent, 'main',
             if(f.2 < 30, ${sourcePath('f.1', 'f.2')}, ${testPath('f.1', 'toUInt64(f.2 - 30)')}) AS path,
             cityHash64(k, path, 'a') % 80, cityHash64(k, path, 'r') % 30, at + toIntervalMinute(1)
      FROM ${PLAN} ARRAY JOIN files AS f`,
    query_params: params,
  });
  const runs = await (await c.query({ query: `SELECT k, rerun FROM ${PLAN} ORDER BY k`, format: 'JSONEachRow' })).json<{ k: string; rerun: number | boolean }>();
  const attempts: [number, number][] = runs.flatMap((r) => (Number(r.rerun) ? [[Number(r.k), 1], [Number(r.k), 2]] : [[Number(r.k), 1]]) as [number, number][]);
  // Runs in batches, so one INSERT (and its views' blocks) stays a few million rows.
  const perBatch = Math.max(1, Math.floor(5_000_000 / shape.tests));
  let stored = 0;
  for (let b = 0; b < attempts.length; b += perBatch) {
    const batch = attempts.slice(b, b + perBatch);
    await c.command({
      query: RESULTS_SQL,
      query_params: { ...params, ks: batch.map((a) => a[0]), as: batch.map((a) => a[1]) },
      clickhouse_settings: { max_threads: 2, max_insert_threads: '1' },
    });
    stored += batch.length * shape.tests;
    progress?.(Math.min(attempts.length, b + perBatch), attempts.length);
  }
  // One CI run record per attempt, its result from its report (as a CI system's webhook reports it).
  await c.command({
    query: `INSERT INTO ci_runs (repo, run_id, attempt, branch, commit, pipeline, job, provider, url, change_id, started_at, finished_at, result, source, ingested_at)
      SELECT {repo:String}, r.run_id, r.attempt, 'main', p.commit, 'ci', 'test', 'github', '', '', r.first_started,
             r.first_started + toIntervalMinute(20), if(r.failing > 0, 'failure', 'success'), 'junit', r.first_started + toIntervalMinute(2)
      FROM (SELECT run_id, attempt, min(first_started) AS first_started, sum(failing) AS failing FROM test_reports
            WHERE repo = {repo:String} GROUP BY run_id, attempt) AS r
      INNER JOIN ${PLAN} AS p ON concat('run-', toString(p.k)) = r.run_id`,
    query_params: params,
  });
  await dropPlan(c);
  return stored;
}

// One row per (run attempt, test): a jest-junit report (suite = file, class = describe block). Status
// from the plan: broken tests fail on both attempts, flaky ones draw per attempt.
const RESULTS_SQL = `
INSERT INTO test_results (repo, test_id, run_id, attempt, retry, final, branch, commit, suite, class_name, name, file,
                          status, duration_ms, started_at, failure_type, message, upload_id, ordinal, source, ingested_at)
SELECT {repo:String}, substring(lower(hex(SHA256(concat({repo:String}, '\\n', class_name, '.', name)))), 1, 16),
       concat('run-', toString(k)), attempt, 0, 1, 'main', commit, file, class_name, name, file,
       CAST(if(broken OR flaky, 'failed', 'passed') AS Enum8('passed' = 1, 'failed' = 2, 'errored' = 3, 'skipped' = 4)),
       duration, started, if(broken OR flaky, 'Error', ''),
       multiIf(broken, concat('expect(received).toBe(expected)\\n\\nExpected: ', toString(t % 97), '\\nReceived: ', toString(t % 97 + 1)),
               flaky, concat('thrown: "Exceeded timeout of 5000 ms for a test" after ', toString(5000 + cityHash64(t, k, attempt) % 400), ' ms'), ''),
       concat('u-', toString(k), '-', toString(attempt)), t, 'junit', started + toIntervalMinute(2)
FROM (
  SELECT p.k AS k, a.attempt AS attempt, p.commit AS commit, n.number AS t,
         intDiv(t, 200) AS m, intDiv(t % 200, 10) AS si,
         ${testPath('m', 'si')} AS file,
         concat(${arr(WORDS)}[intDiv(m, ${AREAS.length}) % ${WORDS.length} + 1], toString(m), ' ', ${stem('m', 'si')}) AS class_name,
         concat('handles case ', toString(t % 10)) AS name,
         5 + cityHash64(t, 'd') % 1500 + cityHash64(t, k, attempt) % 50 AS duration,
         p.at + toIntervalMinute(3 * (attempt - 1) * 10) + toIntervalMillisecond(t % 600000) AS started,
         (t, k) IN (SELECT t, k FROM ${BROKEN}) AS broken,
         NOT broken AND cityHash64(t, 'flaky') % 100 = 0 AND cityHash64(t, k, attempt, 'draw') % 100 < 4 AS flaky
  FROM (SELECT arrayJoin(arrayZip({ks:Array(UInt32)}, {as:Array(UInt16)})) AS ka, ka.1 AS k, ka.2 AS attempt) AS a
  INNER JOIN ${PLAN} AS p ON p.k = a.k
  CROSS JOIN numbers({tests:UInt32}) AS n
)`;

/** The same paths in TypeScript, for requests about changes to this history's files. */
export const monorepoPaths = {
  modules: (tests: number) => Math.ceil(tests / 200),
  module: (m: number) => `services/${AREAS[m % AREAS.length]}/${WORDS[Math.floor(m / AREAS.length) % WORDS.length]}${m}`,
  stem: (m: number, si: number) => `${STEMS[(m * 7 + si) % STEMS.length]}${si}`,
  /** Source file `si` (0–29) of module `m`. */
  source: (m: number, si: number) => `${monorepoPaths.module(m)}/src/${monorepoPaths.stem(m, si)}.ts`,
  /** Test file `si` (0–19) of module `m`. */
  test: (m: number, si: number) => `${monorepoPaths.module(m)}${m % 2 === 0 ? '/src/' : '/test/'}${monorepoPaths.stem(m, si)}.test.ts`,
};

/** The class name (jest-junit's describe block) of the tests of test file `si` of module `m`, as the history stores it. */
export function monorepoClassName(m: number, si: number): string {
  return `${WORDS[Math.floor(m / AREAS.length) % WORDS.length]}${m} ${monorepoPaths.stem(m, si)}`;
}
