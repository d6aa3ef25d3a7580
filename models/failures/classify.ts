import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import { DEFAULT_BRANCHES } from '../../src/store/base-commit.ts';
import { failureTextSql, fingerprintSql } from './fingerprint.ts';
import type { EvidenceCode } from './evidence.ts';
import { matchesSql, STRONG_INFRA_PATTERNS, WEAK_INFRA_PATTERNS } from './infrastructure.ts';

// Every failed or errored test result gets a class, with the evidence for it:
//
//   infrastructure  the machine or the CI system failed, not the code:
//                   - the CI run reported cicd.pipeline.result = error;
//                   - a strong infrastructure sign in the failure (OOM, lost runner, DNS, full disk…);
//                   - a weak sign (timeout, refused/reset connection) that many failures of the same
//                     report share (≥ 3 and ≥ 5% of its test cases), and that did not persist;
//                   - a mass failure (≥ 30% and ≥ 5 of a report's test cases; a report is one CI job)
//                     that did not persist (the test's next execution on the branch exists and does not
//                     fail the same way), or whose failures mostly carry infrastructure signs. A mass
//                     failure that persists with no such signs is a broken build: product.
//   flaky           the code did not change but the verdict did:
//                   - the same test passed on the same commit (a CI re-run, an in-run retry);
//                   - or it failed alone on its branch (the execution before and the one after both
//                     exist and neither failed, whatever their wording, and no re-run of its commit
//                     failed again: a flip), and the test flips with this same fingerprint at
//                     least twice in its history (one lone flip is also what a regression fixed by
//                     the next commit looks like), and failed that way twice in a row no more often
//                     than chance explains at the rate it fails that way (CHANCE_RUNS_ALPHA: a
//                     regression persists on its branch; a test that fails often also fails twice
//                     in a row, by chance);
//                   - or it failed with the same fingerprint as a failure of the same test that was
//                     shown flaky by a pass on the same commit.
//   product         everything else: a real failure of the code under test.
//
// A missing neighbour is not evidence. Until the test runs again on its branch, nobody knows whether a
// failure persists: it is neither "did not persist" (infrastructure) nor a flip (flaky), and stays
// product with the evidence awaiting-next-run. The test's next result re-classes it (see
// AFFECTED_TESTS_SQL). The same for the execution before: a test's first execution on a branch is no
// flip (a branch's first run may be broken from the start).
//
// Runs entirely in ClickHouse, one INSERT … SELECT per repo, so the verdicts of millions of results
// never travel to Node. It reads the failures from test_failures (a copy of the failed rows kept by a
// materialized view, migrations 0017–0019) and report sizes from test_reports (0014–0016); the raw
// results only for the passes of the tests in scope (the same-commit passes and the branch timeline).
// A verdict depends on the test's other failures (flips per fingerprint, flaky signatures), on its
// neighbours on the branch, on its commit's passes and on its report, so the unit of recomputation is
// the test: every failure of every test in scope is recomputed with the history known now
// (failure_classes is a ReplacingMergeTree). See ensureFailureClasses for which tests are in scope.

export const MASS_FAILURE = { share: 0.3, min: 5 } as const;
/** Failures with a weak infrastructure sign in one run attempt before they count as infrastructure. */
export const WEAK_INFRA_CORROBORATION = 3;
/** Lone flips a test needs before its lone flips count as flaky. */
export const FLIPS_FOR_FLAKY = 2;
/**
 * Failures of a fingerprint that continue a failure of it (the previous execution on the branch failed
 * the same way) are what a regression does, and what a test that fails often does by chance. Its lone
 * flips count as flaky unless there are more continuations than chance explains: under "each
 * execution fails this way independently with probability q", the continuations among the n failures
 * whose previous execution is known are Binomial(n, q). q is the rate at which the test starts failing
 * that way: the fingerprint's failures that do not continue one, over the test's executions (on every
 * branch) from its first failure of it to its last that do not follow one. Over that span, a flakiness
 * that starts or stops in the window is judged at its own rate; without the continuations, a
 * regression's own run does not raise the rate it is judged against. A regression fails on every run
 * of its branch while other branches pass: continuations far above chance. A 30%-flaky test that is
 * never re-run fails twice in a row about once in three failures: chance.
 */
