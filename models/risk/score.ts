import { changeRisk, IDENTITY } from './calibration.ts';
import { changeShapeOf, isIntegrationBranch } from './change-shape.ts';
import { bin, HYPER, type FeatureName, type Weights } from './features.ts';
import type { ModelTest, RiskModel } from './model.ts';
import { pathEvidence, resolvePaths, toucher, type PathEvidence } from './evidence.ts';
import { returnWorkspace, scoreIndexOf, takeWorkspace, type ScoreIndex, type Workspace } from './score-index.ts';

export { byProbability, selectTests, type Budget, type Selection } from './select.ts';

// Scores one change against a loaded model: for every test, the calibrated probability that it fails
// for real on this change, and the contributions that make it up (the reasons). Pure and in memory.
// A request's cost follows the change, not the suite (docs/risk-sparse-scoring.md): the tests the change
// reaches through short posting lists, or that have failures, hints or quarantine of their own, are
// scored one by one; every other test takes its group's log-odds (score-index.ts), computed once. Per-test
// values live in typed arrays indexed like model.tests, lent by the model for the request; objects and
// sentences are made only for the tests an answer lists (a 100k-test repository answers in milliseconds).

export interface ChangeFile {
  path: string;
  added: number;
  removed: number;
}

export interface ChangeContext {
  files: readonly ChangeFile[];
  /** The branch the change was pushed to, when known (riskScore: changes on the default branch). */
  branch?: string;
  /** The change's parent commit, when known, and the tests that failed for real on it. */
  parent?: string;
  parentFailing: ReadonlySet<string>;
  /** When the change is scored (recency decays to it). */
  at: Date;
  /**
   * Real failures known since the model was trained (one per test and commit, `at` in ms): they count
   * in each test's failure rate and recency right away, as they did for every pair in training.
   */
  liveFailures?: readonly { testId: string; at: number }[];
  quarantined: ReadonlySet<string>;
  /** Tests that must run whatever their probability, with why (e.g. incident regression suites). */
  mandatory?: ReadonlyMap<string, string>;
  /** Tests that exercise hot production operations of a service the change touches (models/coverage/runtime-paths.ts). */
  runtime?: ReadonlyMap<string, RuntimePath>;
}

export interface RuntimePath {
  service: string;
  operation: string;
  /** The operation's share of the service's production calls, 0–1. */
  share: number;
  /** Why the change touches the service. */
  via: string;
}

/**
 * Log-odds a runtime path adds per unit of traffic share: a test of an operation carrying half of a
 * touched service's traffic gets +1 (odds ×2.7). Fixed, not learned: the history has no outcome to fit
 * it on (tests do not fail more for covering hot code); it orders tests, the model's features decide.
 */
export const RUNTIME_LOG_ODDS = 2;

export type Contributor = Exclude<FeatureName, 'intercept'>;

export interface Contribution {
  feature: Contributor;
  /** wᵢ·xᵢ: how much the feature moved the log-odds. */
  logOdds: number;
}

export interface Scored {
  model: RiskModel;
  parent?: string;
  /** Per test (model.tests index): P(fails for real on this change). */
  probability: Float64Array;
  /** Per test: why it runs whatever its probability (new test, changed test file, mandatory). */
  always: readonly (string | undefined)[];
  /** Per test: the hot runtime path that raised its priority, if any. */
  runtime: (RuntimePath | undefined)[];
  quarantined: Uint8Array;
  /** Effective failures per test (live failures included), for the reason texts. */
  fails: Float64Array;
  /**
   * Tests already failing for real on the change's base (its parent): the change did not cause them.
   * They always run (a fix must show green), and are left out of riskScore.
   */
  knownFailing: number[];
  /**
   * P(this change brings at least one new real failure), over the tests that are neither quarantined
   * nor known failing (calibration.ts).
   */
  riskScore: number;
  /** 1 − Π(1 − pᵢ): the same as if tests failed independently (over-counts; before calibration). */
  independentRisk: number;
  lines: number;
  fileCount: number;
  /** Changed files that look like tests: run them whatever the model says (they may hold new tests). */
  changedTestFiles: string[];
  /** How the values are held: read them with featureValue and evidenceOf, not directly. */
  sparse: SparseScores;
}

