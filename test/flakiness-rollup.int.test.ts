import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLIPS_FOR_FLAKY, MASS_FAILURE, refreshFailureClasses, WEAK_INFRA_CORROBORATION } from '../models/failures/classify.ts';
import { failureTextSql, fingerprintSql } from '../models/failures/fingerprint.ts';
import { matchesSql, STRONG_INFRA_PATTERNS, WEAK_INFRA_PATTERNS } from '../models/failures/infrastructure.ts';
import { FLAKINESS_SQL } from '../models/flakiness/model.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { DEFAULT_OPTIONS, generateHistory } from '../tools/history/generate.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// The rollup-based model (test_days, test_reports, test_failures kept by materialized views; classes
// brought current incrementally) must give the answers the direct computation over the raw results
// gave. The reference below is that direct computation, verbatim from before the rollups: the
// classification as a SELECT over test_results, and the model query over test_results.

const text = failureTextSql('r');
// Signs are looked for in what the failure says: its type, its message, and the unindented lines of
// its body (exception lines and "Caused by:" chains in Java, "E   …" lines in pytest, the message of a
// jest failure), not in stack frames or quoted source, which are indented in every runner's format and
// whose names (ConnectionTimeoutPolicy.apply, testRetriesOnTimeout) would read as signs.
const rawText =
  "concat(r.failure_type, ' ', r.message, ' ', arrayStringConcat(arrayFilter(l -> l != '' AND NOT match(l, '^\\\\s'), " +
  "splitByChar('\\n', substring(r.stack, 1, 4000))), ' '))";