export const CHANCE_RUNS_ALPHA = 0.01;
const CHANCE_RATE = 'greatest(1e-6, least(0.999, (fp_runs - fp_continued) / greatest(1, fp_span - fp_continued)))';
/** P(X ≥ continuations), X ~ Binomial(n, q): 1 when nothing continued. */
const CHANCE_RUNS_SQL = `if(fp_continued = 0, 1, 1 - arraySum(arrayMap(i -> exp(lgamma(fp_after_known + 1) - lgamma(i + 1) - lgamma(fp_after_known - i + 1)
    + i * log(${CHANCE_RATE}) + (fp_after_known - i) * log(1 - ${CHANCE_RATE})), range(fp_continued))))`;

const ON_DEFAULT_BRANCH = `has([${DEFAULT_BRANCHES.map((b) => `'${b}'`).join(', ')}], branch)`;

/** The evidence of a product failure whose test has not run again on its branch (see above). */
const AWAITING_NEXT_RUN: EvidenceCode = 'awaiting-next-run';

const text = failureTextSql('r');
// Signs are looked for in what the failure says: its type, its message, and the unindented lines of
// its body (exception lines and "Caused by:" chains in Java, "E   …" lines in pytest, the message of a
// jest failure), not in stack frames or quoted source, which are indented in every runner's format and
// whose names (ConnectionTimeoutPolicy.apply, testRetriesOnTimeout) would read as signs.
const rawText =
  "concat(r.failure_type, ' ', r.message, ' ', arrayStringConcat(arrayFilter(l -> l != '' AND NOT match(l, '^\\\\s'), " +
  "splitByChar('\\n', substring(r.stack, 1, 4000))), ' '))";

/** The tests whose failures are recomputed: every test of the repo, or the listed ones. */
const inScope = (col: string) => `({all:UInt8} = 1 OR ${col} IN (SELECT arrayJoin({tests:Array(String)})))`;

