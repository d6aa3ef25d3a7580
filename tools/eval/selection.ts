// `npm run eval -- selection`: offline evaluation of risk-based test selection on a generated history
// with known ground truth (tools/history).
//
// 1. For each history shape (shapes.ts), generates a history and loads it through the service's HTTP
//    API (the same loader as `npm run load-history`) into one embedded store under its own repo name,
//    cached under .cache/eval/selection so a second run starts at step 3 (history-service.ts).
// 2. Failure classes: `oracle` (default) takes them from the generator's failure-causes.jsonl
//    (regression → product, flaky, infrastructure), so the figures measure the risk model alone;
//    `model` runs models/failures (the lead's classifier) over the history, so they measure both.
// 3. Replays the history in time order: at each retrain boundary (daily by default) the model is
//    trained on results that started before it, then scores every commit until the next boundary,
//    with the real failures of the parent known up to the commit's own start (what the service sees).
// 4. Scores against the ground truth: a test fails for real on a commit when a planted regression
//    failed it there; a faulty change has at least one such test. For budgets of 10/25/50% of the
//    tests, prints the recall of failing tests and of faulty changes for the model and for three
//    baselines (random, most recently failed, file-path similarity), the calibration (reliability bins,
//    Brier score, log loss) and the confidence curve (--verbose), and one summary row per shape:
//    riskSkill is riskScore's Brier skill against the replay's own rate of regression-bringing changes
//    (known only in hindsight: the goal), rateSkill the same for the rate as known at each training
//    (what a repository has without a model): the part of a riskSkill miss that is that rate moving.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Store } from '../../src/store/clickhouse.ts';
import { refreshFailureClasses } from '../../models/failures/classify.ts';
import { observedRate } from '../../models/risk/calibration.ts';
import { loadRiskModel, type RiskModel } from '../../models/risk/model.ts';
import { looksLikeTestFile } from '../../models/risk/paths.ts';
import { contributions, scoreChange, selectTests, type Scored } from '../../models/risk/score.ts';
import { trainRiskModel } from '../../models/risk/train.ts';
import type { HistoryOptions } from '../history/generate.ts';
import type { GroundTruth } from '../history/ground-truth.ts';
import { readManifest } from '../history/load.ts';
import { evalService, type EvalWorld } from './history-service.ts';
import { pickShapes, type Shape } from './shapes.ts';

const USAGE = `Usage: npm run eval -- selection [options]

  --dir DIR              a history written by \`npm run generate\` (default: generate one)
  --seed N               generator seed (default 1)
  --days N               days of history to generate (default 30)
  --tests N              tests on day one (default 600)
  --regression-rate X    chance a branch commit breaks tests (default 0.1: ~40 regressions in 30 days)
  --classes oracle|model failure classes from the ground truth, or from models/failures (default oracle)
  --warmup-days N        days of history before the first scored commit (default 5)
  --retrain-hours N      hours between trainings (default 24)
  --cache DIR            where generated histories and the loaded store are kept (default .cache/eval/selection)
  --json                 print the figures as JSON
  --misses N             log up to N regression-introducing changes the model missed at 25%: the changed
                         files, the tests that broke, their rank and what each feature added (default 0)
  --misses-at F          the budget --misses looks at: 0.1, 0.25 or 0.5 (default 0.25)
`;

const BUDGETS = [0.1, 0.25, 0.5] as const;
const CONFIDENCES = [0.5, 0.7, 0.8, 0.9, 0.95, 0.99] as const;
const METHODS = ['model', 'random', 'recently failed', 'path similarity'] as const;
type Method = (typeof METHODS)[number];

interface Args {
  shapes: Shape[];
  verbose: boolean;
  seed: number;
  days: number;
  tests: number;
  regressionRate: number;
  classes: 'oracle' | 'model';
  warmupDays: number;
  retrainHours: number;
  cache: string;
  json: boolean;
  misses: number;
  missesAt: (typeof BUDGETS)[number];
}