/**
 * Tests with evidence of their own (ws.touched) hold their values in the workspace; every other test
 * takes its group's (score-index.ts), which only long lists, its binned base and its area's failures
 * make. Valid until releaseScored.
 */
export interface SparseScores {
  ix: ScoreIndex;
  ws: Workspace;
  paths: PathEvidence;
  /** The changed files' paths, in the change's order (class evidence names files by index). */
  filePaths: string[];
  /** Binned change-wide features. */
  lines: number;
  files: number;
  /** Per area (model.area), this request's binned `area` value. */
  area: Float64Array;
  /** Per group: probability. */
  groupP: Float64Array;
  released: boolean;
}


function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * The log-odds of one test from its feature values: the one expression both a test scored one by one
 * and a group use (same terms, same order: a group's value is bit for bit a member's).
 */
function logOdds(w: Weights, shared: number, carry: number, fixing: number, assoc: number, near: number, same: number, base: number, recent: number, tokens: number, impact: number, tree: number, area: number, reach: number, runtime: number): number {
  return (
    shared +
    w.carry * carry +
    w.fixing * fixing +
    w.assoc * assoc +
    w.near * near +
    w.same * same +
    w.base * base +
    w.recent * recent +
    w.tokens * tokens +
    w.impact * impact +
    w.tree * tree +
    w.area * area +
    w.reach * reach +
    RUNTIME_LOG_ODDS * runtime
  );
}

/** log(1 − p), as riskScore sums it. */
const logNoneOf = (p: number) => Math.log1p(-Math.min(p, 1 - 1e-12));

/**
 * Scores one change. The returned buffers are the model's, lent for this request: call releaseScored
 * once the answer is written (an unreleased Scored is simply collected, its buffers not reused).
 */
export function scoreChange(model: RiskModel, ctx: ChangeContext): Scored {
  const ws = takeWorkspace(model);
  try {
    return score(model, scoreIndexOf(model), ws, ctx);
  } catch (e) {
    returnWorkspace(model, ws);
    throw e;
  }
}

/** Gives the request's buffers back to the model (the Scored, and its selections, are unusable after). */
export function releaseScored(s: Scored): void {
  if (s.sparse.released) return;
  s.sparse.released = true;
  returnWorkspace(s.model, s.sparse.ws);
}

