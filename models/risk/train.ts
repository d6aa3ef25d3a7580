import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import type { Store } from '../../src/store/clickhouse.ts';
import { clickhouseTime } from '../../src/store/rows.ts';
import { binSql, defaultWeights, FEATURES, HYPER, PRIOR, type FeatureName, type Weights } from './features.ts';
import { calibrateChange, IDENTITY, type ChangeCalibration } from './calibration.ts';
import { trainingCommitFacts } from './change-facts.ts';
import { fitLogistic, mergeCells, type Cell, type FitOptions } from './fit.ts';
import { mergeSparseRows, pairPasses, PASS_TESTS, type SparseRow } from './train-passes.ts';
import { scannedTestFiles, scannedTestNames, testFileIndex, testFilesOf, type LocatedTest } from './reach.ts';
import { areaSql, fileStemSql, impactKeysSql, keysSql, locatorDirsSql, locatorSql, locatorStemSql, parentDirSql, tokensSql, treePrefixesSql } from './paths.ts';

// Trains the regression-risk model of one repository, in ClickHouse, into table risk_model
// (migration 0009). Which learner, and why:
//
// A logistic model over a handful of explainable features (features.ts), whose inputs are Bayesian-
// smoothed co-failure statistics aggregated in SQL, with weights fitted by maximum a posteriori IRLS
// (fit.ts) on feature cells that ClickHouse aggregates from every (commit, test) pair of the history.
// - Explainable: a test's probability is sigmoid(Σ wᵢxᵢ); its reasons are the largest wᵢxᵢ, each one
//   a sentence ("changes to services/payments/ were followed by a failure of this test in 3 of 12
//   commits"). Weights of evidence features may not go negative (fit.ts), so a reason always points
//   the way it reads.
// - Calibrated by construction: the weights minimise log loss over the history, and every pair's
//   features are computed from what was known before its commit ran (failure counts, recency,
//   co-failures, key counts: running sums in time order), exactly what a request knows when it scores
//   a new change. No pair ever sees its own outcome, so the fitted weights hold on unseen changes.
// - Trained where the data is: counting co-failures per (path or folder, test) is a GROUP BY over the
//   history; only the aggregated cells (thousands) come to Node to fit ten weights.
// - Cheap to serve: a request looks up the change's paths and folders in the sparse association
//   table and adds a few numbers per test; no per-request training.
// - Cold start: the weights' prior (features.ts) is what they are with no history; new tests (fewer
//   than HYPER.minRuns commits) always run.
// Heavier learners (gradient-boosted trees as in Meta's predictive test selection) rank a little
// better with many more features, but are neither explainable per test nor trainable in SQL.
//
// "Real" failures are failed/errored results that models/failures/ classified 'product' (flaky and
// infrastructure failures teach nothing about the change). A failure is "new" when the test did not
// also fail for real on the parent commit; only new failures teach which paths break which tests,
// while carried-over ones are the `carry` feature (and `fixing`, its exception: a change touching the
// failing test's folder is often its fix).

export interface TrainOptions {
  /** Train only on results that started before this time (default: now). */
  asOf?: Date;
  /** Executed pairs per pass of the feature queries (default PAIRS_PER_PASS; tests make it small). */
  pairsPerPass?: number;
}

/** What one training saw and fitted: kept with the model (ModelMeta) and returned to the caller (TrainSummary). */
export interface TrainingCounts {
  tests: number;
  commits: number;
  pairs: number;
  positives: number;
  keys: number;
  associations: number;
  cells: number;
  converged: boolean;
}

export interface TrainSummary extends TrainingCounts {
  repo: string;
  modelId: string;
  asOf: string;
  weights: Weights;
  calibration: ChangeCalibration;
  durationMs: number;
  /** Milliseconds per training step. */
  steps: Record<string, number>;
}

export interface ModelMeta extends TrainingCounts {
  globalRate: number;
  /** The repository's rate of new real failures per (commit, test) (absent in older models). */
  newRate?: number;
  watermark: string;
  /** Change-level calibration of riskScore (absent in models trained before it existed: the identity). */
  calibration?: ChangeCalibration;
}

const H = HYPER;

// Evidence of failure may not lower the risk: a history where, say, recently failed tests passed more
// often than others (every regression got fixed) is no reason to rank them below untouched tests, and
// a reason shown to a user must point the same way as it did last week.
const MONOTONE = new Set<FeatureName>(['carry', 'assoc', 'near', 'same', 'base', 'recent', 'tokens', 'impact', 'tree', 'area', 'reach']);