function parse(argv: string[]): Args {
  const rest = argv[0] === 'selection' ? argv.slice(1) : argv;
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      shapes: { type: 'string' },
      verbose: { type: 'boolean' },
      seed: { type: 'string' },
      days: { type: 'string' },
      tests: { type: 'string' },
      'regression-rate': { type: 'string' },
      classes: { type: 'string' },
      'warmup-days': { type: 'string' },
      'retrain-hours': { type: 'string' },
      cache: { type: 'string' },
      json: { type: 'boolean' },
      misses: { type: 'string' },
      'misses-at': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const num = (v: string | undefined, d: number, name: string) => {
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} expects a non-negative number, got "${v}"`);
    return n;
  };
  const missesAt = BUDGETS.find((b) => b === num(values['misses-at'], 0.25, 'misses-at'));
  if (missesAt === undefined) throw new Error(`--misses-at expects one of ${BUDGETS.join(', ')}`);
  const classes = values.classes ?? 'oracle';
  if (classes !== 'oracle' && classes !== 'model') throw new Error(`--classes expects oracle or model, got "${classes}"`);
  return {
    shapes: pickShapes(values.shapes ?? 'all'),
    verbose: values.verbose ?? false,
    seed: num(values.seed, 1, 'seed'),
    days: num(values.days, 30, 'days'),
    tests: num(values.tests, 600, 'tests'),
    regressionRate: num(values['regression-rate'], 0.1, 'regression-rate'),
    classes,
    warmupDays: num(values['warmup-days'], 5, 'warmup-days'),
    retrainHours: Math.max(1, num(values['retrain-hours'], 24, 'retrain-hours')),
    cache: resolve(values.cache ?? '.cache/eval/selection'),
    json: values.json ?? false,
    misses: num(values.misses, 0, 'misses'),
    missesAt,
  };
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** failure_classes for the repo: from the ground truth (oracle) or from models/failures. */
async function classify(store: Store, repo: string, dir: string, how: Args['classes']): Promise<void> {
  await store.client.command({
    query: 'DELETE FROM failure_classes WHERE repo = {repo:String}',
    query_params: { repo },
  });
  if (how === 'model') {
    log('classifying failures with models/failures');
    await refreshFailureClasses(store.client, repo);
    return;
  }
  const causes = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'failure-causes.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as { runId: string; attempt: number; testId: string; retry: number; cause: string };
    causes.set(`${r.runId}\t${r.attempt}\t${r.testId}\t${r.retry}`, r.cause);
  }
  const rs = await store.client.query({
    query: `SELECT test_id, toString(started_at) AS started_at, run_id, attempt, retry, commit, branch
            FROM test_results WHERE repo = {repo:String} AND status IN ('failed', 'errored')`,
    query_params: { repo },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ test_id: string; started_at: string; run_id: string; attempt: number; retry: number; commit: string; branch: string }>();
  const CLASS: Record<string, string> = { regression: 'product', flaky: 'flaky', infrastructure: 'infrastructure' };
  await store.insert(
    'failure_classes',
    rows.map((r) => ({
      repo,
      test_id: r.test_id,
      started_at: r.started_at,
      run_id: r.run_id,
      attempt: r.attempt,
      retry: r.retry,
      commit: r.commit,
      branch: r.branch,
      class: CLASS[causes.get(`${r.run_id}\t${r.attempt}\t${r.test_id}\t${r.retry}`) ?? 'regression'] ?? 'product',
      fingerprint: '',
      evidence: 'oracle: tools/history failure-causes.jsonl',
    })),
  );
}

// ---- baselines ---------------------------------------------------------------------------------

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tokens(path: string): Set<string> {
  const words = path
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && w !== 'test' && w !== 'tests');
  return new Set(words);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : inter / (a.size + b.size - inter);
}

// ---- metrics -----------------------------------------------------------------------------------

interface Tally {
  failing: number;
  found: number;
  faulty: number;
  caught: number;
  newFaulty: number;
  newCaught: number;
  selected: number;
  universe: number;
}
const tally = (): Tally => ({ failing: 0, found: 0, faulty: 0, caught: 0, newFaulty: 0, newCaught: 0, selected: 0, universe: 0 });

const P_BINS = [0, 0.001, 0.01, 0.05, 0.2, 0.5, 1.000001];

interface Reliability {
  n: number[];
  p: number[];
  y: number[];
  brier: number;
  logLoss: number;
  count: number;
  positives: number;
}
const reliability = (bins: number[]): Reliability => ({ n: bins.slice(1).map(() => 0), p: bins.slice(1).map(() => 0), y: bins.slice(1).map(() => 0), brier: 0, logLoss: 0, count: 0, positives: 0 });

function observe(r: Reliability, bins: number[], p: number, y: number): void {
  let b = 0;
  while (b < bins.length - 2 && p >= bins[b + 1]!) b++;
  r.n[b]!++;
  r.p[b]! += p;
  r.y[b]! += y;
  r.brier += (p - y) ** 2;
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  r.logLoss -= y ? Math.log(q) : Math.log(1 - q);
  r.count++;
  r.positives += y;
}

// ---- replay ------------------------------------------------------------------------------------

interface CommitCase {
  commit: string;
  parent: string;
  branch: string;
  at: number;
  files: { path: string; added: number; removed: number }[];
}

export async function evaluateSelection(world: EvalWorld, a: Args, shape: Partial<HistoryOptions>): Promise<Record<string, unknown>> {
  const { dir } = await world.history({ seed: a.seed, days: a.days, tests: a.tests, regressionRate: a.regressionRate, ...shape });
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const repo = truth.repo;
  const manifest = await readManifest(dir);
  const store = world.store;
  {
    await classify(store, repo, dir, a.classes);

    // Commits in time order (first attempt), and the ground truth of each.
    const commits = new Map<string, CommitCase>();
    const commitOfRun = new Map<string, string>();
    for (const e of manifest) {
      commitOfRun.set(`${e.runId}\t${e.attempt}`, e.commit);
      if (!commits.has(e.commit)) commits.set(e.commit, { commit: e.commit, parent: e.parent, branch: e.branch, at: Date.parse(e.startedAt), files: e.files });
    }
    const failing = new Map<string, Set<string>>();
    for (const line of readFileSync(join(dir, 'failure-causes.jsonl'), 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as { runId: string; attempt: number; testId: string; cause: string };
      if (r.cause !== 'regression') continue;
      const c = commitOfRun.get(`${r.runId}\t${r.attempt}`)!;
      let set = failing.get(c);
      if (!set) failing.set(c, (set = new Set()));
      set.add(r.testId);
    }
    const testFile = new Map(truth.tests.map((t) => [t.testId, t.file] as const));

    // Real failures as the service knows them (failure_classes), with their times.
    const rs = await store.client.query({
      query: `SELECT commit, test_id, toUnixTimestamp64Milli(min(started_at)) AS at FROM failure_classes FINAL
              WHERE repo = {repo:String} AND class = 'product' GROUP BY commit, test_id`,
      query_params: { repo },
      format: 'JSONEachRow',
    });
    const known = await rs.json<{ commit: string; test_id: string; at: string }>();
    const knownByCommit = new Map<string, { test: string; at: number }[]>();
    const knownInOrder = known.map((k) => ({ testId: k.test_id, at: Number(k.at) })).sort((x, y) => x.at - y.at);
    const failTimes = new Map<string, number[]>();
    for (const k of known) {
      const at = Number(k.at);
      let l = knownByCommit.get(k.commit);
      if (!l) knownByCommit.set(k.commit, (l = []));
      l.push({ test: k.test_id, at });
      let f = failTimes.get(k.test_id);
      if (!f) failTimes.set(k.test_id, (f = []));
      f.push(at);
    }
    for (const f of failTimes.values()) f.sort((x, y) => x - y);

    const ordered = [...commits.values()].sort((x, y) => x.at - y.at);
    const start = Date.parse(truth.window.start) + a.warmupDays * 86_400_000;
    const step = a.retrainHours * 3_600_000;
    const results = Object.fromEntries(METHODS.map((m) => [m, BUDGETS.map(() => tally())])) as Record<Method, Tally[]>;
    const curve = CONFIDENCES.map(() => ({ ...tally(), expected: 0, commits: 0 }));
    const testCal = reliability(P_BINS);
    const CHANGE_BINS = [0, 0.05, 0.2, 0.5, 0.8, 1.000001];
    const changeCal = reliability(CHANGE_BINS);
    const changeIndependent = reliability(CHANGE_BINS);
    const changeRunningRate = reliability(CHANGE_BINS);
    const trainings: number[] = [];
    let model: RiskModel | null = null;
    let boundary = start;
    let scoredCommits = 0;
    let missesLogged = 0;
    let lastWeights: unknown = null;
    let lastCalibration: unknown = null;
    for (const c of ordered) {
      if (c.at < start) continue;
      if (!model || c.at >= boundary) {
        while (c.at >= boundary + step) boundary += step;
        const t = await trainRiskModel(store, repo, { asOf: new Date(boundary) });
        trainings.push(t.durationMs);
        lastWeights = t.weights;
        lastCalibration = t.calibration;
        model = await loadRiskModel(store.client, repo);
        log(`trained as of ${new Date(boundary).toISOString()} in ${t.durationMs} ms: ${t.tests} tests, ${t.commits} commits, ${t.positives} real failures`);
        boundary += step;
      }
      if (!model) continue;
      scoredCommits++;
      const parentFailing = new Set((knownByCommit.get(c.parent) ?? []).filter((f) => f.at < c.at).map((f) => f.test));
      // Failures since the model's training, known by the time this commit runs (the service reads them live).
      const asOf = model.asOf.getTime();
      const liveFailures = knownInOrder.filter((f) => f.at >= asOf && f.at < c.at);
      const scored = scoreChange(model, { files: c.files, branch: c.branch, parent: c.parent, parentFailing, liveFailures, at: new Date(c.at), quarantined: new Set() });
      const F = failing.get(c.commit) ?? new Set<string>();
      const faulty = F.size > 0;
      // A faulty change whose parent was not faulty: a regression introduced by this very change.
      const introduced = faulty && !(failing.get(c.parent)?.size);
      const tests = model.tests;
      const n = tests.length;
      const inModel = new Set(tests.map((t) => t.testId));
      // Failing tests the model has never seen run only if their file changed (then every method runs them).
      const changedTests = new Set(c.files.map((f) => f.path).filter(looksLikeTestFile));
      const unseenFound = [...F].filter((t) => !inModel.has(t) && changedTests.has(testFile.get(t) ?? '')).length;
      for (let i = 0; i < n; i++) observe(testCal, P_BINS, scored.probability[i]!, F.has(tests[i]!.testId) ? 1 : 0);
      // riskScore is P(the change brings a new real failure): a test failing here that did not fail on the parent.
      const parentF = failing.get(c.parent);
      const brings = [...F].some((t) => !parentF?.has(t)) ? 1 : 0;
      observe(changeCal, CHANGE_BINS, scored.riskScore, brings);
      // The forecast a repository has without any model: its rate of such changes so far (the same
      // rate the calibration starts from). The goal's reference is the rate in hindsight, which no
      // forecaster knows; this one shows how much of a miss is that rate moving during the replay.
      const known = model.meta.calibration;
      observe(changeRunningRate, CHANGE_BINS, known && known.commits > 0 ? observedRate(known.faulty, known.commits) : scored.riskScore, brings);
      observe(changeIndependent, CHANGE_BINS, scored.independentRisk, brings);

      const r = rng(scoredCommits * 7919 + 17);
      const noise = Float64Array.from({ length: n }, () => r());
      const lastFail = (t: string) => {
        const times = failTimes.get(t);
        if (!times) return -Infinity;
        let best = -Infinity;
        for (const x of times) if (x < c.at) best = x;
        return best;
      };
      const fileTokens = c.files.map((f) => tokens(f.path));
      const pathScore = (i: number) => {
        const tt = tokens(tests[i]!.locator);
        let best = 0;
        for (const ft of fileTokens) best = Math.max(best, jaccard(ft, tt));
        return best;
      };
      const byKey = (key: (i: number) => number) => {
        const k = Float64Array.from({ length: n }, (_, i) => key(i));
        return Array.from({ length: n }, (_, i) => i).sort((x, y) => k[y]! - k[x]! || noise[x]! - noise[y]!);
      };
      const rankings: Record<Exclude<Method, 'model'>, number[]> = {
        random: byKey(() => 0),
        'recently failed': byKey((i) => lastFail(tests[i]!.testId)),
        'path similarity': byKey(pathScore),
      };
      const count = (t: Tally, selected: Iterable<number>, size: number) => {
        let found = unseenFound;
        for (const i of selected) if (F.has(tests[i]!.testId)) found++;
        t.failing += F.size;
        t.found += found;
        t.selected += size;
        t.universe += n;
        if (faulty) {
          t.faulty++;
          if (found > 0) t.caught++;
          if (introduced) {
            t.newFaulty++;
            if (found > 0) t.newCaught++;
          }
        }
      };
      BUDGETS.forEach((f, i) => {
        const sel = selectTests(scored, { fraction: f });
        if (f === a.missesAt && introduced && missesLogged < a.misses && ![...sel.ranked.subarray(0, sel.count)].some((t) => F.has(tests[t]!.testId))) {
          missesLogged++;
          log(explainMiss(c, scored, sel.ranked, F, testFile, f));
        }
        count(results.model[i]!, sel.ranked.subarray(0, sel.count), sel.count);
        const k = Math.ceil(f * n - 1e-9);
        for (const m of ['random', 'recently failed', 'path similarity'] as const) count(results[m][i]!, rankings[m].slice(0, k), k);
      });
      CONFIDENCES.forEach((conf, i) => {
        const sel = selectTests(scored, { confidence: conf });
        count(curve[i]!, sel.ranked.subarray(0, sel.count), sel.count);
        curve[i]!.expected += sel.expectedRecall;
        curve[i]!.commits++;
      });
    }

    const pct = (x: number, n: number) => (n === 0 ? null : Math.round((1000 * x) / n) / 10);
    const figures = {
      history: { dir, repo, seed: truth.seed, options: truth.options, regressions: truth.regressions.length, classes: a.classes },
      replay: {
        warmupDays: a.warmupDays,
        retrainHours: a.retrainHours,
        scoredCommits,
        faultyCommits: results.model[0]!.faulty,
        introducedFaultyCommits: results.model[0]!.newFaulty,
        failingTestCommitPairs: results.model[0]!.failing,
        trainings: trainings.length,
        meanTrainingMs: Math.round(trainings.reduce((x, y) => x + y, 0) / Math.max(1, trainings.length)),
        finalWeights: lastWeights,
        finalChangeCalibration: lastCalibration,
      },
      budgets: BUDGETS.map((f, i) => ({
        budget: f,
        methods: Object.fromEntries(
          METHODS.map((m) => {
            const t = results[m][i]!;
            return [m, {
              testsSelectedPct: pct(t.selected, t.universe),
              failingTestRecallPct: pct(t.found, t.failing),
              faultyChangeRecallPct: pct(t.caught, t.faulty),
              introducedFaultyChangeRecallPct: pct(t.newCaught, t.newFaulty),
            }];
          }),
        ),
      })),
      calibration: {
        tests: calibrationOf(testCal, P_BINS),
        // riskScore = P(at least one new real failure), calibrated (models/risk/calibration.ts) ...
        changes: calibrationOf(changeCal, CHANGE_BINS),
        // ... and the independent combination 1 − Π(1 − pᵢ) it is calibrated from, for comparison.
        'changes, independent combination (uncalibrated)': calibrationOf(changeIndependent, CHANGE_BINS),
        // ... and the repository's rate of such changes as known at each training (no model).
        'changes, rate so far (no model)': calibrationOf(changeRunningRate, CHANGE_BINS),
      },
      confidenceCurve: CONFIDENCES.map((conf, i) => {
        const t = curve[i]!;
        return {
          confidence: conf,
          testsSelectedPct: pct(t.selected, t.universe),
          expectedRecallPct: pct(t.expected, t.commits),
          failingTestRecallPct: pct(t.found, t.failing),
          faultyChangeRecallPct: pct(t.caught, t.faulty),
          // The changes that brought a new real failure: what the 10% / 25% columns count.
          introducedFaultyChangeRecallPct: pct(t.newCaught, t.newFaulty),
        };
      }),
    };
    return figures;
  }
}

/** Why a regression-introducing change was missed: what changed, what broke, and how the model ranked it. */
function explainMiss(c: CommitCase, scored: Scored, ranked: Uint32Array, failing: Set<string>, testFile: Map<string, string>, budget: number): string {
  const rank = new Map<number, number>();
  ranked.forEach((t, r) => rank.set(t, r));
  const tests = scored.model.tests;
  const lines = [`missed at ${budget * 100}%: ${c.commit.slice(0, 10)} on ${c.branch}, changed ${c.files.map((f) => f.path).join(', ')}`];
  tests.forEach((t, i) => {
    if (!failing.has(t.testId)) return;
    const features = contributions(scored, i)
      .filter((x) => Math.abs(x.logOdds) > 1e-3)
      .map((x) => `${x.feature} ${x.logOdds.toFixed(2)}`)
      .join(', ');
    lines.push(`  broke ${testFile.get(t.testId) ?? t.locator} ${t.name}: rank ${(rank.get(i) ?? -1) + 1} of ${tests.length}, p ${scored.probability[i]!.toFixed(4)}; ${features || 'no feature fired'}`);
  });
  return lines.join('\n');
}

function calibrationOf(r: Reliability, bins: number[]) {
  const rate = r.positives / Math.max(1, r.count);
  return {
    pairs: r.count,
    positives: r.positives,
    brier: r.brier / Math.max(1, r.count),
    // Brier of always predicting the overall rate: a skill score above 0 beats it.
    brierSkill: 1 - r.brier / Math.max(1e-12, r.count * rate * (1 - rate)),
    logLoss: r.logLoss / Math.max(1, r.count),
    bins: r.n.map((n, i) => ({
      from: bins[i]!,
      to: Math.min(1, bins[i + 1]!),
      n,
      meanPredicted: n ? r.p[i]! / n : null,
      observed: n ? r.y[i]! / n : null,
    })),
  };
}

function print(f: Awaited<ReturnType<typeof evaluateSelection>>): void {
  const out: string[] = [];
  const h = f.history as { repo: string; seed: number; regressions: number; classes: string; options: Record<string, unknown> };
  const r = f.replay as Record<string, unknown>;
  out.push(`Risk-based test selection, offline replay of ${h.repo} (seed ${h.seed}, ${h.options.days} days, ${h.regressions} planted regressions, ${h.classes} failure classes)`);
  out.push(`scored ${r.scoredCommits} commits after a ${r.warmupDays}-day warm-up; ${r.faultyCommits} faulty (${r.introducedFaultyCommits} introduced the regression), ${r.failingTestCommitPairs} failing (commit, test) pairs`);
  out.push(`trained ${r.trainings} times (every ${r.retrainHours} h, only on the past), ${r.meanTrainingMs} ms each`);
  out.push('');
  out.push('budget  method             tests run  failing tests found  faulty changes caught  (introduced)');
  for (const b of f.budgets as { budget: number; methods: Record<string, Record<string, number | null>> }[]) {
    for (const [m, v] of Object.entries(b.methods)) {
      out.push(
        `${`${b.budget * 100}%`.padEnd(8)}${m.padEnd(19)}${`${v.testsSelectedPct}%`.padStart(9)}  ${`${v.failingTestRecallPct}%`.padStart(19)}  ${`${v.faultyChangeRecallPct}%`.padStart(21)}  ${`${v.introducedFaultyChangeRecallPct}%`.padStart(12)}`,
      );
    }
  }
  const cal = f.calibration as Record<string, ReturnType<typeof calibrationOf>>;
  for (const [what, c] of Object.entries(cal)) {
    out.push('');
    out.push(`calibration (${what}): ${c.pairs} predictions, ${c.positives} real failures; Brier ${c.brier.toExponential(3)}, skill ${(c.brierSkill * 100).toFixed(1)}%, log loss ${c.logLoss.toFixed(4)}`);
    out.push('  predicted in         n   mean predicted   observed');
    for (const b of c.bins) {
      out.push(`  [${b.from}, ${b.to})`.padEnd(20) + `${b.n}`.padStart(9) + `${b.meanPredicted === null ? '-' : b.meanPredicted.toFixed(4)}`.padStart(17) + `${b.observed === null ? '-' : b.observed.toFixed(4)}`.padStart(11));
    }
  }
  out.push('');
  out.push('confidence curve: budget {confidence: c}');
  out.push('  c      tests run  expected recall  failing tests found  faulty changes caught  regression-introducing caught');
  for (const c of f.confidenceCurve as Record<string, number>[]) {
    out.push(
      `  ${String(c.confidence).padEnd(5)}${`${c.testsSelectedPct}%`.padStart(11)}${`${c.expectedRecallPct}%`.padStart(17)}${`${c.failingTestRecallPct}%`.padStart(21)}${`${c.faultyChangeRecallPct}%`.padStart(23)}${`${c.introducedFaultyChangeRecallPct}%`.padStart(31)}`,
    );
  }
  out.push('');
  const rounded = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v);
  out.push(`final weights: ${JSON.stringify(r.finalWeights, rounded)}`);
  out.push(`final change-level calibration (logit P = a + b·logit(r) + c·logit(pmax)): ${JSON.stringify(r.finalChangeCalibration, rounded)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

const GOALS = { at10: 90, at25: 95 } as const;

type Figures = Awaited<ReturnType<typeof evaluateSelection>>;

/** One line per shape: regression-introducing changes caught at 10% and 25% of the tests, baselines, calibration. */
function summaryRow(name: string, f: Figures): string {
  const budgets = f.budgets as { budget: number; methods: Record<string, Record<string, number | null>> }[];
  const at = (b: number, m: string) => budgets.find((x) => x.budget === b)!.methods[m]!.introducedFaultyChangeRecallPct ?? null;
  const r = f.replay as Record<string, number>;
  const calibrations = f.calibration as Record<string, ReturnType<typeof calibrationOf>>;
  const cal = calibrations.changes!;
  const baselines = METHODS.filter((m) => m !== 'model');
  const best = (b: number): string => baselines.reduce<string>((x, m) => ((at(b, m) ?? -1) > (at(b, x) ?? -1) ? m : x), baselines[0]!);
  const m10 = at(0.1, 'model');
  const m25 = at(0.25, 'model');
  const b10 = at(0.1, best(0.1));
  const b25 = at(0.25, best(0.25));
  const rateOnly = calibrations['changes, rate so far (no model)']!;
  // Above a baseline, or level with it at 100%: nothing is above catching every change.
  const beats = (m: number, b: number | null) => m > (b ?? -1) || m === 100;
  const met = m10 !== null && m25 !== null && m10 >= GOALS.at10 && m25 >= GOALS.at25 && beats(m10, b10) && beats(m25, b25) && cal.brierSkill > 0;
  const pc = (v: number | null) => (v === null ? '-' : `${v}%`);
  return `${name.padEnd(17)}${String(r.scoredCommits).padStart(8)}${String(r.introducedFaultyCommits).padStart(11)}` +
    `${pc(m10).padStart(9)}${pc(m25).padStart(9)}${`${pc(b10)} ${best(0.1)}`.padStart(26)}${`${pc(b25)} ${best(0.25)}`.padStart(26)}` +
    `${`${(cal.brierSkill * 100).toFixed(1)}%`.padStart(10)}${`${(rateOnly.brierSkill * 100).toFixed(1)}%`.padStart(10)}  ${met ? 'met' : 'MISSED'}`;
}

const SUMMARY_HEADER = `${'shape'.padEnd(17)}${'commits'.padStart(8)}${'introduced'.padStart(11)}${'model10'.padStart(9)}${'model25'.padStart(9)}` +
  `${'best baseline 10%'.padStart(26)}${'best baseline 25%'.padStart(26)}${'riskSkill'.padStart(10)}${'rateSkill'.padStart(10)}  goal`;

/** Entry point for tools/eval/run.ts: `npm run eval -- selection [options]`. */
export async function run(argv: string[]): Promise<void> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const world = await evalService(args.cache, log);
  const rows: string[] = [];
  try {
    for (const shape of args.shapes) {
      log(`== eval selection, shape ${shape.name} (${shape.what})`);
      const figures = await evaluateSelection(world, args, shape.options);
      if (args.json) process.stdout.write(`${JSON.stringify({ shape: shape.name, ...figures }, null, 2)}\n`);
      else if (args.verbose) print(figures);
      rows.push(summaryRow(shape.name, figures));
      log(rows[rows.length - 1]!);
    }
  } finally {
    await world.close();
  }
  if (!args.json) {
    process.stdout.write(`\nregression-introducing changes caught, one row per history shape (goal: ≥ ${GOALS.at10}% at 10% of the tests and ` +
      `≥ ${GOALS.at25}% at 25%, above every baseline; riskScore Brier skill > 0)\n${SUMMARY_HEADER}\n${rows.join('\n')}\n`);
  }
}