function score(model: RiskModel, ix: ScoreIndex, ws: Workspace, ctx: ChangeContext): Scored {
  const w = model.weights;
  const n = model.tests.length;
  const g = model.meta.globalRate;
  const a = HYPER.basePseudoRuns;
  const now = ctx.at.getTime();
  const tests = model.tests;
  const touch = toucher(ws);

  // Failures since training, per test: extra failures and their decayed weight now.
  const fails = ws.fails;
  const runs = model.runs;
  const liveDecayed = new Map<number, number>();
  for (const f of ctx.liveFailures ?? []) {
    const i = model.byId.get(f.testId);
    if (i === undefined || f.at >= now) continue;
    touch(i);
    fails[i]!++;
    liveDecayed.set(i, (liveDecayed.get(i) ?? 0) + Math.exp(-(now - f.at) / 1000 / HYPER.decaySeconds));
  }
  const rateOf = (i: number) => (fails[i]! + a * g) / (runs[i]! + a);
  const paths = pathEvidence(model, ix, ws, ctx.files);
  const lines = bin('lines', Math.log1p(paths.lines));
  const files = bin('files', Math.log1p(ctx.files.length));

  // Per-test evidence that only a few tests have: failures (past and live), the parent's failures.
  const decay = Math.exp(-Math.max(0, now - model.asOf.getTime()) / 1000 / HYPER.decaySeconds);
  for (const i of model.withFailures) {
    touch(i);
    ws.recent[i] = bin('recent', Math.log1p(tests[i]!.decayed * decay + (liveDecayed.get(i) ?? 0)));
  }
  for (const [i, d] of liveDecayed) {
    ws.recent[i] = bin('recent', Math.log1p(tests[i]!.decayed * decay + d));
    ws.base[i] = bin('base', Math.log(rateOf(i) / g));
  }
  // The area's recent real failures: its tests' decayed failures at the model's time, plus live ones.
  const areaNow = Float64Array.from(model.areaDecayed, (v) => v * decay);
  for (const [i, d] of liveDecayed) {
    const ai = model.area[i]!;
    if (ai >= 0) areaNow[ai] = areaNow[ai]! + d;
  }
  const area = Float64Array.from(areaNow, (v) => (v > 0 ? bin('area', Math.log1p(v)) : 0));
  const knownFailing: number[] = [];
  for (const id of ctx.parentFailing) {
    const i = model.byId.get(id);
    if (i === undefined) continue;
    touch(i);
    knownFailing.push(i);
  }
  knownFailing.sort((p, q) => p - q);
  for (const id of ctx.quarantined) {
    const i = model.byId.get(id);
    if (i === undefined) continue;
    touch(i);
    ws.quarantined[i] = 1;
  }
  for (const [id, why] of ctx.mandatory ?? []) {
    const i = model.byId.get(id);
    if (i === undefined) continue;
    touch(i);
    ws.always[i] = why;
  }
  // Per test only when some test has a runtime path (reads past the end of [] are undefined too).
  const runtime: (RuntimePath | undefined)[] = ctx.runtime && ctx.runtime.size > 0 ? new Array<RuntimePath | undefined>(n).fill(undefined) : [];
  for (const [id, path] of ctx.runtime ?? []) {
    const i = model.byId.get(id);
    if (i === undefined) continue;
    touch(i);
    runtime[i] = path;
  }
  for (const i of ix.newTests) {
    touch(i);
    if (ws.always[i] === undefined) ws.always[i] = `new test: ${runs[i]} recorded run${runs[i] === 1 ? '' : 's'}`;
  }
  for (const i of knownFailing) {
    ws.carry[i] = 1;
    // assoc is the chance of a new failure; a failing test's next result is carry's (train.ts).
    ws.assoc[i] = 0;
    ws.always[i] ??= `known failing: failed for real on the base${ctx.parent ? ` ${ctx.parent.slice(0, 12)}` : ''}`;
  }

  // Every test with evidence of its own is known: its path features, then its probability.
  const shared = w.intercept + w.lines * lines + w.files * files;
  const { probability, touched } = ws;
  for (const i of touched) {
    resolvePaths(model, ix, ws, ctx.files, paths, i);
    if (ws.carry[i]) ws.fixing[i] = ws.near[i] || ws.same[i] ? 1 : 0;
    const ai = model.area[i]!;
    const p = sigmoid(
      logOdds(w, shared, ws.carry[i]!, ws.fixing[i]!, ws.assoc[i]!, ws.near[i]!, ws.same[i]!, ws.base[i]!, ws.recent[i]!, ws.tokens[i]!, ws.impact[i]!, ws.tree[i]!, ai >= 0 ? area[ai]! : 0, ws.reach[i]!, runtime[i]?.share ?? 0),
    );
    probability[i] = p;
    ws.logNone[i] = logNoneOf(p);
  }
  // The groups: no evidence of their own, so every term but the class's, base and area is 0.
  const k = paths.classes;
  const groupP = new Float64Array(ix.groups);
  const groupLog = new Float64Array(ix.groups);
  for (let gi = 0; gi < ix.groups; gi++) {
    const c = ix.groupClass[gi]!;
    const ai = ix.groupArea[gi]!;
    const p = sigmoid(logOdds(w, shared, 0, 0, 0, k.near[c]!, 0, ix.groupBase[gi]!, 0, k.tokens[c]!, 0, k.tree[c]!, ai >= 0 ? area[ai]! : 0, 0, 0));
    groupP[gi] = p;
    groupLog[gi] = logNoneOf(p);
  }
  // Every test's probability, and riskScore's sum in test order (as one by one).
  const { mark, carry, quarantined } = ws;
  const groupOf = ix.groupOf;
  let logNone = 0;
  let pmax = 0;
  // Tests the change reaches through imports (calibration.ts: e); only tests scored one by one have reach.
  let reached = 0;
  for (let i = 0; i < n; i++) {
    let p: number;
    let lq: number;
    if (mark[i] === 0) {
      const gi = groupOf[i]!;
      p = probability[i] = groupP[gi]!;
      lq = groupLog[gi]!;
    } else {
      if (quarantined[i] !== 0 || carry[i] !== 0) continue;
      p = probability[i]!;
      lq = ws.logNone[i]!;
      if (ws.reach[i]! > 0) reached++;
    }
    logNone += lq;
    if (p > pmax) pmax = p;
  }
  return {
    model,
    ...(ctx.parent ? { parent: ctx.parent } : {}),
    probability,
    always: ws.always,
    runtime,
    quarantined,
    fails,
    knownFailing,
    riskScore: changeRisk(model.meta.calibration ?? IDENTITY, -logNone, pmax, isIntegrationBranch(ctx.branch), reached, changeShapeOf(ctx.files)),
    independentRisk: -Math.expm1(logNone),
    lines: paths.lines,
    fileCount: ctx.files.length,
    changedTestFiles: paths.changedTestFiles,
    sparse: { ix, ws, paths, filePaths: ctx.files.map((f) => f.path), lines, files, area, groupP, released: false },
  };
}