async function scalar<T>(client: ClickHouseClient, query: string, params: Record<string, unknown>, comment: string): Promise<T[]> {
  const rs = await client.query({ query, query_params: params, format: 'JSONEachRow', clickhouse_settings: { log_comment: comment } });
  return rs.json<T>();
}

// Reused CTEs. Parameters: {repo:String}, {mid:String}, {asOf:DateTime64(3, 'UTC')}.
const CUTOFF = `{asOf:DateTime64(3, 'UTC')} AS cutoff`;
// Commits that ran before the cut-off, with the start of their first run (the commit's time).
const TRAIN_COMMITS = `
  train AS (
    SELECT commit, min(started_at) AS at FROM ci_runs FINAL
    WHERE repo = {repo:String} AND started_at < cutoff
    GROUP BY commit
  )`;
const CHANGED = `
  ch AS (
    SELECT c.commit AS commit, train.at AS at, c.parent AS parent, c.lines AS lines, c.nfiles AS nfiles
    FROM (
      SELECT commit, any(parent) AS parent, sum(added + removed) AS lines, count() AS nfiles
      FROM changes FINAL
      WHERE repo = {repo:String} AND commit IN (SELECT commit FROM train)
      GROUP BY commit
    ) AS c
    INNER JOIN train ON train.commit = c.commit
  )`;
const REAL = `
  real AS (
    SELECT DISTINCT commit, test_id FROM failure_classes FINAL
    WHERE repo = {repo:String} AND started_at < cutoff AND class = 'product'
  )`;
// New real failures: on a commit with a recorded change, and not already failing on its parent.
const EVENTS = `
  events AS (
    SELECT real.commit AS commit, real.test_id AS test_id
    FROM real INNER JOIN ch ON ch.commit = real.commit
    WHERE (ch.parent, real.test_id) NOT IN (SELECT commit, test_id FROM real)
  )`;
// Keys (paths and folders) each commit touched, with the share of the commit's files under the key.
// A new failure is credited to each key of its commit by that share, not once to every key: a
// regression comes from one or a few of a change's files, and full credit made the innocent files of
// a 20-file change look as guilty as the culprit, so the next change to any of them raised the test.
// By share, a one-file change and the folders holding a whole change get full credit, each file of an n-file
// change 1/n: summed over commits, the failures the key is expected to have caused if each changed
// file is as likely to be the culprit.
const COMMIT_KEYS = `
  ck AS (
    SELECT k.commit AS commit, k.key AS key, least(1, k.files / ch.nfiles) AS share
    FROM (
      SELECT commit, arrayJoin(${keysSql('path')}) AS key, count() AS files
      FROM changes FINAL
      WHERE repo = {repo:String} AND commit IN (SELECT commit FROM ch)
      GROUP BY commit, key
    ) AS k INNER JOIN ch ON ch.commit = k.commit
  )`;

