import type { ClickHouseClient } from '@clickhouse/client';
import { ensureFailureClasses } from '../failures/classify.ts';
import { num } from './range.ts';

// What one CI run attempt needs to say in its pull request: its failures grouped by class and
// signature (real ones first), each with the commit where that signature first failed on the branch
// and something to click (the test's trace when it came as an OpenTelemetry test span, else the run's
// CI page), and what risk-based selection decided for the commit.

export const MAX_TESTS_PER_GROUP = 10;

export interface FailureGroupOfRun {
  fingerprint: string;
  failures: number;
  testCount: number;
  /** Up to MAX_TESTS_PER_GROUP test names (Class.name). */
  tests: string[];
  /** The failure as the runner said it: type and the first 300 characters of the message. */
  message: string;
  /** Where this signature first failed on the run's branch, and when. */
  firstFailingCommit: string;
  firstFailedAt: string;
  /** A trace of one failing test (OpenTelemetry test spans), or '' for reports without traces. */
  traceId: string;
}

export interface RunFailureSummary {
  repo: string;
  runId: string;
  attempt: number;
  branch: string;
  commit: string;
  url: string;
  startedAt: string;
  tests: number;
  failed: number;
  real: FailureGroupOfRun[];
  flaky: FailureGroupOfRun[];
  infrastructure: FailureGroupOfRun[];
  /** The latest risk answer for the commit that left tests out, or null when selection was not used. */
  selection: { riskScore: number; testsKnown: number; selected: number; skipped: number; quarantined: number } | null;
}

const RUN_SQL = `
SELECT run_id, attempt, branch, commit, url, toString(started_at) AS started_at,
       (SELECT countIf(final = 1) FROM test_results WHERE repo = {repo:String} AND run_id = {run:String} AND attempt = r.attempt) AS tests,
       (SELECT countIf(final = 1 AND status IN ('failed', 'errored')) FROM test_results
        WHERE repo = {repo:String} AND run_id = {run:String} AND attempt = r.attempt) AS failed
FROM (SELECT * FROM ci_runs FINAL
      WHERE repo = {repo:String} AND run_id = {run:String} AND ({attempt:UInt16} = 0 OR attempt = {attempt:UInt16})
      ORDER BY attempt DESC LIMIT 1) AS r`;

// `failures` counts failed executions (an in-run retry is one more); `testCount` the distinct tests.
const GROUPS_SQL = `
WITH
  fails AS (
    SELECT test_id, class, fingerprint, retry FROM failure_classes FINAL
    WHERE repo = {repo:String} AND run_id = {run:String} AND attempt = {attempt:UInt16}
  ),
  firsts AS (
    SELECT fingerprint, argMin(commit, started_at) AS first_commit, min(started_at) AS first_at
    FROM failure_classes FINAL
    WHERE repo = {repo:String} AND branch = {branch:String} AND fingerprint IN (SELECT fingerprint FROM fails)
    GROUP BY fingerprint
  ),
  details AS (
    SELECT test_id, retry, class_name, name, failure_type, message, trace_id FROM test_results
    WHERE repo = {repo:String} AND run_id = {run:String} AND attempt = {attempt:UInt16} AND status IN ('failed', 'errored')
  )
SELECT f.class AS class, f.fingerprint AS fingerprint, count() AS failures, uniqExact(f.test_id) AS test_count,
       arraySort(groupUniqArray(${MAX_TESTS_PER_GROUP})(if(d.class_name = '', d.name, concat(d.class_name, '.', d.name)))) AS tests,
       any(concat(d.failure_type, if(d.failure_type = '' OR d.message = '', '', ': '), substring(d.message, 1, 300))) AS message,
       anyIf(d.trace_id, d.trace_id != '') AS trace_id,
       any(fc.first_commit) AS first_commit, toString(any(fc.first_at)) AS first_at
FROM fails AS f
LEFT JOIN details AS d ON d.test_id = f.test_id AND d.retry = f.retry
LEFT JOIN firsts AS fc ON fc.fingerprint = f.fingerprint
GROUP BY class, fingerprint
ORDER BY failures DESC, fingerprint`;

const SELECTION_SQL = `
SELECT argMax(risk_score, asked_at) AS risk_score, argMax(total, asked_at) AS total,
       argMax(length(selected), asked_at) AS selected, argMax(length(quarantined), asked_at) AS quarantined, count() AS answers
FROM risk_selections WHERE repo = {repo:String} AND commit = {commit:String}`;

const isoTime = (t: string) => (t ? `${t.replace(' ', 'T')}Z` : '');

/** The run attempt's summary (the latest attempt when `attempt` is 0), or null when no such run is stored. */
export async function runFailureSummary(client: ClickHouseClient, q: { repo: string; runId: string; attempt: number }): Promise<RunFailureSummary | null> {
  const read = async (query: string, params: Record<string, unknown>, what: string) =>
    (await client.query({ query, query_params: params, format: 'JSONEachRow', clickhouse_settings: { log_comment: `models.report.runSummary.${what}` } })).json<Record<string, unknown>>();
  const [run] = await read(RUN_SQL, { repo: q.repo, run: q.runId, attempt: q.attempt }, 'run');
  if (!run) return null;
  await ensureFailureClasses(client, q.repo);
  const attempt = num(run.attempt) ?? 1;
  const groups = await read(GROUPS_SQL, { repo: q.repo, run: q.runId, attempt, branch: String(run.branch) }, 'groups');
  const [sel] = await read(SELECTION_SQL, { repo: q.repo, commit: String(run.commit) }, 'selection');
  const byClass = (cls: string): FailureGroupOfRun[] =>
    groups
      .filter((g) => g.class === cls)
      .map((g) => ({
        fingerprint: String(g.fingerprint),
        failures: num(g.failures) ?? 0,
        testCount: num(g.test_count) ?? 0,
        tests: g.tests as string[],
        message: String(g.message ?? ''),
        firstFailingCommit: String(g.first_commit ?? ''),
        firstFailedAt: isoTime(String(g.first_at ?? '')),
        traceId: String(g.trace_id ?? ''),
      }));
  const total = num(sel?.total) ?? 0;
  const selected = num(sel?.selected) ?? 0;
  return {
    repo: q.repo,
    runId: q.runId,
    attempt,
    branch: String(run.branch),
    commit: String(run.commit),
    url: String(run.url),
    startedAt: isoTime(String(run.started_at)),
    tests: num(run.tests) ?? 0,
    failed: num(run.failed) ?? 0,
    real: byClass('product'),
    flaky: byClass('flaky'),
    infrastructure: byClass('infrastructure'),
    selection: (num(sel?.answers) ?? 0) > 0
      ? { riskScore: num(sel?.risk_score) ?? 0, testsKnown: total, selected, skipped: Math.max(0, total - selected), quarantined: num(sel?.quarantined) ?? 0 }
      : null,
  };
}