/** The binned value of one feature for test i. */
export function featureValue(s: Scored, f: Contributor, i: number): number {
  const { ws, ix, paths } = s.sparse;
  const own = ws.mark[i] !== 0;
  const c = ix.classOf[i]!;
  switch (f) {
    case 'carry':
      return ws.carry[i]!;
    case 'fixing':
      return ws.fixing[i]!;
    case 'assoc':
      return ws.assoc[i]!;
    case 'near':
      return own ? ws.near[i]! : paths.classes.near[c]!;
    case 'same':
      return ws.same[i]!;
    case 'base':
      return ws.base[i]!;
    case 'recent':
      return ws.recent[i]!;
    case 'lines':
      return s.sparse.lines;
    case 'files':
      return s.sparse.files;
    case 'tokens':
      return own ? ws.tokens[i]! : paths.classes.tokens[c]!;
    case 'impact':
      return ws.impact[i]!;
    case 'tree':
      return own ? ws.tree[i]! : paths.classes.tree[c]!;
    case 'area': {
      const ai = s.model.area[i]!;
      return ai >= 0 ? s.sparse.area[ai]! : 0;
    }
    case 'reach':
      return ws.reach[i]!;
  }
}

/** The evidence behind test i's path features, for the reason texts. */
export function evidenceOf(s: Scored, i: number): { nearFile?: string; tokenFile?: string; treeFile?: string; impactFile?: string; reachFile?: string; assocKey?: string; assocFailures: number; assocCommits: number } {
  const { ws, ix, paths, filePaths } = s.sparse;
  const c = ix.classOf[i]!;
  const own = ws.mark[i] !== 0;
  const at = (k: number) => (k >= 0 ? filePaths[k] : undefined);
  return {
    nearFile: own ? ws.nearFile[i] : paths.classes.nearFile[c],
    tokenFile: own ? ws.tokenFile[i] : at(paths.classes.tokensAt[c]!),
    treeFile: own ? ws.treeFile[i] : at(paths.classes.treeAt[c]!),
    impactFile: ws.impactFile[i],
    reachFile: ws.reachFile[i],
    assocKey: ws.assocKey[i],
    assocFailures: ws.assocFailures[i]!,
    assocCommits: ws.assocCommits[i]!,
  };
}

