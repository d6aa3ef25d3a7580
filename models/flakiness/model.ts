import type { ClickHouseClient } from '@clickhouse/client';
import { ensureFailureClasses } from '../failures/classify.ts';
import { betaQuantile } from './beta.ts';

// Per-test flakiness over a window of history, from the failure classes (models/failures): the
// counting runs in ClickHouse (one GROUP BY over the window), the small per-test verdict here.
//
// Score: the posterior mean of the test's flake rate θ (share of its executions that fail for no
// reason in the code), with a 95% credible interval, under a Beta(0.5, 50) prior:
//   - mean 1%: Google measured about 1.5% of all test runs flaky, concentrated in few tests, so for a
//     test picked at random a flake rate near 1% is the honest expectation before its own history;
//   - weight of ~50 executions on the pass side: a handful of clean runs should not make a test look
//     certainly stable, and a couple of flaky failures in a hundred runs should move the score;
//   - α = 0.5 (Jeffreys-like) keeps the prior's own pull toward failure weak.
// Only failures classified flaky count as flaky events: a regression or an outage is not flakiness.
//
// State, in this order of precedence:
//   broken            its last 3 executions all failed, the latest for a reason classed product;
//   flaky             it has flaky failures in the window and has not since passed cleanly for the
//                     release threshold (a released test is healthy, with advice `release`);
//   insufficient-data fewer than 5 executions and no flaky evidence;
//   healthy           otherwise.

export const PRIOR = { alpha: 0.5, beta: 50 } as const;
export const MIN_EXECUTIONS = 5;
export const BROKEN_STREAK = 3;

export type FlakyState = 'broken' | 'flaky' | 'healthy' | 'insufficient-data';

export interface FlakinessOptions {
  repo: string;
  windowDays: number;
  /** Clean passes after the last flaky failure that release a test from quarantine. */
  releaseAfterPasses: number;
  /** Only these tests (for GET /v1/tests/:testId); all when absent. */
  testIds?: string[];
}

export interface TestFlakiness {
  testId: string;
  suite: string;
  className: string;
  name: string;
  file: string;
  state: FlakyState;
  score: number;
  interval: [number, number];
  evidence: {
    executions: number;
    failures: { flaky: number; product: number; infrastructure: number };
    passedOnSameCommit: number;
    loneFlips: number;
    retriedThenPassed: number;
    cleanPassesSinceLastFlaky: number;
    cleanPassesToRelease: number;
  };
  firstFlakyFailure: string | null;
  lastFlakyFailure: string | null;
  impact: { failedRuns: number; reruns: number; rerunMinutes: number };
  quarantine: { advice: 'quarantine' | 'watch' | 'release' | 'none'; reason: string };
}