const REFERENCE_CLASSIFY_SQL = `
WITH
  rows AS (
    SELECT r.test_id AS test_id, r.run_id AS run_id, r.attempt AS attempt, r.retry AS retry, r.final AS final,
           r.upload_id AS upload_id,
           r.branch AS branch, r.commit AS commit, r.status AS status, r.started_at AS started_at,
           -- Text work only for failures (a few % of rows); ClickHouse short-circuits if().
           r.status IN ('failed', 'errored') AS failing,
           if(failing, ${text}, '') AS norm_text,
           if(failing, ${matchesSql(rawText, STRONG_INFRA_PATTERNS)}, 0) AS strong_infra,
           if(failing, ${matchesSql(rawText, WEAK_INFRA_PATTERNS)}, 0) AS weak_infra
    FROM test_results AS r
    WHERE r.repo = {repo:String}
  ),
  report_stats AS (
    SELECT run_id, attempt, upload_id,
           countIf(final = 1) AS cases,
           countIf(final = 1 AND status IN ('failed', 'errored')) AS failing,
           countIf(final = 1 AND status IN ('failed', 'errored') AND (weak_infra OR strong_infra)) AS infra_signed,
           countIf(status IN ('failed', 'errored') AND weak_infra) AS weak_infra_failures
    FROM rows GROUP BY run_id, attempt, upload_id
  ),
  pipeline AS (
    SELECT run_id, attempt, argMax(result, ingested_at) AS result
    FROM ci_runs WHERE repo = {repo:String} GROUP BY run_id, attempt
  ),
  -- Only the (test, commit) pairs and timeline rows of failures are needed: keeping the sets and the
  -- hash tables to the failures (a few % of rows) is what keeps this fast on millions of results.
  failing_pairs AS (SELECT DISTINCT test_id, commit FROM rows WHERE failing),
  commit_passes AS (
    SELECT DISTINCT test_id, commit FROM rows
    WHERE status = 'passed' AND (test_id, commit) IN (SELECT test_id, commit FROM failing_pairs)
  ),
  commit_repeats AS (SELECT test_id, commit FROM rows WHERE failing GROUP BY test_id, commit HAVING uniqExact(run_id, attempt, retry) >= 2),
  timeline AS (
    SELECT test_id, run_id, attempt, started_at,
           lagInFrame(toString(status), 1, '') OVER w AS prev_status,
           leadInFrame(toString(status), 1, '') OVER w AS next_status,
           leadInFrame(fingerprint, 1, '') OVER w AS next_fingerprint,
           lagInFrame(fingerprint, 1, '') OVER w AS prev_fingerprint
    FROM (SELECT test_id, run_id, attempt, branch, started_at, status, ${fingerprintSql('norm_text')} AS fingerprint
          FROM rows WHERE final = 1 AND status != 'skipped')
    WINDOW w AS (PARTITION BY test_id, branch ORDER BY started_at, run_id, attempt
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
  ),
  failing_timeline AS (SELECT * FROM timeline WHERE (test_id, run_id, attempt) IN (SELECT test_id, run_id, attempt FROM rows WHERE failing)),
  failures AS (
    SELECT f.test_id AS test_id, f.started_at AS started_at, f.run_id AS run_id, f.attempt AS attempt, f.retry AS retry,
           f.commit AS commit, f.branch AS branch, f.strong_infra AS strong_infra, f.weak_infra AS weak_infra,
           ${fingerprintSql('f.norm_text')} AS fingerprint,
           rs.cases AS cases, rs.failing AS failing, rs.weak_infra_failures AS weak_infra_failures,
           rs.infra_signed AS infra_signed,
           p.result AS pipeline_result,
           (f.test_id, f.commit) IN (SELECT test_id, commit FROM commit_passes) AS passed_same_commit,
           NOT passed_same_commit AND (f.test_id, f.commit) IN (SELECT test_id, commit FROM commit_repeats) AS failed_again_same_commit,
           t.next_status != '' AS next_known,
           next_known AND t.next_status IN ('failed', 'errored') AND t.next_fingerprint = fingerprint AS persists,
           next_known AND NOT persists AS did_not_persist,
           t.prev_status IN ('failed', 'errored') AND t.prev_fingerprint = fingerprint AS continues,
           t.prev_status != '' AND next_known
             AND NOT t.next_status IN ('failed', 'errored') AND NOT t.prev_status IN ('failed', 'errored')
             AND NOT failed_again_same_commit AS lone_flip,
           rs.failing >= ${MASS_FAILURE.min} AND rs.failing >= ${MASS_FAILURE.share} * rs.cases AS mass_failure
    FROM rows AS f
    LEFT JOIN report_stats AS rs ON rs.run_id = f.run_id AND rs.attempt = f.attempt AND rs.upload_id = f.upload_id
    LEFT JOIN pipeline AS p ON p.run_id = f.run_id AND p.attempt = f.attempt
    LEFT JOIN failing_timeline AS t ON t.test_id = f.test_id AND t.started_at = f.started_at AND t.run_id = f.run_id AND t.attempt = f.attempt
    WHERE f.status IN ('failed', 'errored')
  ),
  verdicts AS (
    SELECT *,
           multiIf(
             pipeline_result = 'error', 'infrastructure',
             strong_infra, 'infrastructure',
             weak_infra AND did_not_persist AND weak_infra_failures >= greatest(${WEAK_INFRA_CORROBORATION}, 0.05 * cases), 'infrastructure',
             mass_failure AND (did_not_persist OR infra_signed * 2 > failing), 'infrastructure',
             '') AS infra_class,
             multiIf(
             pipeline_result = 'error', 'pipeline-error',
             strong_infra, 'infra-sign',
             weak_infra AND did_not_persist AND weak_infra_failures >= greatest(${WEAK_INFRA_CORROBORATION}, 0.05 * cases), 'infra-sign-shared',
             mass_failure AND (did_not_persist OR infra_signed * 2 > failing), 'mass-failure',
             '') AS infra_reason
    FROM failures
  ),
  with_flips AS (
    SELECT *,
           uniqExactIf((run_id, attempt), infra_class = '' AND lone_flip AND NOT passed_same_commit) OVER (PARTITION BY test_id, fingerprint) AS test_lone_flips,
           countIf(infra_class = '' AND (persists OR continues)) OVER (PARTITION BY test_id, fingerprint) AS fingerprint_persisted,
           has(groupUniqArrayIf(fingerprint, infra_class = '' AND passed_same_commit) OVER (PARTITION BY test_id), fingerprint) AS flaky_signature
    FROM verdicts
  )
SELECT test_id, started_at, run_id, attempt, retry, commit, branch,
       multiIf(infra_class != '', infra_class,
               passed_same_commit, 'flaky',
               lone_flip AND test_lone_flips >= ${FLIPS_FOR_FLAKY} AND fingerprint_persisted = 0, 'flaky',
               flaky_signature, 'flaky',
               'product') AS class,
       fingerprint,
       multiIf(infra_class != '', infra_reason,
               passed_same_commit, 'passed-same-commit',
               lone_flip AND test_lone_flips >= ${FLIPS_FOR_FLAKY} AND fingerprint_persisted = 0, 'lone-flips',
               flaky_signature, 'flaky-signature',
               failed_again_same_commit, 'failed-again-same-commit',
               persists, 'persists',
               NOT next_known, 'awaiting-next-run',
               'no-sign') AS evidence
FROM with_flips`;