export const CLASSIFY_SQL = `
INSERT INTO failure_classes (repo, test_id, started_at, run_id, attempt, retry, commit, branch, class, fingerprint, evidence,
                             day_clean_passes_before)
WITH
  -- Reports of the failures in scope: their size (from the rollup) and how many of their failures show
  -- infrastructure signs (from all of their failures, in every test).
  scope_reports AS (SELECT DISTINCT run_id, attempt FROM test_failures WHERE repo = {repo:String} AND ${inScope('test_id')}),
  report_signs AS (
    SELECT run_id, attempt, upload_id,
           countIf(final = 1 AND (weak_infra OR strong_infra)) AS infra_signed,
           countIf(weak_infra) AS weak_infra_failures
    FROM (SELECT r.run_id AS run_id, r.attempt AS attempt, r.upload_id AS upload_id, r.final AS final,
                 ${matchesSql(rawText, STRONG_INFRA_PATTERNS)} AS strong_infra,
                 ${matchesSql(rawText, WEAK_INFRA_PATTERNS)} AS weak_infra
          FROM test_failures AS r
          WHERE r.repo = {repo:String} AND (r.run_id, r.attempt) IN (SELECT run_id, attempt FROM scope_reports))
    GROUP BY run_id, attempt, upload_id
  ),
  report_stats AS (
    SELECT run_id, attempt, upload_id, sum(cases) AS cases, sum(failing) AS failing
    FROM test_reports
    WHERE repo = {repo:String} AND (run_id, attempt) IN (SELECT run_id, attempt FROM scope_reports)
    GROUP BY run_id, attempt, upload_id
  ),
  pipeline AS (
    SELECT run_id, attempt, argMax(result, ingested_at) AS result
    FROM ci_runs
    WHERE repo = {repo:String} AND (run_id, attempt) IN (SELECT run_id, attempt FROM scope_reports)
    GROUP BY run_id, attempt
  ),
  -- Passes on a commit where the test also failed (a re-run, an in-run retry that passed).
  commit_passes AS (
    SELECT DISTINCT test_id, commit FROM test_results
    WHERE repo = {repo:String} AND ${inScope('test_id')} AND status = 'passed'
      AND (test_id, commit) IN (SELECT test_id, commit FROM test_failures WHERE repo = {repo:String} AND ${inScope('test_id')})
  ),
  -- Commits where the test failed more than once (a CI re-run or an in-run retry that failed again):
  -- with no pass on the commit, that is evidence of a real failure, never a lone flip.
  commit_repeats AS (
    SELECT test_id, commit FROM test_failures
    WHERE repo = {repo:String} AND ${inScope('test_id')}
    GROUP BY test_id, commit HAVING uniqExact(run_id, attempt, retry) >= 2
  ),
  -- The clean passes (reported, passed at the first try) of each test on the days it failed: for
  -- day_clean_passes_before, which lets the model count clean passes since a flaky failure from the
  -- daily rollup.
  day_passes AS (
    SELECT test_id, toDate(started_at) AS day, groupArray(started_at) AS times
    FROM test_results
    WHERE repo = {repo:String} AND ${inScope('test_id')} AND final = 1 AND status = 'passed' AND retry = 0
      AND (test_id, toDate(started_at)) IN (SELECT test_id, toDate(started_at) FROM test_failures WHERE repo = {repo:String} AND ${inScope('test_id')})
    GROUP BY test_id, day
  ),
  -- Each test's reported executions on its branch, in order: passes from the raw results (no text
  -- columns read), failures with their fingerprint from test_failures.
  -- A branch's first execution has no previous one on its branch; its code forked from the default
  -- branch, so the default branch's last execution before it stands in (a feature branch whose first
  -- push fails where main passed flipped; one forked from a red main did not).
  timeline AS (
    SELECT test_id, run_id, attempt, started_at, next_status, next_fingerprint, seq,
           if(branch_prev_status = '' AND NOT ${ON_DEFAULT_BRANCH}, ifNull(fork_status, ''), branch_prev_status) AS prev_status,
           if(branch_prev_status = '' AND NOT ${ON_DEFAULT_BRANCH}, ifNull(fork_fingerprint, ''), branch_prev_fingerprint) AS prev_fingerprint
    FROM (
    SELECT test_id, run_id, attempt, branch, started_at,
           lagInFrame(toString(status), 1, '') OVER w AS branch_prev_status,
           leadInFrame(toString(status), 1, '') OVER w AS next_status,
           leadInFrame(fingerprint, 1, '') OVER w AS next_fingerprint,
           lagInFrame(fingerprint, 1, '') OVER w AS branch_prev_fingerprint,
           anyLast(if(${ON_DEFAULT_BRANCH}, toString(status), NULL)) OVER b AS fork_status,
           anyLast(if(${ON_DEFAULT_BRANCH}, fingerprint, NULL)) OVER b AS fork_fingerprint,
           -- The execution's place among all of the test's executions on every branch, in time order:
           -- how many executions a fingerprint's failures are spread over (chance continuations).
           row_number() OVER s AS seq
    FROM (SELECT test_id, run_id, attempt, branch, started_at, status, '' AS fingerprint
          FROM test_results
          WHERE repo = {repo:String} AND ${inScope('test_id')} AND final = 1 AND status = 'passed'
          UNION ALL
          SELECT r.test_id, r.run_id, r.attempt, r.branch, r.started_at, r.status, ${fingerprintSql(text)}
          FROM test_failures AS r FINAL
          WHERE r.repo = {repo:String} AND ${inScope('r.test_id')} AND r.final = 1)
    WINDOW w AS (PARTITION BY test_id, branch ORDER BY started_at, run_id, attempt
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
           s AS (PARTITION BY test_id ORDER BY started_at, run_id, attempt),
           b AS (PARTITION BY test_id ORDER BY started_at, run_id, attempt ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    )
  ),
  failing_timeline AS (
    SELECT * FROM timeline
    WHERE (test_id, run_id, attempt) IN (SELECT test_id, run_id, attempt FROM test_failures WHERE repo = {repo:String} AND ${inScope('test_id')})
  ),
  failures AS (
    SELECT f.test_id AS test_id, f.started_at AS started_at, f.run_id AS run_id, f.attempt AS attempt, f.retry AS retry,
           f.commit AS commit, f.branch AS branch, f.strong_infra AS strong_infra, f.weak_infra AS weak_infra,
           f.fingerprint AS fingerprint,
           rs.cases AS cases, rs.failing AS failing, sg.weak_infra_failures AS weak_infra_failures,
           sg.infra_signed AS infra_signed,
           p.result AS pipeline_result,
           (f.test_id, f.commit) IN (SELECT test_id, commit FROM commit_passes) AS passed_same_commit,
           NOT passed_same_commit AND (f.test_id, f.commit) IN (SELECT test_id, commit FROM commit_repeats) AS failed_again_same_commit,
           t.next_status != '' AS next_known,
           next_known AND t.next_status IN ('failed', 'errored') AND t.next_fingerprint = fingerprint AS persists,
           next_known AND NOT persists AS did_not_persist,
           t.prev_status IN ('failed', 'errored') AND t.prev_fingerprint = fingerprint AS continues,
           t.prev_status != '' AS prev_known,
           t.seq AS seq,
           -- A lone flip: the executions just before and after it on its branch both exist (a failure
           -- with no next run has not been shown not to persist) and did not fail, however they would
           -- have been worded (a regression whose message changes is not a flip), and the test did not
           -- fail again on a re-run of the same commit.
           t.prev_status != '' AND next_known
             AND NOT t.next_status IN ('failed', 'errored') AND NOT t.prev_status IN ('failed', 'errored')
             AND NOT failed_again_same_commit AS lone_flip,
           rs.failing >= ${MASS_FAILURE.min} AND rs.failing >= ${MASS_FAILURE.share} * rs.cases AS mass_failure,
           arrayCount(x -> x <= f.started_at, dp.times) AS day_clean_passes_before
    FROM (SELECT r.test_id AS test_id, r.started_at AS started_at, r.run_id AS run_id, r.attempt AS attempt, r.retry AS retry,
                 r.upload_id AS upload_id, r.commit AS commit, r.branch AS branch,
                 ${fingerprintSql(text)} AS fingerprint,
                 ${matchesSql(rawText, STRONG_INFRA_PATTERNS)} AS strong_infra,
                 ${matchesSql(rawText, WEAK_INFRA_PATTERNS)} AS weak_infra
          FROM test_failures AS r FINAL
          WHERE r.repo = {repo:String} AND ${inScope('r.test_id')}) AS f
    LEFT JOIN report_stats AS rs ON rs.run_id = f.run_id AND rs.attempt = f.attempt AND rs.upload_id = f.upload_id
    LEFT JOIN report_signs AS sg ON sg.run_id = f.run_id AND sg.attempt = f.attempt AND sg.upload_id = f.upload_id
    LEFT JOIN pipeline AS p ON p.run_id = f.run_id AND p.attempt = f.attempt
    LEFT JOIN failing_timeline AS t ON t.test_id = f.test_id AND t.started_at = f.started_at AND t.run_id = f.run_id AND t.attempt = f.attempt
    LEFT JOIN day_passes AS dp ON dp.test_id = f.test_id AND dp.day = toDate(f.started_at)
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
           -- Chance continuations (see CHANCE_RUNS_SQL): failed runs of this fingerprint whose previous
           -- execution on the branch is known, those of them that continue a failure of it, and the
           -- executions of the test (every branch) from its first failure of it to its last.
           uniqExactIf((run_id, attempt), infra_class = '' AND prev_known) OVER (PARTITION BY test_id, fingerprint) AS fp_after_known,
           uniqExactIf((run_id, attempt), infra_class = '' AND continues) OVER (PARTITION BY test_id, fingerprint) AS fp_continued,
           uniqExactIf((run_id, attempt), infra_class = '' AND seq > 0) OVER (PARTITION BY test_id, fingerprint) AS fp_runs,
           maxIf(seq, infra_class = '' AND seq > 0) OVER (PARTITION BY test_id, fingerprint)
             - minIf(seq, infra_class = '' AND seq > 0) OVER (PARTITION BY test_id, fingerprint) + 1 AS fp_span,
           has(groupUniqArrayIf(fingerprint, infra_class = '' AND passed_same_commit) OVER (PARTITION BY test_id), fingerprint) AS flaky_signature
    FROM verdicts
  )
SELECT {repo:String}, test_id, started_at, run_id, attempt, retry, commit, branch,
       multiIf(infra_class != '', infra_class,
               passed_same_commit, 'flaky',
               lone_flip AND test_lone_flips >= ${FLIPS_FOR_FLAKY} AND ${CHANCE_RUNS_SQL} >= ${CHANCE_RUNS_ALPHA}, 'flaky',
               flaky_signature, 'flaky',
               'product') AS class,
       fingerprint,
       multiIf(infra_class != '', infra_reason,
               passed_same_commit, 'passed-same-commit',
               lone_flip AND test_lone_flips >= ${FLIPS_FOR_FLAKY} AND ${CHANCE_RUNS_SQL} >= ${CHANCE_RUNS_ALPHA}, 'lone-flips',
               flaky_signature, 'flaky-signature',
               failed_again_same_commit, 'failed-again-same-commit',
               persists, 'persists',
               NOT next_known, '${AWAITING_NEXT_RUN}',
               'no-sign') AS evidence,
       day_clean_passes_before
FROM with_flips
SETTINGS join_use_nulls = 0`;