export async function trainRiskModel(store: Store, repo: string, opts: TrainOptions = {}): Promise<TrainSummary> {
  const began = performance.now();
  const client = store.client;
  const steps: Record<string, number> = {};
  let lap = began;
  const step = (name: string) => {
    const t = performance.now();
    steps[name] = Math.round(t - lap);
    lap = t;
  };
  const [now] = await scalar<{ now: string }>(client, 'SELECT toString(now64(3)) AS now', {}, 'models.risk.train.now');
  const watermark = now!.now;
  const asOf = opts.asOf ? clickhouseTime(opts.asOf) : watermark;
  const mid = randomUUID();
  const params = { repo, mid, asOf, tau: H.decaySeconds, activeDays: H.activeDays };

  // 1. Tests: runs (commits executed), real failures, new real failures (in co_failures: not carried
  // from the parent, the base `assoc` is measured against), recency, duration, identity and locator.
  const loc = locatorSql('e.file', 'e.class_name', 'e.suite');
  await client.command({
    query: `
      INSERT INTO risk_model (repo, model_id, kind, key, test_id, as_of, runs, fails, co_failures, decayed, duration_ms,
                              last_fail_at, suite, class_name, name, file, locator, stem, dirs)
      WITH ${CUTOFF}, ${TRAIN_COMMITS}, ${CHANGED}, ${REAL}, ${EVENTS},
        (SELECT max(started_at) FROM ci_runs FINAL WHERE repo = {repo:String} AND started_at < cutoff) AS last_run,
        executed AS (
          SELECT test_id, uniqExact(commit) AS runs, max(started_at) AS last_seen,
                 argMax(suite, started_at) AS suite, argMax(class_name, started_at) AS class_name,
                 argMax(name, started_at) AS name, argMax(file, started_at) AS file,
                 ifNotFinite(quantileIf(0.5)(duration_ms, status = 'passed'), 0) AS duration_ms
          FROM test_results
          WHERE repo = {repo:String} AND started_at < cutoff AND final = 1 AND status != 'skipped'
          GROUP BY test_id
          HAVING last_seen >= last_run - INTERVAL {activeDays:UInt32} DAY
        ),
        failed AS (
          SELECT test_id, count() AS fails, max(at) AS last_fail_at,
                 sum(exp((toFloat64(at) - toFloat64(cutoff)) / {tau:Float64})) AS decayed
          FROM (
            SELECT test_id, commit, min(started_at) AS at FROM failure_classes FINAL
            WHERE repo = {repo:String} AND started_at < cutoff AND class = 'product'
            GROUP BY test_id, commit
          )
          GROUP BY test_id
        ),
        newly AS (SELECT test_id, count() AS new_fails FROM events GROUP BY test_id)
      SELECT {repo:String}, {mid:String}, 'test', '', e.test_id, cutoff, e.runs, f.fails, nf.new_fails, f.decayed, e.duration_ms,
             f.last_fail_at, e.suite, e.class_name, e.name, e.file, ${loc} AS loc,
             ${locatorStemSql('loc')}, ${locatorDirsSql('loc')}
      FROM executed AS e LEFT JOIN failed AS f ON f.test_id = e.test_id LEFT JOIN newly AS nf ON nf.test_id = e.test_id`,
    query_params: params,
    clickhouse_settings: { log_comment: 'models.risk.train.tests' },
  });
  step('tests');
  const [t] = await scalar<{ tests: string; runs: number; fails: number; new_fails: number }>(
    client,
    `SELECT count() AS tests, sum(runs) AS runs, sum(fails) AS fails, sum(co_failures) AS new_fails
     FROM risk_model WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'test'`,
    params,
    'models.risk.train.totals',
  );
  const tests = Number(t?.tests ?? 0);
  // The repository's real-failure rate per (commit, test), with a prior of 0.1% worth 1,000 runs.
  const globalRate = (Number(t?.fails ?? 0) + 1) / (Number(t?.runs ?? 0) + 1_000);
  // The same for new real failures (not carried from the parent): what `assoc` compares against.
  const newRate = (Number(t?.new_fails ?? 0) + 1) / (Number(t?.runs ?? 0) + 1_000);

  if (tests === 0) {
    // Nothing ran yet: no model (the service answers "no history, run everything").
    const weights = defaultWeights(globalRate);
    return { repo, modelId: '', asOf: isoOf(asOf), tests: 0, commits: 0, pairs: 0, positives: 0, keys: 0, associations: 0, cells: 0, weights, converged: true, calibration: IDENTITY, durationMs: Math.round(performance.now() - began), steps };
  }
  let keys = 0;
  let associations = 0;
  let commitCells: CommitCell[] = [];
  await locateTestFiles(store, repo, mid, asOf);
  step('reachFiles');
  {
    // 2. Keys: how many training commits touched each path and folder.
    await client.command({
      query: `
        INSERT INTO risk_model (repo, model_id, kind, key, as_of, key_commits)
        WITH ${CUTOFF}, ${TRAIN_COMMITS}, ${CHANGED}, ${COMMIT_KEYS}
        SELECT {repo:String}, {mid:String}, 'key', key, cutoff, count() FROM ck GROUP BY key`,
      query_params: params,
      clickhouse_settings: { log_comment: 'models.risk.train.keys' },
    });
    step('keys');
    // 3. Associations: new real failures per (key, test).
    await client.command({
      query: `
        INSERT INTO risk_model (repo, model_id, kind, key, test_id, as_of, co_failures)
        WITH ${CUTOFF}, ${TRAIN_COMMITS}, ${CHANGED}, ${REAL}, ${EVENTS}, ${COMMIT_KEYS}
        SELECT {repo:String}, {mid:String}, 'assoc', ck.key, events.test_id, cutoff, sum(ck.share)
        FROM events INNER JOIN ck ON ck.commit = events.commit
        GROUP BY ck.key, events.test_id`,
      query_params: params,
      clickhouse_settings: { log_comment: 'models.risk.train.assoc' },
    });
    step('assoc');
    const [kc] = await scalar<{ keys: string; assoc: string }>(
      client,
      `SELECT countIf(kind = 'key') AS keys, countIf(kind = 'assoc') AS assoc
       FROM risk_model WHERE repo = {repo:String} AND model_id = {mid:String}`,
      params,
      'models.risk.train.counts',
    );
    keys = Number(kc?.keys ?? 0);
    associations = Number(kc?.assoc ?? 0);
    commitCells = await featureCells(client, { ...params, g: globalRate, gn: newRate }, step, pairPasses(Number(t?.runs ?? 0), opts.pairsPerPass));
    step('cells');
  }

  // 4. Weights: MAP logistic regression on the cells (merged across commits), around the prior.
  const cells = mergeCells(commitCells);
  const prior = defaultWeights(globalRate);
  const fitOptions: FitOptions = {
    priorMean: FEATURES.map((f) => prior[f]),
    priorPrecision: FEATURES.map((f) => PRIOR[f].precision),
    nonNegative: FEATURES.map((f) => MONOTONE.has(f)),
  };
  const fit = fitLogistic(cells, fitOptions);
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, fit.weights[i]!])) as Weights;
  // 5. The change-level calibration (calibration.ts), on each training commit's test probabilities
  // under weights fitted without that commit (cross-fitted).
  const facts = await trainingCommitFacts(client, repo, asOf);
  const calibration = calibrateChange(commitCells, fitOptions, FEATURES.indexOf('carry'), facts.integration, FEATURES.indexOf('reach'), facts.shapes);
  step('fit');
  const pairs = cells.reduce((n, c) => n + c.trials, 0);
  const positives = cells.reduce((n, c) => n + c.failures, 0);
  const [cm] = await scalar<{ n: string }>(
    client,
    `WITH ${CUTOFF}, ${TRAIN_COMMITS}, ${CHANGED} SELECT count() AS n FROM ch`,
    params,
    'models.risk.train.commits',
  );
  const counts: TrainingCounts = {
    tests,
    commits: Number(cm?.n ?? 0),
    pairs,
    positives,
    keys,
    associations,
    cells: cells.length,
    converged: fit.converged,
  };
  const { converged: _converged, ...calibrationKept } = calibration;
  const meta: ModelMeta = { globalRate, newRate, watermark, ...counts, calibration: calibrationKept };
  const base = { repo, model_id: mid, as_of: asOf };
  await store.insert('risk_model', [
    ...FEATURES.map((f) => ({ ...base, kind: 'weight', key: f, weight: weights[f] })),
    // Written last: a model without its meta row is incomplete and never read.
    { ...base, kind: 'meta', detail: JSON.stringify(meta) },
  ]);
  // Older models of the repo are replaced by this one.
  await client.command({
    query: `DELETE FROM risk_model WHERE repo = {repo:String} AND model_id != {mid:String} AND trained_at <= {watermark:DateTime64(3, 'UTC')}`,
    query_params: { repo, mid, watermark },
    clickhouse_settings: { log_comment: 'models.risk.train.replace' },
  });
  step('write');
  return {
    repo,
    modelId: mid,
    asOf: isoOf(asOf),
    ...counts,
    weights,
    calibration: calibrationKept,
    durationMs: Math.round(performance.now() - began),
    steps,
  };
}