export const FLAKINESS_SQL = `
WITH
  (SELECT max(started_at) FROM test_results WHERE repo = {repo:String}) AS latest,
  latest - toIntervalDay({days:UInt32}) AS since,
  classes AS (
    SELECT test_id, run_id, attempt, retry, class, evidence, started_at
    FROM failure_classes FINAL
    WHERE repo = {repo:String} AND started_at >= since AND (empty({tests:Array(String)}) OR has({tests:Array(String)}, test_id))
  ),
  last_flaky AS (SELECT test_id, max(started_at) AS at FROM classes WHERE class = 'flaky' GROUP BY test_id),
  attempt_minutes AS (
    SELECT run_id, attempt, sumIf(duration_ms, final = 1) / 60000 AS minutes
    FROM test_results WHERE repo = {repo:String} AND started_at >= since
    GROUP BY run_id, attempt
  ),
  flaky_attempts AS (SELECT DISTINCT test_id, run_id, attempt FROM classes WHERE class = 'flaky'),
  reruns AS (
    SELECT f.test_id AS test_id, count() AS reruns, sum(m.minutes) AS minutes
    FROM flaky_attempts AS f
    INNER JOIN attempt_minutes AS m ON m.run_id = f.run_id AND m.attempt = f.attempt + 1
    GROUP BY f.test_id
  ),
  class_counts AS (
    SELECT test_id,
           countIf(class = 'flaky') AS flaky_failures,
           countIf(class = 'product') AS product_failures,
           countIf(class = 'infrastructure') AS infra_failures,
           uniqExactIf((run_id, attempt), class = 'flaky') AS flaky_runs,
           uniqExactIf((run_id, attempt), class = 'flaky' AND evidence = 'passed-same-commit') AS same_commit,
           countIf(class = 'flaky' AND evidence = 'lone-flips') AS lone_flips,
           minIf(started_at, class = 'flaky') AS first_flaky,
           maxIf(started_at, class = 'flaky') AS last_flaky,
           argMax(class, started_at) AS latest_class
    FROM classes GROUP BY test_id
  ),
  -- One pass over the window's results, joined only to the few tests that have flaky failures (a
  -- small right-hand side); the names in a pass of their own. (ClickHouse inlines a CTE at each use,
  -- so no CTE over test_results is used twice.)
  results AS (
    SELECT r.test_id AS test_id,
           countIf(r.final = 1 AND r.status != 'skipped') AS executions,
           countIf(r.final = 1 AND r.status = 'passed' AND r.retry > 0) AS retried_then_passed,
           countIf(r.final = 1 AND r.status = 'passed' AND r.retry = 0 AND r.started_at > lf.at) AS clean_since,
           groupArraySorted(${BROKEN_STREAK})(
             if(r.final = 1 AND r.status != 'skipped',
                (-toUnixTimestamp64Milli(r.started_at), r.status IN ('failed', 'errored')),
                (toInt64(9223372036854775807), false))) AS recent
    FROM test_results AS r
    LEFT JOIN last_flaky AS lf ON lf.test_id = r.test_id
    WHERE r.repo = {repo:String} AND r.started_at >= since AND (empty({tests:Array(String)}) OR has({tests:Array(String)}, r.test_id))
    GROUP BY r.test_id
  ),
  names AS (
    SELECT test_id, argMax(suite, started_at) AS suite, argMax(class_name, started_at) AS class_name,
           argMax(name, started_at) AS name, argMax(file, started_at) AS file
    FROM test_results
    WHERE repo = {repo:String} AND started_at >= since AND (empty({tests:Array(String)}) OR has({tests:Array(String)}, test_id))
    GROUP BY test_id
  )
SELECT res.test_id AS test_id, n.suite AS suite, n.class_name AS class_name, n.name AS name, n.file AS file,
       executions, retried_then_passed,
       if(cc.last_flaky > toDateTime64(0, 3), clean_since, toUInt64(0)) AS clean_since,
       -- The streak of recent failures is broken only when the latest failure is a product one.
       if(cc.latest_class = 'product', arrayCount(x -> x.1 < 9223372036854775807 AND x.2, recent), 0) AS recent_product_failures,
       arrayCount(x -> x.1 < 9223372036854775807, recent) AS recent_executions,
       cc.flaky_failures AS flaky_failures, cc.product_failures AS product_failures, cc.infra_failures AS infra_failures,
       cc.flaky_runs AS flaky_runs, cc.same_commit AS same_commit, cc.lone_flips AS lone_flips,
       if(cc.flaky_failures > 0, toString(cc.first_flaky), '') AS first_flaky,
       if(cc.flaky_failures > 0, toString(cc.last_flaky), '') AS last_flaky,
       rr.reruns AS reruns, rr.minutes AS rerun_minutes
FROM results AS res
LEFT JOIN names AS n ON n.test_id = res.test_id
LEFT JOIN class_counts AS cc ON cc.test_id = res.test_id
LEFT JOIN reruns AS rr ON rr.test_id = res.test_id
SETTINGS join_use_nulls = 0`;

interface Row {
  test_id: string;
  suite: string;
  class_name: string;
  name: string;
  file: string;
  executions: string;
  retried_then_passed: string;
  clean_since: string;
  recent_product_failures: string;
  recent_executions: string;
  flaky_failures: string;
  product_failures: string;
  infra_failures: string;
  flaky_runs: string;
  same_commit: string;
  lone_flips: string;
  first_flaky: string;
  last_flaky: string;
  reruns: string;
  rerun_minutes: number;
}

