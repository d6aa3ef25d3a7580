import type { ClickHouseClient } from '@clickhouse/client';
import { ensureFailureClasses } from '../failures/classify.ts';
import { betaQuantile } from './beta.ts';

// Per-test flakiness over a window of history, from the failure classes (models/failures): the
// counting runs in ClickHouse (one GROUP BY over the daily rollup test_days), the small per-test
// verdict here.
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
  /**
   * Only tests with flaky failures in the window (what GET /v1/tests/flaky ranks and quarantine
   * considers): the per-test rollup is then read for those few tests only.
   */
  flakyOnly?: boolean;
  /**
   * Judge the history as it stood at this time (exclusive; e.g. the end of a report's week): results
   * from then on are ignored. Default: the repo's newest result.
   */
  until?: Date;
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
    /** Reported results that ran (not skipped): one per test per report. */
    executions: number;
    /**
     * Executions with a failed attempt, by the class of their last failed attempt: they add up to at
     * most `executions` (an execution that failed, then passed on an in-run retry, counts here).
     */
    failedExecutions: { flaky: number; product: number; infrastructure: number };
    /** Every failed attempt, in-run retries (Surefire reruns, repeated test cases) included. */
    failedAttempts: { flaky: number; product: number; infrastructure: number };
    passedOnSameCommit: number;
    loneFlips: number;
    /** Run attempts whose failure repeated on a re-run of the same commit, never passing there. */
    failedAgainOnSameCommit: number;
    retriedThenPassed: number;
    cleanPassesSinceLastFlaky: number;
    cleanPassesToRelease: number;
  };
  firstFlakyFailure: string | null;
  lastFlakyFailure: string | null;
  impact: { failedRuns: number; reruns: number; rerunMinutes: number };
  quarantine: { advice: 'quarantine' | 'watch' | 'release' | 'none'; reason: string };
}

// The window is counted in whole UTC days, because the per-test counts come from the daily rollup
// test_days (migrations 0011–0013), not from the raw results: it starts at midnight of the day that
// `latest - days` falls on, so it holds up to one day more than `days` × 24 h. Failure classes are cut
// at the same midnight, so every count covers the same executions. The raw results are not read:
// clean passes since the last flaky failure are the daily clean passes from that failure's day on,
// minus those of that day up to the failure (stored with its class, day_clean_passes_before).
//
// A test's names and its latest executions (for the broken state) come from one of two places:
//   - `summary`, the history up to now: the per-test rollup test_summary (0036–0038), one row per test.
//     The same answer as the window's days: every result of a test in the window is at most `latest`
//     (the repo's newest), so its newest names are in the window; and the broken state needs three
//     executions in the window, which are then its three latest of all time. Reading these aggregate
//     states from test_days cost most of a flaky request at 100k tests: the ~1,000 flaky tests are
//     spread over nearly every granule of it (docs/scale.md);
//   - `days`, the window's days of test_days: with {until} (a report's past week), where newer results
//     than the window's end exist.
const NAMES = '(argMaxMerge(suite), argMaxMerge(class_name), argMaxMerge(name), argMaxMerge(file))';