const REFERENCE_MODEL_SQL = `
WITH
  (SELECT max(started_at) FROM test_results WHERE repo = {repo:String}) AS latest,
  latest - toIntervalDay({days:UInt32}) AS since,
  classes AS (
    SELECT test_id, run_id, attempt, retry, class, evidence, started_at,
           retry = max(retry) OVER (PARTITION BY test_id, run_id, attempt, started_at) AS last_attempt
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
           countIf(class = 'flaky' AND last_attempt) AS flaky_executions,
           countIf(class = 'product' AND last_attempt) AS product_executions,
           countIf(class = 'infrastructure' AND last_attempt) AS infra_executions,
           countIf(class = 'flaky') AS flaky_failures,
           countIf(class = 'product') AS product_failures,
           countIf(class = 'infrastructure') AS infra_failures,
           uniqExactIf((run_id, attempt), class = 'flaky') AS flaky_runs,
           uniqExactIf((run_id, attempt), class = 'flaky' AND evidence = 'passed-same-commit') AS same_commit,
           countIf(class = 'flaky' AND evidence = 'lone-flips' AND last_attempt) AS lone_flips,
           uniqExactIf((run_id, attempt), evidence = 'failed-again-same-commit') AS failed_again,
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
           groupArraySorted(3)(
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
       cc.flaky_executions AS flaky_executions, cc.product_executions AS product_executions, cc.infra_executions AS infra_executions,
       cc.flaky_runs AS flaky_runs, cc.same_commit AS same_commit, cc.lone_flips AS lone_flips, cc.failed_again AS failed_again,
       if(cc.flaky_failures > 0, toString(cc.first_flaky), '') AS first_flaky,
       if(cc.flaky_failures > 0, toString(cc.last_flaky), '') AS last_flaky,
       rr.reruns AS reruns, rr.minutes AS rerun_minutes
FROM results AS res
LEFT JOIN names AS n ON n.test_id = res.test_id
LEFT JOIN class_counts AS cc ON cc.test_id = res.test_id
LEFT JOIN reruns AS rr ON rr.test_id = res.test_id
SETTINGS join_use_nulls = 0`;


let app: FastifyInstance;
let store: Store;
beforeAll(async () => {
  app = await testApp();
  store = await testStore();
});
afterAll(async () => app.close());

type Outcome = 'pass' | { failure: string } | { error: string } | { flaky: string };

/** A Surefire-style report: test name → outcome (`flaky`: failed, then passed on an in-run rerun). */
function report(cases: Record<string, Outcome>): string {
  const body = Object.entries(cases)
    .map(([name, o]) => {
      const open = `<testcase classname="com.acme.CartTest" name="${name}" time="${(name.length % 7) / 10 + 0.1}"`;
      if (o === 'pass') return `${open}/>`;
      if ('flaky' in o) return `${open}><flakyFailure message="${o.flaky}" type="java.lang.AssertionError">${o.flaky}</flakyFailure></testcase>`;
      const [tag, msg] = 'failure' in o ? ['failure', o.failure] : ['error', o.error];
      return `${open}><${tag} message="${msg}" type="java.lang.AssertionError">${msg}\n\tat com.acme.CartTest.${name}(CartTest.java:42)</${tag}></testcase>`;
    })
    .join('\n');
  return `<testsuite name="com.acme.CartTest">${body}</testsuite>`;
}

interface Run {
  runId: string;
  attempt?: number;
  commit: string;
  at: string;
  branch?: string;
}