/** wᵢ·xᵢ of every feature for one test. */
export function contributions(s: Scored, i: number): Contribution[] {
  const w = s.model.weights;
  return CONTRIBUTORS.map((feature) => ({ feature, logOdds: w[feature] * featureValue(s, feature, i) }));
}

const CONTRIBUTORS: readonly Contributor[] = ['carry', 'fixing', 'assoc', 'near', 'same', 'base', 'recent', 'lines', 'files', 'tokens', 'impact', 'tree', 'area', 'reach'];

export interface Reason {
  code: string;
  text: string;
  logOdds: number;
}

/** The reasons of one scored test, strongest first, as sentences. */
export function reasonsOf(s: Scored, i: number, max = 3): Reason[] {
  return rankedReasons(s.always[i], contributions(s, i), (f) => reasonText(f, s, i), s.runtime[i], max);
}

/**
 * A test's reasons, strongest first: why it always runs, then its features' contributions over 0.1
 * log-odds and its production path, at most `max`. Shared with the dense reference the sparse tests
 * compare with (test/support/risk-dense.ts), which computes the contributions and texts its own way.
 */
export function rankedReasons(
  why: string | undefined,
  contributed: readonly Contribution[],
  textOf: (f: Contributor) => string,
  path: RuntimePath | undefined,
  max: number,
): Reason[] {
  const out: Reason[] = [];
  if (why !== undefined) out.push({ code: 'always', text: why, logOdds: 0 });
  const sorted: Reason[] = contributed
    .filter((c) => c.logOdds > 0.1)
    .map((c) => ({ code: c.feature, text: textOf(c.feature), logOdds: Math.round(c.logOdds * 100) / 100 }));
  if (path) {
    sorted.push({
      code: 'runtime',
      text: `exercises ${path.operation}, ${(100 * path.share).toFixed(1)}% of ${path.service}'s production traffic; the change touches ${path.service} (${path.via})`,
      logOdds: Math.round(RUNTIME_LOG_ODDS * path.share * 100) / 100,
    });
  }
  sorted.sort((x, y) => y.logOdds - x.logOdds);
  for (const r of sorted) {
    if (out.length >= max) break;
    out.push(r);
  }
  return out;
}

function reasonText(f: Contributor, s: Scored, i: number): string {
  const t: ModelTest = s.model.tests[i]!;
  const e = evidenceOf(s, i);
  switch (f) {
    case 'carry':
      return `failed for real on the parent commit${s.parent ? ` ${s.parent.slice(0, 12)}` : ''}`;
    case 'fixing':
      return 'the change touches the folder of this failing test: it may be the fix';
    case 'assoc':
      return `changes to ${e.assocKey} were followed by a real failure of this test in ${Number(e.assocFailures.toFixed(2))} of ${e.assocCommits} commits`;
    case 'near':
      return `lives in the folder of changed file ${e.nearFile}`;
    case 'same':
      return `tests changed file ${e.nearFile}`;
    case 'base':
      return `fails for real on ${s.fails[i]} of ${t.runs} commits`;
    case 'recent':
      return `failed for real recently${t.lastFailAt ? ` (last known ${t.lastFailAt.slice(0, 10)})` : ''}`;
    case 'lines':
    case 'files':
      return `large change: ${s.lines} lines in ${s.fileCount} files`;
    case 'tokens':
      return `shares rare path words with changed file ${e.tokenFile}`;
    case 'impact':
      return `executed changed file ${e.impactFile} in a traced run`;
    case 'tree':
      return `shares ${featureValue(s, 'tree', i)} folder${featureValue(s, 'tree', i) === 1 ? '' : 's'} with changed file ${e.treeFile} (layout folders such as src/ and test/ aside)`;
    case 'area':
      return 'tests in its area failed for real recently';
    case 'reach': {
      const hops = Math.round(1 / featureValue(s, 'reach', i));
      return hops === 1 ? `its test file imports changed file ${e.reachFile}` : `its test file reaches changed file ${e.reachFile} through ${hops} imports`;
    }
  }
}