function flakinessSql(source: 'summary' | 'days'): string {
  const fromSummary = source === 'summary';
  // The tests asked for: some (GET /v1/tests/:testId), or those with flaky failures in the window.
  const testFilter = `(empty({tests:Array(String)}) OR has({tests:Array(String)}, test_id))
      AND ({flaky_only:UInt8} = 0 OR test_id IN (
            SELECT test_id FROM failure_classes WHERE repo = {repo:String} AND started_at >= since AND started_at < upto AND class = 'flaky'))`;
  const inWindow = `repo = {repo:String} AND day >= toDate(since) AND day <= toDate(upto - toIntervalMillisecond(1))`;
  return `
WITH
  -- With {until}, nothing from then on is read: the window ends there instead of at the newest result.
  {until:Nullable(DateTime64(3, 'UTC'))} AS until_param,
  ifNull(until_param, toDateTime64('2299-12-31 00:00:00', 3, 'UTC')) AS upto,
  ifNull(until_param, (SELECT max(last_started) FROM ${fromSummary ? 'test_summary' : 'test_days'} WHERE repo = {repo:String})) AS latest,
  toStartOfDay(latest - toIntervalDay({days:UInt32})) AS since,
  -- CI minutes of each run attempt that started in the window, from the report rollup.
  attempt_minutes AS (
    SELECT run_id, attempt, sum(duration_ms) / 60000 AS minutes
    FROM test_reports WHERE repo = {repo:String}
    GROUP BY run_id, attempt
    HAVING min(first_started) >= since AND min(first_started) < upto
  ),
  -- Per test, one pass over its classed failures in the window. A flaky failure's re-run is the next
  -- attempt of its run; its minutes are joined to each failure row and counted once per attempt.
  -- Failures count per failed attempt (*_failures) and per execution (*_executions: the failed attempts
  -- of one reported test case share its run attempt and start; the last of them gives the class).
  class_counts AS (
    SELECT c.test_id AS test_id,
           countIf(c.class = 'flaky' AND c.last_attempt) AS flaky_executions,
           countIf(c.class = 'product' AND c.last_attempt) AS product_executions,
           countIf(c.class = 'infrastructure' AND c.last_attempt) AS infra_executions,
           countIf(c.class = 'flaky') AS flaky_failures,
           countIf(c.class = 'product') AS product_failures,
           countIf(c.class = 'infrastructure') AS infra_failures,
           uniqExactIf((c.run_id, c.attempt), c.class = 'flaky') AS flaky_runs,
           uniqExactIf((c.run_id, c.attempt), c.class = 'flaky' AND c.evidence = 'passed-same-commit') AS same_commit,
           countIf(c.class = 'flaky' AND c.evidence = 'lone-flips' AND c.last_attempt) AS lone_flips,
           uniqExactIf((c.run_id, c.attempt), c.evidence = 'failed-again-same-commit') AS failed_again,
           minIf(c.started_at, c.class = 'flaky') AS first_flaky,
           maxIf(c.started_at, c.class = 'flaky') AS last_flaky,
           argMaxIf(c.day_clean_passes_before, c.started_at, c.class = 'flaky') AS last_flaky_passes_before,
           argMax(c.class, c.started_at) AS latest_class,
           groupUniqArrayIf((c.run_id, c.attempt, m.minutes), c.class = 'flaky' AND m.run_id != '') AS reruns
    FROM (SELECT test_id, run_id, attempt, class, evidence, started_at, day_clean_passes_before,
                 retry = max(retry) OVER (PARTITION BY test_id, run_id, attempt, started_at) AS last_attempt
          FROM failure_classes FINAL
          WHERE repo = {repo:String} AND started_at >= since AND started_at < upto
            AND (empty({tests:Array(String)}) OR has({tests:Array(String)}, test_id))) AS c
    LEFT JOIN attempt_minutes AS m ON m.run_id = c.run_id AND m.attempt = c.attempt + 1
    GROUP BY c.test_id
  ),
  -- Per test over the window's days: tests × days rows of the rollup, not the results themselves.
  -- The daily clean passes stay per day, to count them from the last flaky failure's day on.
  results AS (
    SELECT test_id,
           sum(executions) AS executions,
           sum(retried_then_passed) AS retried_then_passed,
           groupArray((day, clean_passes)) AS daily_clean_passes${fromSummary ? '' : `,
           ${NAMES} AS names`}
    FROM test_days
    WHERE ${inWindow} AND ${testFilter}
    GROUP BY test_id
  ),
  ${fromSummary
    ? `-- Names and the latest executions, one row per test (see flakinessSql).
  latest_of AS (
    SELECT test_id, ${NAMES} AS names, groupArraySortedMerge(${BROKEN_STREAK})(recent) AS recent
    FROM test_summary
    WHERE repo = {repo:String} AND ${testFilter}
    GROUP BY test_id
  )`
    : `-- The latest executions, for the broken state, only of tests whose latest failure is a product one
  -- (no other test can be broken): reading these states for every flaky test in the window was most of
  -- the query (1.4 of 2.3 CPU s at 100k tests, 50M results; the flaky tests are spread over every
  -- granule of test_days).
  latest_of AS (
    SELECT test_id, groupArraySortedMerge(${BROKEN_STREAK})(recent) AS recent
    FROM test_days
    WHERE ${inWindow} AND test_id IN (SELECT test_id FROM class_counts WHERE latest_class = 'product')
    GROUP BY test_id
  )`}
SELECT res.test_id AS test_id,
       ${['suite', 'class_name', 'name', 'file'].map((n, i) => `tupleElement(${fromSummary ? 'lo' : 'res'}.names, ${i + 1}) AS ${n}`).join(', ')},
       executions, retried_then_passed,
       if(cc.flaky_failures > 0,
          arraySum(arrayMap(x -> x.2, arrayFilter(x -> x.1 >= toDate(cc.last_flaky), daily_clean_passes))) - cc.last_flaky_passes_before,
          0) AS clean_since,
       -- The streak of recent failures is broken only when the latest failure is a product one.
       if(cc.latest_class = 'product', arrayCount(x -> x.1 < 9223372036854775807 AND x.2, lo.recent), 0) AS recent_product_failures,
       -- Of the latest executions, those that ran: every execution counts there before a sentinel does.
       toUInt32(least(${BROKEN_STREAK}, executions)) AS recent_executions,
       cc.flaky_failures AS flaky_failures, cc.product_failures AS product_failures, cc.infra_failures AS infra_failures,
       cc.flaky_executions AS flaky_executions, cc.product_executions AS product_executions, cc.infra_executions AS infra_executions,
       cc.flaky_runs AS flaky_runs, cc.same_commit AS same_commit, cc.lone_flips AS lone_flips, cc.failed_again AS failed_again,
       if(cc.flaky_failures > 0, toString(cc.first_flaky), '') AS first_flaky,
       if(cc.flaky_failures > 0, toString(cc.last_flaky), '') AS last_flaky,
       length(cc.reruns) AS reruns, arraySum(arrayMap(x -> x.3, cc.reruns)) AS rerun_minutes
FROM results AS res
LEFT JOIN class_counts AS cc ON cc.test_id = res.test_id
LEFT JOIN latest_of AS lo ON lo.test_id = res.test_id
SETTINGS join_use_nulls = 0`;
}