export async function flakiness(client: ClickHouseClient, opts: FlakinessOptions): Promise<TestFlakiness[]> {
  await ensureFailureClasses(client, opts.repo);
  const rs = await client.query({
    query: FLAKINESS_SQL,
    query_params: { repo: opts.repo, days: opts.windowDays, tests: opts.testIds ?? [] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.flakiness.flakiness' },
  });
  const rows = await rs.json<Row>();
  return rows.map((r) => verdict(r, opts.releaseAfterPasses));
}

function verdict(r: Row, releaseAfterPasses: number): TestFlakiness {
  const n = (v: string | number) => Number(v ?? 0);
  const executions = n(r.executions);
  const flakyRuns = n(r.flaky_runs);
  const a = PRIOR.alpha + flakyRuns;
  const b = PRIOR.beta + Math.max(0, executions - flakyRuns);
  const score = a / (a + b);
  const interval: [number, number] = [betaQuantile(0.025, a, b), betaQuantile(0.975, a, b)];
  const cleanSince = n(r.clean_since);
  // Release needs the configured run of clean passes, and enough of them that a test still flaking at
  // its estimated rate would have failed among them with 95% probability: a 1%-flaky test passes 50
  // times in a row 60% of the time, so 50 passes alone would release most low-rate flaky tests.
  const passesToRelease = Math.max(releaseAfterPasses, Math.ceil(Math.log(0.05) / Math.log(1 - score)));
  const released = flakyRuns > 0 && cleanSince >= passesToRelease;
  const broken = n(r.recent_executions) >= BROKEN_STREAK && n(r.recent_product_failures) >= BROKEN_STREAK;

  let state: FlakyState;
  if (broken) state = 'broken';
  else if (flakyRuns > 0 && !released) state = 'flaky';
  else if (executions < MIN_EXECUTIONS && flakyRuns === 0) state = 'insufficient-data';
  else state = 'healthy';

  const reruns = n(r.reruns);
  const minutes = Math.round(n(r.rerun_minutes) * 10) / 10;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  let quarantine: TestFlakiness['quarantine'];
  if (state === 'flaky' && (flakyRuns >= 2 || interval[0] >= 0.01)) {
    quarantine = {
      advice: 'quarantine',
      reason: `fails for no code reason in about ${pct(score)} of its executions (95% interval ${pct(interval[0])}–${pct(interval[1])}); ` +
        `${flakyRuns} failed run(s), ${reruns} re-run(s) (${minutes} CI minutes) in the window`,
    };
  } else if (state === 'flaky') {
    quarantine = { advice: 'watch', reason: `one flaky failure so far (${flakyRuns} run); not enough to quarantine` };
  } else if (released) {
    quarantine = {
      advice: 'release',
      reason: `${cleanSince} clean passes since its last flaky failure (needed ${passesToRelease}: at least ${releaseAfterPasses}, and enough to rule out its old flake rate)`,
    };
  } else {
    quarantine = { advice: 'none', reason: state === 'broken' ? 'broken, not flaky: fix or revert, do not quarantine' : 'no flaky failures in the window' };
  }
  return {
    testId: r.test_id,
    suite: r.suite,
    className: r.class_name,
    name: r.name,
    file: r.file,
    state,
    score,
    interval,
    evidence: {
      executions,
      failures: { flaky: n(r.flaky_failures), product: n(r.product_failures), infrastructure: n(r.infra_failures) },
      passedOnSameCommit: n(r.same_commit),
      loneFlips: n(r.lone_flips),
      retriedThenPassed: n(r.retried_then_passed),
      cleanPassesSinceLastFlaky: cleanSince,
      cleanPassesToRelease: passesToRelease,
    },
    firstFlakyFailure: r.first_flaky ? `${r.first_flaky.replace(' ', 'T')}Z` : null,
    lastFlakyFailure: r.last_flaky ? `${r.last_flaky.replace(' ', 'T')}Z` : null,
    impact: { failedRuns: flakyRuns, reruns, rerunMinutes: minutes },
    quarantine,
  };
}

/** Ranking for GET /v1/tests/flaky: flaky tests first, by score; then tests with past flaky failures. */
export function rankFlaky(tests: TestFlakiness[]): TestFlakiness[] {
  return tests
    .filter((t) => t.state === 'flaky' || t.evidence.failures.flaky > 0)
    .sort((x, y) => Number(y.state === 'flaky') - Number(x.state === 'flaky') || y.score - x.score || x.testId.localeCompare(y.testId));
}

/** Tests advised into quarantine: reported but not selected by risk-based selection. */
export async function quarantinedTests(client: ClickHouseClient, repo: string, windowDays = 30, releaseAfterPasses = 30): Promise<Set<string>> {
  const tests = await flakiness(client, { repo, windowDays, releaseAfterPasses });
  return new Set(tests.filter((t) => t.quarantine.advice === 'quarantine').map((t) => t.testId));
}
