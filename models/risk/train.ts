import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import type { Store } from '../../src/store/clickhouse.ts';
import { clickhouseTime } from '../../src/store/rows.ts';
import { binSql, defaultWeights, FEATURES, HYPER, PRIOR, type Weights } from './features.ts';
import { fitLogistic, type Cell } from './fit.ts';
import { fileStemSql, keysSql, locatorDirsSql, locatorSql, locatorStemSql, parentDirSql } from './paths.ts';

// Trains the regression-risk model of one repository, in ClickHouse, into table risk_model
// (migration 0009). Which learner, and why:
//
// A logistic model over a handful of explainable features (features.ts), whose inputs are Bayesian-
// smoothed co-failure statistics aggregated in SQL, with weights fitted by maximum a posteriori IRLS
// (fit.ts) on feature cells that ClickHouse aggregates from every (commit, test) pair of the history.
// - Explainable: a test's probability is sigmoid(Σ wᵢxᵢ); its reasons are the largest wᵢxᵢ, each one
//   a sentence ("changes to services/payments/ were followed by a failure of this test in 3 of 12
//   commits").
// - Calibrated by construction: the weights minimise log loss over the history, and the inputs that
//   come from counts are computed leave-one-out while training (a pair never sees its own outcome),
//   so the fitted weights are the ones that hold on unseen changes.
// - Trained where the data is: counting co-failures per (path or folder, test) is a GROUP BY over the
//   history; only the few hundred thousand aggregated cells come to Node to fit nine weights.
// - Cheap to serve: a request looks up the change's paths and folders in the sparse association
//   table and adds a few numbers per test; no per-request training.
// Heavier learners (gradient-boosted trees as in Meta's predictive test selection) rank a little
// better with many more features, but are neither explainable per test nor trainable in SQL.
//
// "Real" failures are failed/errored results that models/failures/ classified 'product' (flaky and
// infrastructure failures teach nothing about the change). A failure is "new" when the test did not
// also fail for real on the parent commit; only new failures teach which paths break which tests,
// while carried-over ones are the `carry` feature.

export interface TrainOptions {
  /** Train only on results that started before this time (default: now). */
  asOf?: Date;
}

export interface TrainSummary {
  repo: string;
  modelId: string;
  asOf: string;
  tests: number;
  commits: number;
  pairs: number;
  positives: number;
  keys: number;
  associations: number;
  cells: number;
  weights: Weights;
  converged: boolean;
  durationMs: number;
}

export interface ModelMeta {
  globalRate: number;
  watermark: string;
  tests: number;
  commits: number;
  pairs: number;
  positives: number;
  keys: number;
  associations: number;
  cells: number;
  converged: boolean;
}

const H = HYPER;

async function scalar<T>(client: ClickHouseClient, query: string, params: Record<string, unknown>, comment: string): Promise<T[]> {
  const rs = await client.query({ query, query_params: params, format: 'JSONEachRow', clickhouse_settings: { log_comment: comment } });
  return rs.json<T>();
}

// Reused CTEs. Parameters: {repo:String}, {mid:String}, {asOf:DateTime64(3, 'UTC')}.
const CUTOFF = `{asOf:DateTime64(3, 'UTC')} AS cutoff`;
const TRAIN_COMMITS = `
  train AS (
    SELECT commit FROM ci_runs FINAL
    WHERE repo = {repo:String} AND started_at < cutoff
    GROUP BY commit
  )`;