/** Names the rules above: a state computed by other rules is recomputed in full. */
export const RULES = createHash('sha256').update(CLASSIFY_SQL).digest('hex').slice(0, 16);

/**
 * Results ingested this long before a computation started still count as new for the next one: a row
 * gets its ingestion time when its insert is processed, and may become visible a little later.
 */
export const INGESTION_SLACK_MS = 60_000;

// Which tests have failures whose verdict may have changed since `from` (an ingestion time):
//   - tests with new failures;
//   - tests with failures in a report or run that got new results or a new CI run record (a report's
//     size and its infrastructure signs, and the pipeline result, are shared by its failures);
//   - tests with a new pass on a commit where they failed (now flaky), or started before one of their
//     failures (a late result: it may change a failure's neighbours on its branch, and the clean
//     passes before it that day);
//   - tests with a new pass on a branch where one of their failures awaited its next execution (it
//     did not persist: maybe infrastructure, maybe a flip). A new pass after failures whose next
//     execution was already known changes no verdict.
// The only raw scan is of the ingestion time column, to find the new passes.
export const AFFECTED_TESTS_SQL = `
SELECT DISTINCT test_id FROM (
  SELECT test_id FROM test_failures WHERE repo = {repo:String} AND ingested_at > {from:DateTime64(3, 'UTC')}
  UNION ALL
  SELECT test_id FROM test_failures
  WHERE repo = {repo:String}
    AND ((run_id, attempt) IN (SELECT run_id, attempt FROM test_reports WHERE repo = {repo:String} AND last_ingested > {from:DateTime64(3, 'UTC')})
         OR (run_id, attempt) IN (SELECT run_id, attempt FROM ci_runs WHERE repo = {repo:String} AND ingested_at > {from:DateTime64(3, 'UTC')}))
  UNION ALL
  SELECT p.test_id FROM (
    SELECT test_id, branch, commit, started_at FROM test_results
    WHERE repo = {repo:String} AND ingested_at > {from:DateTime64(3, 'UTC')} AND status = 'passed'
      -- Only tests with failures can match below; named first, the primary key skips the other tests'
      -- rows (a 100k-test run is all new: without it, every result of the repo was read).
      AND test_id IN (SELECT test_id FROM test_failures WHERE repo = {repo:String})
  ) AS p
  INNER JOIN (SELECT test_id, branch, commit, started_at FROM test_failures WHERE repo = {repo:String}) AS f ON f.test_id = p.test_id
  WHERE f.commit = p.commit OR f.started_at >= p.started_at
  UNION ALL
  SELECT p.test_id FROM (
    SELECT test_id, branch FROM test_results
    WHERE repo = {repo:String} AND ingested_at > {from:DateTime64(3, 'UTC')} AND status = 'passed' AND final = 1
      AND test_id IN (SELECT test_id FROM failure_classes WHERE repo = {repo:String} AND evidence = '${AWAITING_NEXT_RUN}')
  ) AS p
  INNER JOIN (SELECT DISTINCT test_id, branch FROM failure_classes FINAL
              WHERE repo = {repo:String} AND evidence = '${AWAITING_NEXT_RUN}') AS w
    ON w.test_id = p.test_id AND w.branch = p.branch
)`;

