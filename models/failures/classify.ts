import type { ClickHouseClient } from '@clickhouse/client';
import { failureTextSql, fingerprintSql } from './fingerprint.ts';
import { matchesSql, STRONG_INFRA_PATTERNS, WEAK_INFRA_PATTERNS } from './infrastructure.ts';

// Every failed or errored test result gets a class, with the evidence for it:
//
//   infrastructure  the machine or the CI system failed, not the code:
//                   - the CI run reported cicd.pipeline.result = error;
//                   - a strong infrastructure sign in the failure (OOM, lost runner, DNS, full disk…);
//                   - a weak sign (timeout, refused/reset connection) that many failures of the same
//                     report share (≥ 3 and ≥ 5% of its test cases), and that does not persist;
//                   - a mass failure (≥ 30% and ≥ 5 of a report's test cases; a report is one CI job)
//                     that does not persist (the test's next execution on the branch does not fail the
//                     same way), or whose failures mostly carry infrastructure signs. A mass failure
//                     that persists with no such signs is a broken build: product.
//   flaky           the code did not change but the verdict did:
//                   - the same test passed on the same commit (a CI re-run, an in-run retry);
//                   - or it failed alone on its branch (neither the execution before nor the one after
//                     failed the same way: a flip), and the test flips with this same fingerprint at
//                     least twice in its history, and never failed that way twice in a row (one lone
//                     flip is also what a regression fixed by the next commit looks like; a regression
//                     merged from a branch flips once per branch, but persists somewhere);
//                   - or it failed with the same fingerprint as a failure of the same test that was
//                     shown flaky by a pass on the same commit.
//   product         everything else: a real failure of the code under test.
//
// Runs entirely in ClickHouse, one INSERT … SELECT per repo, so the verdicts of millions of results
// never travel to Node. Re-running it recomputes every verdict with the history known now
// (failure_classes is a ReplacingMergeTree).

export const MASS_FAILURE = { share: 0.3, min: 5 } as const;
/** Failures with a weak infrastructure sign in one run attempt before they count as infrastructure. */
export const WEAK_INFRA_CORROBORATION = 3;
/** Lone flips a test needs before its lone flips count as flaky. */
export const FLIPS_FOR_FLAKY = 2;

const text = failureTextSql('r');
// Signs are looked for in what the failure says: its type, its message, and the unindented lines of
// its body (exception lines and "Caused by:" chains in Java, "E   …" lines in pytest, the message of a
// jest failure), not in stack frames or quoted source, which are indented in every runner's format and
// whose names (ConnectionTimeoutPolicy.apply, testRetriesOnTimeout) would read as signs.
const rawText =
  "concat(r.failure_type, ' ', r.message, ' ', arrayStringConcat(arrayFilter(l -> l != '' AND NOT match(l, '^\\\\s'), " +
  "splitByChar('\\n', substring(r.stack, 1, 4000))), ' '))";

export const CLASSIFY_SQL = `
INSERT INTO failure_classes (repo, test_id, started_at, run_id, attempt, retry, commit, branch, class, fingerprint, evidence)
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
  timeline AS (
    SELECT test_id, run_id, attempt,
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
           t.next_status IN ('failed', 'errored') AND t.next_fingerprint = fingerprint AS persists,
           t.prev_status IN ('failed', 'errored') AND t.prev_fingerprint = fingerprint AS continues,
           NOT persists AND NOT continues AS lone_flip,
           rs.failing >= ${MASS_FAILURE.min} AND rs.failing >= ${MASS_FAILURE.share} * rs.cases AS mass_failure
    FROM rows AS f
    LEFT JOIN report_stats AS rs ON rs.run_id = f.run_id AND rs.attempt = f.attempt AND rs.upload_id = f.upload_id
    LEFT JOIN pipeline AS p ON p.run_id = f.run_id AND p.attempt = f.attempt
    LEFT JOIN failing_timeline AS t ON t.test_id = f.test_id AND t.run_id = f.run_id AND t.attempt = f.attempt
    WHERE f.status IN ('failed', 'errored')
  ),
  verdicts AS (
    SELECT *,
           multiIf(
             pipeline_result = 'error', 'infrastructure',
             strong_infra, 'infrastructure',
             weak_infra AND NOT persists AND weak_infra_failures >= greatest(${WEAK_INFRA_CORROBORATION}, 0.05 * cases), 'infrastructure',
             mass_failure AND (NOT persists OR infra_signed * 2 > failing), 'infrastructure',
             '') AS infra_class,
             multiIf(
             pipeline_result = 'error', 'pipeline-error',
             strong_infra, 'infra-sign',
             weak_infra AND NOT persists AND weak_infra_failures >= greatest(${WEAK_INFRA_CORROBORATION}, 0.05 * cases), 'infra-sign-shared',
             mass_failure AND (NOT persists OR infra_signed * 2 > failing), 'mass-failure',
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
SELECT {repo:String}, test_id, started_at, run_id, attempt, retry, commit, branch,
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
               persists, 'persists',
               'no-sign') AS evidence
FROM with_flips`;

/** (Re)computes the class of every failure of one repository. */
export async function refreshFailureClasses(client: ClickHouseClient, repo: string): Promise<void> {
  await client.command({
    query: CLASSIFY_SQL,
    query_params: { repo },
    clickhouse_settings: { log_comment: 'models.failures.refreshFailureClasses' },
  });
}

// Verdicts are recomputed only when the repo has new results since the last computation. The
// watermark is the newest ingestion time; the map is a cache, so a second process only recomputes.
const computedAt = new Map<string, string>();
const running = new Map<string, Promise<void>>();

/** Makes failure_classes current for the repo: recomputes when results arrived since last time. */
export async function ensureFailureClasses(client: ClickHouseClient, repo: string): Promise<void> {
  const inFlight = running.get(repo);
  if (inFlight) return inFlight;
  const job = (async () => {
    const rs = await client.query({
      query: 'SELECT toString(max(ingested_at)) AS w, count() AS n FROM test_results WHERE repo = {repo:String}',
      query_params: { repo },
      format: 'JSONEachRow',
      clickhouse_settings: { log_comment: 'models.failures.ensureFailureClasses' },
    });
    const row = (await rs.json<{ w: string; n: string }>())[0];
    const watermark = `${row?.w}/${row?.n}`;
    if (computedAt.get(repo) === watermark) return;
    await refreshFailureClasses(client, repo);
    computedAt.set(repo, watermark);
  })();
  running.set(repo, job);
  try {
    await job;
  } finally {
    running.delete(repo);
  }
}