/** The model query over the history up to now (names and latest executions from test_summary). */
export const FLAKINESS_SQL = flakinessSql('summary');
/** The model query over a window that ends at {until} (test_days only). */
export const FLAKINESS_UNTIL_SQL = flakinessSql('days');

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
  flaky_executions: string;
  product_executions: string;
  infra_executions: string;
  flaky_runs: string;
  same_commit: string;
  lone_flips: string;
  failed_again: string;
  first_flaky: string;
  last_flaky: string;
  reruns: string;
  rerun_minutes: number;
}

export async function flakiness(client: ClickHouseClient, opts: FlakinessOptions): Promise<TestFlakiness[]> {
  await ensureFailureClasses(client, opts.repo);
  const rs = await client.query({
    query: opts.until ? FLAKINESS_UNTIL_SQL : FLAKINESS_SQL,
    query_params: {
      repo: opts.repo,
      days: opts.windowDays,
      tests: opts.testIds ?? [],
      flaky_only: opts.flakyOnly ? 1 : 0,
      until: opts.until ? opts.until.toISOString().replace('T', ' ').replace('Z', '') : null,
    },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.flakiness.flakiness' },
  });
  const rows = await rs.json<Row>();
  return rows.map((r) => verdict(r, opts.releaseAfterPasses));
}

/**
 * Run attempts that count as flaky in the score. A pass on the same commit is direct evidence; a lone
 * flip or a flaky signature is circumstantial, and each run whose failure repeated on a re-run of the
 * same commit (what a real failure does, and a flaky one only rarely) cancels one circumstantial run.
 */
export function flakyEvidenceRuns(flakyRuns: number, passedOnSameCommit: number, failedAgainOnSameCommit: number): number {
  const circumstantial = Math.max(0, flakyRuns - passedOnSameCommit);
  return flakyRuns - circumstantial + Math.max(0, circumstantial - failedAgainOnSameCommit);
}

function verdict(r: Row, releaseAfterPasses: number): TestFlakiness {
  const n = (v: string | number) => Number(v ?? 0);
  const executions = n(r.executions);
  const flakyRuns = flakyEvidenceRuns(n(r.flaky_runs), n(r.same_commit), n(r.failed_again));
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
      failedExecutions: { flaky: n(r.flaky_executions), product: n(r.product_executions), infrastructure: n(r.infra_executions) },
      failedAttempts: { flaky: n(r.flaky_failures), product: n(r.product_failures), infrastructure: n(r.infra_failures) },
      passedOnSameCommit: n(r.same_commit),
      loneFlips: n(r.lone_flips),
      failedAgainOnSameCommit: n(r.failed_again),
      retriedThenPassed: n(r.retried_then_passed),
      cleanPassesSinceLastFlaky: cleanSince,
      cleanPassesToRelease: passesToRelease,
    },
    firstFlakyFailure: r.first_flaky ? `${r.first_flaky.replace(' ', 'T')}Z` : null,
    lastFlakyFailure: r.last_flaky ? `${r.last_flaky.replace(' ', 'T')}Z` : null,
    impact: { failedRuns: n(r.flaky_runs), reruns, rerunMinutes: minutes },
    quarantine,
  };
}

/** Ranking for GET /v1/tests/flaky: flaky tests first, by score; then tests with past flaky failures. */
export function rankFlaky(tests: TestFlakiness[]): TestFlakiness[] {
  return tests
    .filter((t) => t.state === 'flaky' || t.evidence.failedExecutions.flaky > 0)
    .sort((x, y) => Number(y.state === 'flaky') - Number(x.state === 'flaky') || y.score - x.score || x.testId.localeCompare(y.testId));
}

/** Tests advised into quarantine, most flaky first: reported, not selected by risk-based selection, skipped by CI. */
export async function quarantined(client: ClickHouseClient, repo: string, windowDays = 30, releaseAfterPasses = 30): Promise<TestFlakiness[]> {
  const tests = await flakiness(client, { repo, windowDays, releaseAfterPasses, flakyOnly: true });
  return rankFlaky(tests.filter((t) => t.quarantine.advice === 'quarantine'));
}

/** The ids of the tests advised into quarantine. */
export async function quarantinedTests(client: ClickHouseClient, repo: string, windowDays = 30, releaseAfterPasses = 30): Promise<Set<string>> {
  return new Set((await quarantined(client, repo, windowDays, releaseAfterPasses)).map((t) => t.testId));
}