/**
 * Tests per statement when every failure of a repository is classified. One statement over every test
 * read the whole history's passes into its window (50M results: over the engine's 4 GiB per query);
 * by tests, each statement reads only the passes of tests that failed, a few thousand at a time. The
 * verdicts are the same: each depends on its own test's executions and on its report's failures.
 */
const TESTS_PER_STATEMENT = 2_000;

async function classify(client: ClickHouseClient, repo: string, tests: string[] | 'all'): Promise<void> {
  if (tests === 'all') {
    const rs = await client.query({
      query: 'SELECT DISTINCT test_id FROM test_failures WHERE repo = {repo:String} ORDER BY test_id',
      query_params: { repo },
      format: 'JSONEachRow',
      clickhouse_settings: { log_comment: 'models.failures.classify' },
    });
    const all = (await rs.json<{ test_id: string }>()).map((r) => r.test_id);
    for (let i = 0; i < all.length; i += TESTS_PER_STATEMENT) await classify(client, repo, all.slice(i, i + TESTS_PER_STATEMENT));
    return;
  }
  await client.command({
    query: CLASSIFY_SQL,
    query_params: { repo, all: 0, tests },
    clickhouse_settings: { log_comment: 'models.failures.classify' },
  });
}

interface Observed {
  /** What the repo's results look like now: newest ingestion time and row count, newest CI run record. */
  seen: string;
  /** The engine's clock when observed. */
  now: string;
  state: { rules: string; seen: string; scanFrom: string } | null;
}