async function upload(repo: string, run: Run, cases: Record<string, Outcome>): Promise<void> {
  const q = new URLSearchParams({
    repo, branch: run.branch ?? 'main', commit: run.commit, runId: run.runId, attempt: String(run.attempt ?? 1), startedAt: run.at,
  });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(cases), headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

/** One failing OpenTelemetry test span (at-least-once delivery may send it twice). */
async function testSpan(repo: string, run: Run, name: string, message: string): Promise<void> {
  const [owner, repoName] = repo.split('/');
  const start = BigInt(Date.parse(run.at)) * 1_000_000n;
  const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });
  const body = {
    resourceSpans: [{
      resource: { attributes: [attr('vcs.owner.name', owner!), attr('vcs.repository.name', repoName!), attr('vcs.ref.head.revision', run.commit),
        attr('vcs.ref.head.name', run.branch ?? 'main'), attr('cicd.pipeline.run.id', run.runId)] },
      scopeSpans: [{ spans: [{
        traceId: '5b8aa5a2d2c872e8321cf37308d69df2', spanId: '051581bf3cb55c13', name, kind: 1,
        startTimeUnixNano: String(start), endTimeUnixNano: String(start + 250_000_000n),
        attributes: [attr('test.case.name', `com.acme.CartTest.${name}`), attr('test.case.result.status', 'fail'), attr('test.suite.name', 'com.acme.CartTest')],
        status: { code: 2, message },
      }] }],
    }],
  };
  const res = await app.inject({ method: 'POST', url: '/v1/traces', payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  expect(res.statusCode, res.body).toBe(200);
}

async function rows<T>(query: string, params: Record<string, unknown>): Promise<T[]> {
  const rs = await store.client.query({ query, query_params: params, format: 'JSONEachRow', clickhouse_settings: { log_comment: 'test.flakiness-rollup' } });
  return rs.json<T>();
}

type ClassRow = { test_id: string; run_id: string; attempt: number; retry: number; class: string; fingerprint: string; evidence: string };
const key = (r: ClassRow) => `${r.test_id}|${r.run_id}|${r.attempt}|${r.retry}`;

/** The classes the service stored, and the classes the direct computation gives now, by failure. */
async function classes(repo: string) {
  const stored = await rows<ClassRow>(
    'SELECT test_id, run_id, attempt, retry, class, fingerprint, evidence FROM failure_classes FINAL WHERE repo = {repo:String}', { repo });
  const reference = await rows<ClassRow>(REFERENCE_CLASSIFY_SQL, { repo });
  const byKey = (list: ClassRow[]) => Object.fromEntries(list.map((r) => [key(r), `${r.class} ${r.evidence} ${r.fingerprint}`]));
  return { stored: byKey(stored), reference: byKey(reference) };
}

/** The per-test model rows (before the verdict in Node), from the rollups and from the raw results. */
async function models(repo: string, days: number) {
  const norm = (list: Record<string, unknown>[]) =>
    Object.fromEntries(list.map((r) => [String(r.test_id), Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : String(v)]))]));
  const params = { repo, days, tests: [] as string[], flaky_only: 0 };
  return {
    rollup: norm(await rows<Record<string, unknown>>(FLAKINESS_SQL, params)),
    reference: norm(await rows<Record<string, unknown>>(REFERENCE_MODEL_SQL, params)),
  };
}