/**
 * 1b. Each test's test file among the scanned ones (code_reach; reach.ts maps a locator to a file in
 * TypeScript, the one implementation both training and scoring use): kept with the model as rows of
 * kind 'reach' (key = test file), so a request reads the files training used.
 */
async function locateTestFiles(store: Store, repo: string, mid: string, asOf: string): Promise<void> {
  const testFiles = await scannedTestFiles(store.client, repo, asOf, H.activeDays);
  const declared = await scannedTestNames(store.client, repo, asOf, H.activeDays);
  if (testFiles.length === 0 && declared.size === 0) return;
  const ix = testFileIndex(testFiles, declared);
  const tests = await scalar<LocatedTest & { test_id: string; class_name: string }>(
    store.client,
    `SELECT test_id, locator, file, class_name AS className, class_name, suite, name FROM risk_model
     WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'test'`,
    { repo, mid },
    'models.risk.train.reachTests',
  );
  const rows: Record<string, unknown>[] = [];
  for (const t of tests) for (const f of testFilesOf(t, ix)) rows.push({ repo, model_id: mid, kind: 'reach', key: f, test_id: t.test_id, as_of: asOf });
  if (rows.length > 0) await store.insert('risk_model', rows);
}

const TESTS = `
  tests AS (
    SELECT test_id, stem, dirs, locator FROM risk_model
    WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'test'
  )`;

/** Pairs of one commit sharing one binned feature vector. */
interface CommitCell extends Cell {
  commit: string;
}