async function observe(client: ClickHouseClient, repo: string): Promise<Observed> {
  const rs = await client.query({
    query: `
      SELECT concat(toString((SELECT max(last_ingested) FROM test_days WHERE repo = {repo:String})), '/',
                    toString((SELECT sum(rows) FROM test_days WHERE repo = {repo:String})), '/',
                    toString((SELECT max(ingested_at) FROM ci_runs WHERE repo = {repo:String}))) AS seen,
             toString(now64(3)) AS now,
             (SELECT tuple(rules, seen, toString(scan_from)) FROM failure_class_state FINAL WHERE repo = {repo:String}) AS state,
             (SELECT count() FROM failure_class_state WHERE repo = {repo:String}) AS has_state`,
    query_params: { repo },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.failures.ensureFailureClasses' },
  });
  const row = (await rs.json<{ seen: string; now: string; state: [string, string, string] | null; has_state: string | number }>())[0]!;
  const [rules, seen, scanFrom] = row.state ?? ['', '', ''];
  return { seen: row.seen, now: row.now, state: Number(row.has_state) > 0 ? { rules, seen, scanFrom } : null };
}

async function record(client: ClickHouseClient, repo: string, seen: string, now: string, slackMs: number): Promise<void> {
  await client.command({
    query: `INSERT INTO failure_class_state (repo, rules, seen, scan_from)
            SELECT {repo:String}, {rules:String}, {seen:String}, toDateTime64({now:String}, 3, 'UTC') - toIntervalMillisecond({slack:UInt32})`,
    query_params: { repo, rules: RULES, seen, now, slack: slackMs },
    clickhouse_settings: { log_comment: 'models.failures.ensureFailureClasses' },
  });
}

export interface ClassifyOptions {
  /** How far back from a computation results still count as new for the next (INGESTION_SLACK_MS). */
  slackMs?: number;
}

/** (Re)computes the class of every failure of one repository, and records the state as current. */
export async function refreshFailureClasses(client: ClickHouseClient, repo: string, opts: ClassifyOptions = {}): Promise<void> {
  const o = await observe(client, repo);
  await classify(client, repo, 'all');
  await record(client, repo, o.seen, o.now, opts.slackMs ?? INGESTION_SLACK_MS);
}

async function affectedTests(client: ClickHouseClient, repo: string, from: string): Promise<string[]> {
  const rs = await client.query({
    query: AFFECTED_TESTS_SQL,
    query_params: { repo, from },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.failures.affectedTests' },
  });
  return (await rs.json<{ test_id: string }>()).map((r) => r.test_id);
}

const running = new Map<string, Promise<void>>();

/**
 * Makes failure_classes current for the repo: nothing when no result arrived since the last
 * computation (per failure_class_state); the failures of the affected tests when some did; every
 * failure when the repo was never classified or the rules changed.
 */
export async function ensureFailureClasses(client: ClickHouseClient, repo: string, opts: ClassifyOptions = {}): Promise<void> {
  const inFlight = running.get(repo);
  if (inFlight) return inFlight;
  const job = (async () => {
    const o = await observe(client, repo);
    if (o.state && o.state.rules === RULES && o.state.seen === o.seen) return;
    if (!o.state || o.state.rules !== RULES) {
      await classify(client, repo, 'all');
    } else {
      const tests = await affectedTests(client, repo, o.state.scanFrom);
      if (tests.length > 0) await classify(client, repo, tests);
    }
    await record(client, repo, o.seen, o.now, opts.slackMs ?? INGESTION_SLACK_MS);
  })();
  running.set(repo, job);
  try {
    await job;
  } finally {
    running.delete(repo);
  }
}