const CHANGED = `
  ch AS (
    SELECT commit, any(parent) AS parent, sum(added + removed) AS lines, count() AS nfiles
    FROM changes FINAL
    WHERE repo = {repo:String} AND commit IN (SELECT commit FROM train)
    GROUP BY commit
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
const COMMIT_KEYS = `
  ck AS (
    SELECT DISTINCT commit, arrayJoin(${keysSql('path')}) AS key
    FROM changes FINAL
    WHERE repo = {repo:String} AND commit IN (SELECT commit FROM ch)
  )`;

export async function trainRiskModel(store: Store, repo: string, opts: TrainOptions = {}): Promise<TrainSummary> {
  const began = performance.now();
  const client = store.client;
  const [now] = await scalar<{ now: string }>(client, 'SELECT toString(now64(3)) AS now', {}, 'models.risk.train.now');
  const watermark = now!.now;
  const asOf = opts.asOf ? clickhouseTime(opts.asOf) : watermark;
  const mid = randomUUID();
  const params = { repo, mid, asOf, tau: H.decaySeconds, activeDays: H.activeDays };

  // 1. Tests: runs (commits executed), real failures, recency, duration, identity and locator.
  const loc = locatorSql('e.file', 'e.class_name', 'e.suite');
  await client.command({
    query: `
      INSERT INTO risk_model (repo, model_id, kind, key, test_id, as_of, runs, fails, decayed, duration_ms,
                              last_fail_at, suite, class_name, name, file, locator, stem, dirs)
      WITH ${CUTOFF},
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
        )
      SELECT {repo:String}, {mid:String}, 'test', '', e.test_id, cutoff, e.runs, f.fails, f.decayed, e.duration_ms,
             f.last_fail_at, e.suite, e.class_name, e.name, e.file, ${loc} AS loc,
             ${locatorStemSql('loc')}, ${locatorDirsSql('loc')}
      FROM executed AS e LEFT JOIN failed AS f ON f.test_id = e.test_id`,
    query_params: params,
    clickhouse_settings: { log_comment: 'models.risk.train.tests' },
  });
  const [t] = await scalar<{ tests: string; runs: number; fails: number }>(
    client,
    `SELECT count() AS tests, sum(runs) AS runs, sum(fails) AS fails
     FROM risk_model WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'test'`,
    params,
    'models.risk.train.totals',
  );
  const tests = Number(t?.tests ?? 0);
  // The repository's real-failure rate per (commit, test), with a prior of 0.1% worth 1,000 runs.
  const globalRate = (Number(t?.fails ?? 0) + 1) / (Number(t?.runs ?? 0) + 1_000);

  if (tests === 0) {
    // Nothing ran yet: no model (the service answers "no history, run everything").
    const weights = defaultWeights(globalRate);
    return { repo, modelId: '', asOf: isoOf(asOf), tests: 0, commits: 0, pairs: 0, positives: 0, keys: 0, associations: 0, cells: 0, weights, converged: true, durationMs: Math.round(performance.now() - began) };
  }
  let keys = 0;
  let associations = 0;
  let cells: Cell[] = [];
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
    // 3. Associations: new real failures per (key, test).
    await client.command({
      query: `
        INSERT INTO risk_model (repo, model_id, kind, key, test_id, as_of, co_failures)
        WITH ${CUTOFF}, ${TRAIN_COMMITS}, ${CHANGED}, ${REAL}, ${EVENTS}, ${COMMIT_KEYS}
        SELECT {repo:String}, {mid:String}, 'assoc', ck.key, events.test_id, cutoff, count()
        FROM events INNER JOIN ck ON ck.commit = events.commit
        GROUP BY ck.key, events.test_id`,
      query_params: params,
      clickhouse_settings: { log_comment: 'models.risk.train.assoc' },
    });
    const [kc] = await scalar<{ keys: string; assoc: string }>(
      client,
      `SELECT countIf(kind = 'key') AS keys, countIf(kind = 'assoc') AS assoc
       FROM risk_model WHERE repo = {repo:String} AND model_id = {mid:String}`,
      params,
      'models.risk.train.counts',
    );
    keys = Number(kc?.keys ?? 0);
    associations = Number(kc?.assoc ?? 0);
    cells = await featureCells(client, { ...params, g: globalRate });
  }

  // 4. Weights: MAP logistic regression on the cells, around the prior.
  const prior = defaultWeights(globalRate);
  const fit = fitLogistic(cells, {
    priorMean: FEATURES.map((f) => prior[f]),
    priorPrecision: FEATURES.map((f) => PRIOR[f].precision),
  });
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, fit.weights[i]!])) as Weights;
  const pairs = cells.reduce((n, c) => n + c.trials, 0);
  const positives = cells.reduce((n, c) => n + c.failures, 0);
  const [cm] = await scalar<{ n: string }>(
    client,
    `WITH ${CUTOFF}, ${TRAIN_COMMITS}, ${CHANGED} SELECT count() AS n FROM ch`,
    params,
    'models.risk.train.commits',
  );
  const meta: ModelMeta = {
    globalRate,
    watermark,
    tests,
    commits: Number(cm?.n ?? 0),
    pairs,
    positives,
    keys,
    associations,
    cells: cells.length,
    converged: fit.converged,
  };
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
  return {
    repo,
    modelId: mid,
    asOf: isoOf(asOf),
    tests,
    commits: meta.commits,
    pairs,
    positives,
    keys,
    associations,
    cells: cells.length,
    weights,
    converged: fit.converged,
    durationMs: Math.round(performance.now() - began),
  };
}

/**
 * Every (commit with a recorded change, test executed there) pair of the training window, grouped by
 * its binned feature vector. Count-based inputs are leave-one-out: a pair's own failure is taken out
 * of the test's failure count and of the co-failure counts, as if the pair were a new change.
 */
async function featureCells(client: ClickHouseClient, params: Record<string, unknown>): Promise<Cell[]> {
  const a = H.basePseudoRuns;
  const m = H.assocPseudoCommits;
  const rows = await scalar<{ carry: number; xa: number; near: number; same: number; xb: number; xr: number; xl: number; xf: number; trials: string; failures: string }>(
    client,
    `
    WITH ${CUTOFF}, {g:Float64} AS g, ${TRAIN_COMMITS}, ${CHANGED}, ${REAL}, ${EVENTS}, ${COMMIT_KEYS},
      tests AS (
        SELECT test_id, runs, fails, stem, dirs, (fails + ${a} * g) / (runs + ${a}) AS b
        FROM risk_model WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'test'
      ),
      runs AS (
        SELECT commit, test_id, at, y,
               sum(y * exp((toFloat64(at) - toFloat64(cutoff)) / {tau:Float64}))
                 OVER (PARTITION BY test_id ORDER BY at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
               * exp((toFloat64(cutoff) - toFloat64(at)) / {tau:Float64}) AS recent
        FROM (
          SELECT commit, test_id, min(started_at) AS at,
                 toUInt8((commit, test_id) IN (SELECT commit, test_id FROM real)) AS y
          FROM test_results
          WHERE repo = {repo:String} AND started_at < cutoff AND final = 1 AND status != 'skipped'
            AND test_id IN (SELECT test_id FROM tests)
          GROUP BY commit, test_id
        )
      ),
      pa AS (
        SELECT commit, test_id, max(greatest(0, log(((n - self) + ${m} * b) / (nk - 1 + ${m}) / b))) AS x
        FROM (
          SELECT ck.commit AS commit, assoc.test_id AS test_id, assoc.co_failures AS n, kn.key_commits AS nk, tests.b AS b,
                 toUInt8((ck.commit, assoc.test_id) IN (SELECT commit, test_id FROM events)) AS self
          FROM ck
            INNER JOIN (SELECT key, test_id, co_failures FROM risk_model
                        WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'assoc') AS assoc ON assoc.key = ck.key
            INNER JOIN (SELECT key, key_commits FROM risk_model
                        WHERE repo = {repo:String} AND model_id = {mid:String} AND kind = 'key') AS kn ON kn.key = ck.key
            INNER JOIN tests ON tests.test_id = assoc.test_id
        )
        WHERE n - self >= 1
        GROUP BY commit, test_id
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
        SELECT cf.commit AS commit, td.test_id AS test_id,
               max(multiIf(td.stem != '' AND td.stem = cf.fstem, 3, td.dir NOT IN (SELECT dir FROM generic), 2, 0)) AS level
        FROM cf INNER JOIN td ON td.dir = cf.pdir
        GROUP BY commit, test_id
      )
    SELECT carry, xa, near, same, xb, xr, xl, xf, count() AS trials, sum(y) AS failures
    FROM (
      SELECT toUInt8((ch.parent, r.test_id) IN (SELECT commit, test_id FROM real)) AS carry,
             ${binSql('assoc', 'pa.x')} AS xa,
             toUInt8(sim.level = 2) AS near,
             toUInt8(sim.level = 3) AS same,
             ${binSql('base', `log(((t.fails - r.y) + ${a} * g) / ((t.runs - 1) + ${a}) / g)`)} AS xb,
             ${binSql('recent', 'log1p(r.recent)')} AS xr,
             ${binSql('lines', 'log1p(ch.lines)')} AS xl,
             ${binSql('files', 'log1p(ch.nfiles)')} AS xf,
             r.y AS y
      FROM runs AS r
        INNER JOIN ch ON ch.commit = r.commit
        INNER JOIN tests AS t ON t.test_id = r.test_id
        LEFT JOIN pa ON pa.commit = r.commit AND pa.test_id = r.test_id
        LEFT JOIN sim ON sim.commit = r.commit AND sim.test_id = r.test_id
    )
    GROUP BY carry, xa, near, same, xb, xr, xl, xf`,
    params,
    'models.risk.train.cells',
  );
  return rows.map((r) => ({
    x: [1, Number(r.carry), Number(r.xa), Number(r.near), Number(r.same), Number(r.xb), Number(r.xr), Number(r.xl), Number(r.xf)],
    trials: Number(r.trials),
    failures: Number(r.failures),
  }));
}

function isoOf(chTime: string): string {
  return `${chTime.replace(' ', 'T')}Z`;
}