/**
 * Every (commit with a recorded change, test executed there) pair of the training window, grouped by
 * its commit and its binned feature vector (the commit: for the change-level calibration). Each pair's features are computed from what was known before the pair's
 * own commit ran (failures, runs, co-failures and key counts strictly earlier in time): the same
 * inputs a request has when the model scores a new change, so the fitted weights hold when serving.
 *
 * Most pairs have no sparse evidence (no carry, association or nearby change): they are counted by
 * their dense features alone, from a scratch table of all pairs; only the sparse pairs are joined to
 * their evidence, and their cells replace their dense-only counts.
 */
async function featureCells(client: ClickHouseClient, params: Record<string, unknown>, step: (name: string) => void, passes: number): Promise<CommitCell[]> {
  const a = H.basePseudoRuns;
  const m = H.assocPseudoCommits;
  // A scratch table, named by code, holding every executed pair once for the reads below. Memory
  // engine: it lives only as long as this training.
  const pairs = `risk_pairs_${String(params.mid).replace(/[^0-9a-f]/g, '')}`;
  await client.command({
    query: `CREATE TABLE ${pairs} (commit String, test_id String, at DateTime64(3, 'UTC'), y UInt8, changed UInt8,
              xl Float64, xf Float64, fb Float64, fbn Float64, rb Float64, rec Float64, arec Float64) ENGINE = Memory`,
    clickhouse_settings: { log_comment: 'models.risk.train.pairs' },
  });
  try {
    // Failures (all real ones, and the new ones `assoc` is measured against), runs and decayed failures
    // of the test before each pair: running sums over the test's commits in time order (the window excludes the pair itself). The same decayed sum over the
    // test's area (every test of the area, commits strictly earlier: the frame up to the pair's time
    // less the pairs at that very time).
    for (let pass = 0; pass < passes; pass++) {
      await client.command({
        query: `
          INSERT INTO ${pairs}
          WITH ${CUTOFF}, ${TRAIN_COMMITS}, ${CHANGED}, ${REAL}, ${EVENTS}, ${TESTS}, ${PASS_TESTS}
          SELECT commit, test_id, at, y, changed, xl, xf,
                 sum(y) OVER w AS fb,
                 sum(yn) OVER w AS fbn,
                 count() OVER w AS rb,
                 sum(y * exp((toFloat64(at) - toFloat64(cutoff)) / {tau:Float64})) OVER w
                   * exp((toFloat64(cutoff) - toFloat64(at)) / {tau:Float64}) AS rec,
                 if(area = '', 0, greatest(0, sum(y * exp((toFloat64(at) - toFloat64(cutoff)) / {tau:Float64})) OVER wa
                   - sum(y * exp((toFloat64(at) - toFloat64(cutoff)) / {tau:Float64})) OVER wt)
                   * exp((toFloat64(cutoff) - toFloat64(at)) / {tau:Float64})) AS arec
          FROM (
            SELECT r.commit AS commit, r.test_id AS test_id, r.at AS at, r.y AS y, r.yn AS yn, toUInt8(ch.commit != '') AS changed,
                   ta.area AS area,
                   ${binSql('lines', 'log1p(ch.lines)')} AS xl,
                   ${binSql('files', 'log1p(ch.nfiles)')} AS xf
            FROM (
              SELECT commit, test_id, min(started_at) AS at,
                     toUInt8((commit, test_id) IN (SELECT commit, test_id FROM real)) AS y,
                     toUInt8((commit, test_id) IN (SELECT commit, test_id FROM events)) AS yn
              FROM test_results
              WHERE repo = {repo:String} AND started_at < cutoff AND final = 1 AND status != 'skipped'
                AND test_id IN (SELECT test_id FROM pass_tests)
              GROUP BY commit, test_id
            ) AS r
            LEFT JOIN ch ON ch.commit = r.commit
            INNER JOIN (SELECT test_id, ${areaSql('locator')} AS area FROM tests) AS ta ON ta.test_id = r.test_id
          )
          WINDOW w AS (PARTITION BY test_id ORDER BY at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                 wa AS (PARTITION BY area ORDER BY at RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
                 wt AS (PARTITION BY area, at)`,
        query_params: { ...params, passes, pass },
        clickhouse_settings: { log_comment: 'models.risk.train.pairs' },
      });
    }
    step('pairs');
    const base = `log((p.fb + ${a} * g) / (p.rb + ${a}) / g)`;
    // The sparse pairs, pass by pass like the pairs (their joins by token, folder and key grow with
    // tests × changed files); a cell's rows from several passes add up (mergeCells).
    const sparseRows: SparseRow[] = [];
    for (let pass = 0; pass < passes; pass++) {
      const rows = await scalar<SparseRow>(
        client,
        `
        WITH ${CUTOFF}, {g:Float64} AS g, {gn:Float64} AS gn, ${TRAIN_COMMITS}, ${CHANGED}, ${REAL}, ${EVENTS}, ${COMMIT_KEYS}, ${TESTS}, ${PASS_TESTS},
          -- Keys with the number of commits that touched them before each commit.
          kt AS (
            SELECT ck.commit AS commit, ck.key AS key, ch.at AS at,
                   count() OVER (PARTITION BY ck.key ORDER BY ch.at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS nk
            FROM ck INNER JOIN ch ON ch.commit = ck.commit
          ),
          -- New real failures by key, with when they happened.
          ek AS (
            SELECT ck.key AS key, events.test_id AS test_id, ch.at AS at, ck.share AS share
            FROM events INNER JOIN ck ON ck.commit = events.commit INNER JOIN ch ON ch.commit = events.commit
            WHERE events.test_id IN (SELECT test_id FROM pass_tests)
          ),
          -- Per (commit, key, test): co-failures before the commit, each credited by its key's share.
          pa AS (
            SELECT kt.commit AS commit, ek.test_id AS test_id, kt.key AS key, any(kt.nk) AS nk, sum(ek.share) AS n
            FROM kt INNER JOIN ek ON ek.key = kt.key
            WHERE ek.at < kt.at
            GROUP BY commit, test_id, key
          ),
          cf AS (
            SELECT DISTINCT commit, ${parentDirSql('path')} AS pdir, ${fileStemSql('path')} AS fstem
            FROM changes FINAL
            WHERE repo = {repo:String} AND commit IN (SELECT commit FROM ch)
          ),
          td AS (SELECT test_id, stem, arrayJoin(arrayDistinct(dirs)) AS dir FROM tests),
          generic AS (
            SELECT dir FROM td GROUP BY dir
            HAVING count() > greatest(${H.genericShare} * (SELECT count() FROM tests), ${H.genericMin})
          ),
          sim AS (
            SELECT commit, test_id, level FROM (
              SELECT cf.commit AS commit, td.test_id AS test_id,
                     max(multiIf(td.stem != '' AND td.stem = cf.fstem, 3, td.dir NOT IN (SELECT dir FROM generic), 2, 0)) AS level
              FROM cf INNER JOIN (SELECT * FROM td WHERE test_id IN (SELECT test_id FROM pass_tests)) AS td ON td.dir = cf.pdir
              GROUP BY commit, test_id
            ) WHERE level >= 2
          ),
          carried AS (
            SELECT DISTINCT ch.commit AS commit, real.test_id AS test_id FROM ch INNER JOIN real ON real.commit = ch.parent
            WHERE real.test_id IN (SELECT test_id FROM pass_tests)
          ),
          -- Path tokens (paths.tokensOf): per (commit, test), the best changed file's sum of the idf of
          -- the words it shares with the test's locator; words in too many tests left out (model.ts).
          tt AS (SELECT test_id, arrayJoin(${tokensSql('locator')}) AS token FROM tests),
          tidf AS (
            SELECT token, log((SELECT count() FROM tests) / count()) AS idf FROM tt GROUP BY token
            HAVING count() <= greatest(${H.genericShare} * (SELECT count() FROM tests), ${H.genericMin})
          ),
          cft AS (
            SELECT DISTINCT commit, path, arrayJoin(${tokensSql('path')}) AS token
            FROM changes FINAL
            WHERE repo = {repo:String} AND commit IN (SELECT commit FROM ch)
          ),
          tsim AS (
            SELECT commit, test_id, max(s) AS x FROM (
              SELECT cft.commit AS commit, cft.path AS path, tt.test_id AS test_id, sum(tidf.idf) AS s
              FROM cft INNER JOIN tidf ON tidf.token = cft.token
                INNER JOIN (SELECT * FROM tt WHERE test_id IN (SELECT test_id FROM pass_tests)) AS tt ON tt.token = cft.token
              GROUP BY commit, path, test_id
            ) GROUP BY commit, test_id
            HAVING x > 0
          ),
          -- Test impact (test_impact, 0035): the commit changed a file the test executed in a traced run
          -- first seen before the commit and last seen within activeDays of it (model.ts reads the same
          -- rows, as of the model). Absolute paths match by their suffixes (paths.impactKeysOf).
          cpath AS (
            SELECT DISTINCT commit, path FROM changes FINAL
            WHERE repo = {repo:String} AND commit IN (SELECT commit FROM ch)
          ),
          imp AS (
            SELECT test_id, arrayJoin(${impactKeysSql('file')}) AS key, fs, ls FROM (
              SELECT test_id, file, min(first_seen) AS fs, max(last_seen) AS ls FROM test_impact
              WHERE repo = {repo:String} AND test_id IN (SELECT test_id FROM pass_tests)
              GROUP BY test_id, file HAVING fs < cutoff
            )
          ),
          isim AS (
            SELECT DISTINCT cpath.commit AS commit, imp.test_id AS test_id
            FROM cpath INNER JOIN imp ON imp.key = cpath.path INNER JOIN ch ON ch.commit = cpath.commit
            WHERE imp.fs < ch.at AND imp.ls >= ch.at - INTERVAL {activeDays:UInt32} DAY
          ),
          -- Reach through imports (code_reach, 0039): the commit changed a file the test's own test file
          -- (kind 'reach' rows, reach.ts) reaches; the value is 1/hops of the nearest such file. Rows last
          -- seen within activeDays of the commit; first_seen is NOT required to be before it: a scan
          -- describes the code's structure, and a repository scanned from today on would otherwise
          -- have no training signal on its whole history (model.ts reads the same rows as of the model).
          rtf AS (
            SELECT test_id, key AS test_file FROM risk_model
            WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'reach'
              AND test_id IN (SELECT test_id FROM pass_tests)
          ),
          cr AS (
            SELECT test_file, file, min(hops) AS hops, max(last_seen) AS ls FROM code_reach
            WHERE repo = {repo:String} AND test_file IN (SELECT test_file FROM rtf)
            GROUP BY test_file, file
          ),
          rsim AS (
            SELECT cpath.commit AS commit, rtf.test_id AS test_id, max(1 / cr.hops) AS x
            FROM cpath INNER JOIN cr ON cr.file = cpath.path INNER JOIN rtf ON rtf.test_file = cr.test_file
              INNER JOIN ch ON ch.commit = cpath.commit
            WHERE cr.ls >= ch.at - INTERVAL {activeDays:UInt32} DAY
            GROUP BY commit, test_id
          ),
          -- Tree distance (paths.treePrefixesOf): the deepest folder prefix, plumbing dropped, that a
          -- changed file shares with the test's locator; prefixes in too many tests left out (model.ts).
          ttp AS (SELECT test_id, arrayJoin(${treePrefixesSql('locator')}) AS prefix FROM tests),
          tgen AS (
            SELECT prefix FROM ttp GROUP BY prefix
            HAVING count() > greatest(${H.genericShare} * (SELECT count() FROM tests), ${H.genericMin})
          ),
          cpre AS (SELECT DISTINCT commit, arrayJoin(${treePrefixesSql('path')}) AS prefix FROM cpath),
          trsim AS (
            SELECT cpre.commit AS commit, ttp.test_id AS test_id, max(length(splitByChar('/', cpre.prefix))) AS x
            FROM cpre INNER JOIN (SELECT * FROM ttp WHERE test_id IN (SELECT test_id FROM pass_tests)) AS ttp ON ttp.prefix = cpre.prefix
            WHERE cpre.prefix NOT IN (SELECT prefix FROM tgen)
            GROUP BY commit, test_id
          ),
          sparse_keys AS (
            SELECT DISTINCT commit, test_id FROM (
              SELECT commit, test_id FROM pa UNION ALL SELECT commit, test_id FROM sim UNION ALL SELECT commit, test_id FROM carried
              UNION ALL SELECT commit, test_id FROM tsim UNION ALL SELECT commit, test_id FROM isim
              UNION ALL SELECT commit, test_id FROM trsim UNION ALL SELECT commit, test_id FROM rsim
            )
          ),
          sp AS (
            SELECT p.commit AS commit, p.test_id AS test_id, p.y AS y, p.xl AS xl, p.xf AS xf, p.rec AS rec, p.arec AS arec,
                   (p.fb + ${a} * g) / (p.rb + ${a}) AS b, ${base} AS lb, (p.fbn + ${a} * gn) / (p.rb + ${a}) AS bn
            FROM ${pairs} AS p INNER JOIN sparse_keys AS k ON k.commit = p.commit AND k.test_id = p.test_id
            WHERE p.changed = 1
          ),
          assoc AS (
            SELECT sp.commit AS commit, sp.test_id AS test_id,
                   max(greatest(0, log((pa.n + ${m} * sp.bn) / (pa.nk + ${m}) / sp.bn))) AS x
            FROM sp INNER JOIN pa ON pa.commit = sp.commit AND pa.test_id = sp.test_id
            GROUP BY commit, test_id
          )
        SELECT commit, carry, toUInt8(carry AND (near OR same)) AS fixing, xa, near, same, xb, xr, xl, xf, xt, xi, xtr, xar, xrc,
               count() AS trials, sum(y) AS failures
        FROM (
          SELECT sp.commit AS commit, sp.y AS y, sp.xl AS xl, sp.xf AS xf,
                 toUInt8((sp.commit, sp.test_id) IN (SELECT commit, test_id FROM carried)) AS carry,
                 -- No assoc for a test failing on the parent: its fix touches the file that broke it, so
                 -- every fix would be a high-assoc pair that passed (carry and fixing speak for it).
                 if(carry = 1, 0, ${binSql('assoc', 'assoc.x')}) AS xa,
                 toUInt8(sim.level = 2) AS near,
                 toUInt8(sim.level = 3) AS same,
                 ${binSql('base', 'sp.lb')} AS xb,
                 ${binSql('recent', 'log1p(sp.rec)')} AS xr,
                 if(tsim.x > 0, ${binSql('tokens', 'tsim.x')}, 0) AS xt,
                 toUInt8((sp.commit, sp.test_id) IN (SELECT commit, test_id FROM isim)) AS xi,
                 if(trsim.x > 0, ${binSql('tree', 'trsim.x')}, 0) AS xtr,
                 if(sp.arec > 0, ${binSql('area', 'log1p(sp.arec)')}, 0) AS xar,
                 rsim.x AS xrc
          FROM sp
            LEFT JOIN assoc ON assoc.commit = sp.commit AND assoc.test_id = sp.test_id
            LEFT JOIN sim ON sim.commit = sp.commit AND sim.test_id = sp.test_id
            LEFT JOIN tsim ON tsim.commit = sp.commit AND tsim.test_id = sp.test_id
            LEFT JOIN trsim ON trsim.commit = sp.commit AND trsim.test_id = sp.test_id
            LEFT JOIN rsim ON rsim.commit = sp.commit AND rsim.test_id = sp.test_id
        )
        GROUP BY commit, carry, fixing, xa, near, same, xb, xr, xl, xf, xt, xi, xtr, xar, xrc`,
        { ...params, passes, pass },
        'models.risk.train.cells',
      );
      sparseRows.push(...rows);
    }
    const sparse = mergeSparseRows(sparseRows);
    step('sparse');
    const dense = await scalar<{ commit: string; xb: number; xr: number; xl: number; xf: number; xar: number; trials: string; failures: string }>(
      client,
      `WITH {g:Float64} AS g
       SELECT commit, ${binSql('base', base)} AS xb, ${binSql('recent', 'log1p(p.rec)')} AS xr, xl, xf,
              if(p.arec > 0, ${binSql('area', 'log1p(p.arec)')}, 0) AS xar, count() AS trials, sum(y) AS failures
       FROM ${pairs} AS p WHERE changed = 1
       GROUP BY commit, xb, xr, xl, xf, xar`,
      params,
      'models.risk.train.cells',
    );
    // Dense cells count every pair by its dense features; the sparse pairs are counted by their own
    // cells instead, so they leave their dense cell.
    const key = (r: { commit: string; xb: number; xr: number; xl: number; xf: number; xar: number }) => `${r.commit}|${r.xb}|${r.xr}|${r.xl}|${r.xf}|${r.xar}`;
    const byKey = new Map(dense.map((d) => [key(d), { ...d, trials: Number(d.trials), failures: Number(d.failures) }]));
    for (const r of sparse) {
      const d = byKey.get(key(r));
      if (!d) throw new Error(`risk training: sparse cell ${key(r)} has no dense cell`);
      d.trials -= Number(r.trials);
      d.failures -= Number(r.failures);
    }
    const cells: CommitCell[] = [...byKey.values()]
      .filter((d) => d.trials > 0)
      .map((d) => ({ commit: d.commit, x: [1, 0, 0, 0, 0, 0, Number(d.xb), Number(d.xr), Number(d.xl), Number(d.xf), 0, 0, 0, Number(d.xar), 0], trials: d.trials, failures: d.failures }));
    return cells.concat(
      sparse.map((r) => ({
        commit: r.commit,
        x: [
          1, Number(r.carry), Number(r.fixing), Number(r.xa), Number(r.near), Number(r.same), Number(r.xb), Number(r.xr), Number(r.xl), Number(r.xf), Number(r.xt),
          Number(r.xi), Number(r.xtr), Number(r.xar), Number(r.xrc),
        ],
        trials: Number(r.trials),
        failures: Number(r.failures),
      })),
    );
  } finally {
    await client.command({ query: `DROP TABLE IF EXISTS ${pairs}`, clickhouse_settings: { log_comment: 'models.risk.train.pairs' } });
  }
}

function isoOf(chTime: string): string {
  return `${chTime.replace(' ', 'T')}Z`;
}