const others = (n: number, o: Outcome = 'pass') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`other${i}`, o]));
const at = (day: number, hour: number) => `2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

describe('the rollup-based model agrees with the direct computation over raw results', () => {
  const repo = uniqueRepo('rollup');
  const flakyRequest = () => app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo)}&window=3650d&limit=1000` });

  it('before and after more results arrive (re-runs, late uploads, duplicates), incrementally', async () => {
    // Part 1: a flaky test (fails, passes when the commit is re-run), a regression, an outage, an
    // in-run retry that passed, and several runs a day (the daily rollup must not blur them).
    await upload(repo, { runId: 'r1', commit: 'c1', at: at(1, 10) }, { timing: { failure: 'took 5003 ms, limit 5000 ms' }, totals: 'pass', ...others(8) });
    await upload(repo, { runId: 'r2', commit: 'c2', at: at(1, 11) }, { timing: 'pass', totals: 'pass', retried: { flaky: 'boom 7' }, ...others(8) });
    await upload(repo, { runId: 'r1', attempt: 2, commit: 'c1', at: at(1, 12) }, { timing: 'pass', totals: 'pass', ...others(8) });
    await upload(repo, { runId: 'r3', commit: 'c3', at: at(2, 9) }, { timing: { failure: 'took 5117 ms, limit 5000 ms' }, totals: { failure: 'expected 42 but was 41' }, ...others(8) });
    await upload(repo, { runId: 'r4', commit: 'c4', at: at(2, 10) }, { timing: 'pass', totals: { failure: 'expected 42 but was 41' }, ...others(8) });
    await upload(repo, { runId: 'r5', commit: 'c5', at: at(3, 8) }, { timing: 'pass', totals: { failure: 'expected 42 but was 41' }, ...others(8, { error: 'Connection refused: db:5432' }) });
    await upload(repo, { runId: 'r6', commit: 'c6', at: at(3, 9) }, { timing: 'pass', totals: 'pass', ...others(8) });
    // Every class of the repo; results stored so far are not new to the next computation (no slack:
    // the uploads above were durable when they were answered).
    await refreshFailureClasses(store.client, repo, { slackMs: 0 });

    let c = await classes(repo);
    expect(Object.keys(c.stored).length).toBeGreaterThanOrEqual(13);
    expect(c.stored).toEqual(c.reference);
    let m = await models(repo, 3650);
    expect(Object.keys(m.rollup).length).toBe(11);
    expect(m.rollup).toEqual(m.reference);

    // Part 2, after the classes were computed: a re-run of commit c3 where totals passes (its c3
    // failure becomes flaky), a late upload from day 1 between earlier runs (changes neighbours and the
    // clean passes before failures that day), more flaky failures and clean passes, a re-sent JUnit
    // report, and a failing test span delivered twice.
    await upload(repo, { runId: 'r3', attempt: 2, commit: 'c3', at: at(3, 12) }, { timing: 'pass', totals: 'pass', ...others(8) });
    await upload(repo, { runId: 'r0', commit: 'c0', at: at(1, 10) }, { timing: 'pass', totals: 'pass' });
    await upload(repo, { runId: 'r7', commit: 'c7', at: at(4, 9) }, { timing: { failure: 'took 5321 ms, limit 5000 ms' }, totals: 'pass', ...others(8) });
    await upload(repo, { runId: 'r8', commit: 'c8', at: at(4, 10) }, { timing: 'pass', totals: 'pass', ...others(8) });
    await upload(repo, { runId: 'r8', commit: 'c8', at: at(4, 10) }, { timing: 'pass', totals: 'pass', ...others(8) }); // re-sent
    await upload(repo, { runId: 'r9', commit: 'c9', at: at(5, 9), branch: 'feature' }, { timing: 'pass', totals: 'pass', ...others(8) });
    await testSpan(repo, { runId: 'r9', commit: 'c9', at: at(5, 9), branch: 'feature' }, 'spanned', 'boom');
    await testSpan(repo, { runId: 'r9', commit: 'c9', at: at(5, 9), branch: 'feature' }, 'spanned', 'boom'); // redelivered
    const before = await rows<{ n: string }>('SELECT count() AS n FROM failure_classes WHERE repo = {repo:String}', { repo });
    expect((await flakyRequest()).statusCode).toBe(200); // brings the classes current incrementally

    // Duplicates never reached the results, so the rollups count each execution once.
    const [counts] = await rows<{ raw: string; rolled: string; spans: string }>(
      `SELECT (SELECT count() FROM test_results WHERE repo = {repo:String}) AS raw,
              (SELECT sum(rows) FROM test_days WHERE repo = {repo:String}) AS rolled,
              (SELECT count() FROM test_results WHERE repo = {repo:String} AND name = 'spanned') AS spans`, { repo });
    expect(counts).toEqual({ raw: counts!.rolled, rolled: counts!.rolled, spans: '1' });
    // Only the affected tests were recomputed (not the outage failures of the tests that only passed
    // since), and the answers are the direct computation's.
    const after = await rows<{ n: string }>('SELECT count() AS n FROM failure_classes WHERE repo = {repo:String}', { repo });
    const [allFailures] = await rows<{ n: string }>('SELECT count() AS n FROM test_failures FINAL WHERE repo = {repo:String}', { repo });
    expect(Number(after[0]!.n) - Number(before[0]!.n)).toBeLessThan(Number(allFailures!.n));
    c = await classes(repo);
    expect(c.stored).toEqual(c.reference);
    expect(Object.values(c.stored).filter((v) => v.startsWith('flaky')).length).toBeGreaterThanOrEqual(4);
    m = await models(repo, 3650);
    expect(Object.keys(m.rollup).length).toBe(12);
    expect(m.rollup).toEqual(m.reference);
    expect(Number(m.rollup[Object.keys(m.rollup).find((id) => m.rollup[id]!.name === 'timing')!]!.clean_since)).toBe(2); // one the same day, one the next

    // And the API ranks from the rollups: the flaky test first.
    const tests = (await flakyRequest()).json().tests as { name: string; state: string }[];
    expect(tests[0]).toMatchObject({ name: 'timing', state: 'flaky' });
  }, 120_000);
});

describe('a retried insert', () => {
  it('is counted once in the rollups, as in test_results', async () => {
    const repo = uniqueRepo('rollup-retry');
    // What the batch writer does when it retries an insert that had in fact been stored: the same
    // statement with the same insert_deduplication_token. The token is made here, never from input.
    const token = `rollup-retry-${randomUUID()}`;
    const insert = `INSERT INTO test_results (repo, test_id, run_id, attempt, final, branch, commit, status, duration_ms, started_at, message, upload_id)
      SETTINGS insert_deduplication_token = '${token}'
      SELECT {repo:String}, concat('t', toString(number)), 'r1', 1, 1, 'main', 'c1',
             CAST(if(number = 0, 'failed', 'passed') AS Enum8('passed' = 1, 'failed' = 2, 'errored' = 3, 'skipped' = 4)),
             1000, toDateTime64('2026-10-01 10:00:00', 3, 'UTC'), if(number = 0, 'boom', ''), 'u1'
      FROM numbers(3)`;
    await store.client.command({ query: insert, query_params: { repo } });
    await store.client.command({ query: insert, query_params: { repo } });
    const [n] = await rows<Record<string, string>>(
      `SELECT (SELECT count() FROM test_results WHERE repo = {repo:String}) AS raw,
              (SELECT sum(rows) FROM test_days WHERE repo = {repo:String}) AS days,
              (SELECT sum(cases) FROM test_reports WHERE repo = {repo:String}) AS reports,
              (SELECT count() FROM test_failures WHERE repo = {repo:String}) AS failures`, { repo });
    expect(n).toEqual({ raw: '3', days: '3', reports: '3', failures: '1' });
  });
});

describe('the rollup-based model on a generated history', () => {
  it('gives the classes and per-test counts of the direct computation, also after the history grew', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'signalhouse-rollup-')), 'h');
    const repo = uniqueRepo('rollup-gen');
    await generateHistory({ ...DEFAULT_OPTIONS, out: dir, days: 6, tests: 80, files: 40, commitsPerDay: 8, seed: 7, repo, flakyRate: 0.1, outageRate: 0.05 });
    const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const load = async (part: typeof manifest) => {
      for (const m of part) {
        for (const r of m.reports as string[]) {
          const q = new URLSearchParams({ repo, branch: m.branch, commit: m.commit, runId: m.runId, attempt: String(m.attempt), startedAt: m.startedAt, fileName: r });
          const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: readFileSync(join(dir, r)), headers: { 'content-type': 'application/xml' } });
          expect(res.statusCode).toBeLessThan(300);
        }
      }
    };
    // Two thirds, classify every failure, then the rest: the classes are brought current incrementally.
    const cut = Math.floor((manifest.length * 2) / 3);
    await load(manifest.slice(0, cut));
    await refreshFailureClasses(store.client, repo, { slackMs: 0 });
    await load(manifest.slice(cut));
    expect((await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo)}&window=3650d` })).statusCode).toBe(200);

    const c = await classes(repo);
    expect(Object.keys(c.stored).length).toBeGreaterThan(20);
    expect(c.stored).toEqual(c.reference);
    const m = await models(repo, 3650);
    expect(Object.keys(m.rollup).length).toBeGreaterThanOrEqual(80);
    expect(m.rollup).toEqual(m.reference);
  }, 180_000);
});
