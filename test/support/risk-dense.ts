import { changeRisk, IDENTITY } from '../../models/risk/calibration.ts';
import { changeShapeOf, isIntegrationBranch } from '../../models/risk/change-shape.ts';
import { bin, HYPER } from '../../models/risk/features.ts';
import type { ModelTest, RiskModel } from '../../models/risk/model.ts';
import { changedPathSuffixes, fileFeatures, keysOf, looksLikeTestFile, tokensOf, treePrefixesOf } from '../../models/risk/paths.ts';
import { byProbability, rankedReasons, RUNTIME_LOG_ODDS, type Budget, type ChangeContext, type Contribution, type Contributor, type Reason, type RuntimePath, type Selection } from '../../models/risk/score.ts';
import { takeBudget } from '../../models/risk/select.ts';

// The dense scorer as it was at commit 735b676 (every test scored one by one, every per-test value in
// an array of all tests, every eligible test ranked): the reference the sparse path in
// models/risk/score.ts must answer exactly like (test/risk-sparse.int.test.ts). Kept verbatim but
// for the names; when a feature is added to the sparse path, add it here the plain way too.

export interface DenseScored {
  model: RiskModel;
  parent?: string;
  /** Per test (model.tests index): P(fails for real on this change). */
  probability: Float64Array;
  /** Per test: why it runs whatever its probability (new test, changed test file, mandatory). */
  always: (string | undefined)[];
  /** Per test: the hot runtime path that raised its priority, if any. */
  runtime: (RuntimePath | undefined)[];
  quarantined: Uint8Array;
  /** Binned feature values per test; the change-wide ones once. */
  x: {
    carry: Uint8Array;
    fixing: Uint8Array;
    assoc: Float64Array;
    near: Uint8Array;
    same: Uint8Array;
    base: Float64Array;
    recent: Float64Array;
    lines: number;
    files: number;
    tokens: Float64Array;
    impact: Uint8Array;
    reach: Float64Array;
    tree: Float64Array;
    area: Float64Array;
  };
  /** Evidence behind the sparse features, for the reason texts. */
  evidence: {
    assocKey: (string | undefined)[];
    assocFailures: Float64Array;
    assocCommits: Float64Array;
    nearFile: (string | undefined)[];
    /** The changed file whose words the test shares best (tokens). */
    tokenFile: (string | undefined)[];
    /** A changed file the test executed in a traced run (impact). */
    impactFile: (string | undefined)[];
    /** The first changed file reaching the test's best 1/hops through its test file's imports (reach). */
    reachFile: (string | undefined)[];
    /** The changed file sharing the test's deepest folder (tree). */
    treeFile: (string | undefined)[];
  };
  /** Effective failures and runs per test (live failures included), for the reason texts. */
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
}


function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function denseScoreChange(model: RiskModel, ctx: ChangeContext): DenseScored {
  const w = model.weights;
  const n = model.tests.length;
  const g = model.meta.globalRate;
  const a = HYPER.basePseudoRuns;
  const m = HYPER.assocPseudoCommits;
  const now = ctx.at.getTime();
  const tests = model.tests;

  // Failures since training, per test: extra failures and their decayed weight now.
  const fails = model.fails.slice();
  const runs = model.runs;
  const liveDecayed = new Map<number, number>();
  for (const f of ctx.liveFailures ?? []) {
    const i = model.byId.get(f.testId);
    if (i === undefined || f.at >= now) continue;
    fails[i]!++;
    liveDecayed.set(i, (liveDecayed.get(i) ?? 0) + Math.exp(-(now - f.at) / 1000 / HYPER.decaySeconds));
  }
  const rateOf = (i: number) => (fails[i]! + a * g) / (runs[i]! + a);

  const x = {
    carry: new Uint8Array(n),
    fixing: new Uint8Array(n),
    assoc: new Float64Array(n),
    near: new Uint8Array(n),
    same: new Uint8Array(n),
    base: model.xBase.slice(),
    recent: new Float64Array(n),
    lines: 0,
    files: 0,
    tokens: new Float64Array(n),
    impact: new Uint8Array(n),
    reach: new Float64Array(n),
    tree: new Float64Array(n),
    area: new Float64Array(n),
  };
  const evidence = {
    assocKey: new Array<string | undefined>(n).fill(undefined),
    assocFailures: new Float64Array(n),
    assocCommits: new Float64Array(n),
    nearFile: new Array<string | undefined>(n).fill(undefined),
    tokenFile: new Array<string | undefined>(n).fill(undefined),
    impactFile: new Array<string | undefined>(n).fill(undefined),
    reachFile: new Array<string | undefined>(n).fill(undefined),
    treeFile: new Array<string | undefined>(n).fill(undefined),
  };
  const always = new Array<string | undefined>(n).fill(undefined);
  const quarantined = new Uint8Array(n);

  // Paths: folders and stems (near, same), own test files (always), keys (assoc). Files are grouped
  // by folder first: a 50-file change usually touches a handful of folders.
  const keys = new Set<string>();
  let lines = 0;
  const changedTestFiles: string[] = [];
  // Folder → (interned stem → a changed file with that stem).
  const byDir = new Map<string, Map<number, string>>();
  for (const f of ctx.files) {
    lines += f.added + f.removed;
    for (const k of keysOf(f.path)) keys.add(k);
    const ff = fileFeatures(f.path);
    let stems = byDir.get(ff.parentDir);
    if (!stems) byDir.set(ff.parentDir, (stems = new Map()));
    const stemId = ff.stem === '' ? -1 : (model.stemIds.get(ff.stem) ?? -1);
    if (!stems.has(stemId)) stems.set(stemId, f.path);
    const isTestFile = looksLikeTestFile(f.path);
    if (isTestFile) changedTestFiles.push(f.path);
    for (const suffix of changedPathSuffixes(f.path)) {
      const hits = model.locatorIndex.get(suffix);
      if (!hits) continue;
      for (const h of hits) if (h.full || isTestFile) always[h.test] ??= `changed test file ${f.path}`;
    }
  }
  const same = x.same;
  const near = x.near;
  const stemOfTest = model.stem;
  for (const [dir, stems] of byDir) {
    const inDir = model.dirIndex.get(dir);
    if (!inDir) continue;
    const generic = model.generic.has(dir);
    const anyFile = stems.values().next().value as string;
    for (const i of inDir) {
      const sameFile = stemOfTest[i] === 0 ? undefined : stems.get(stemOfTest[i]!);
      if (sameFile !== undefined) {
        same[i] = 1;
        near[i] = 0;
        evidence.nearFile[i] = sameFile;
      } else if (!generic && !same[i] && !near[i]) {
        near[i] = 1;
        evidence.nearFile[i] = anyFile;
      }
    }
  }
  for (const key of keys) {
    const entries = model.assoc.get(key);
    if (!entries) continue;
    const nk = model.keyCommits.get(key) ?? 0;
    for (const e of entries) {
      const b = tests[e.test]!.newRate;
      const v = Math.max(0, Math.log((e.n + m * b) / (nk + m) / b));
      if (v > x.assoc[e.test]!) {
        x.assoc[e.test] = v;
        evidence.assocKey[e.test] = key;
        evidence.assocFailures[e.test] = e.n;
        evidence.assocCommits[e.test] = nk;
      }
    }
  }
  for (const key of keys) {
    const entries = model.assoc.get(key);
    if (entries) for (const e of entries) x.assoc[e.test] = bin('assoc', x.assoc[e.test]!);
  }
  // Path tokens: per changed file, the idf of the words each test shares with it, summed; the best file.
  const perFile = new Float64Array(n);
  const touched: number[] = [];
  for (const f of ctx.files) {
    for (const w of tokensOf(f.path)) {
      const hit = model.tokenIndex.get(w);
      if (!hit) continue;
      for (const i of hit.tests) {
        if (perFile[i] === 0) touched.push(i);
        perFile[i] = perFile[i]! + hit.idf;
      }
    }
    for (const i of touched) {
      if (perFile[i]! > x.tokens[i]!) {
        x.tokens[i] = perFile[i]!;
        evidence.tokenFile[i] = f.path;
      }
      perFile[i] = 0;
    }
    touched.length = 0;
  }
  for (let i = 0; i < n; i++) if (x.tokens[i] !== 0) x.tokens[i] = bin('tokens', x.tokens[i]!);
  // Test impact (files executed in traced runs) and tree distance (deepest shared non-generic folder).
  for (const f of ctx.files) {
    for (const i of model.impactIndex.get(f.path) ?? []) {
      if (x.impact[i] === 0) evidence.impactFile[i] = f.path;
      x.impact[i] = 1;
    }
    for (const e of model.reachIndex.get(f.path) ?? []) {
      for (const i of model.reachTests[Math.floor(e / 256)]!) {
        if (1 / (e % 256) > x.reach[i]!) {
          x.reach[i] = 1 / (e % 256);
          evidence.reachFile[i] = f.path;
        }
      }
    }
    const prefixes = treePrefixesOf(f.path);
    for (let d = 0; d < prefixes.length; d++) {
      for (const i of model.treeIndex.get(prefixes[d]!) ?? []) {
        if (d + 1 > x.tree[i]!) {
          x.tree[i] = bin('tree', d + 1);
          evidence.treeFile[i] = f.path;
        }
      }
    }
  }
  x.lines = bin('lines', Math.log1p(lines));
  x.files = bin('files', Math.log1p(ctx.files.length));

  // Per-test evidence that only a few tests have: failures (past and live), the parent's failures.
  const decay = Math.exp(-Math.max(0, now - model.asOf.getTime()) / 1000 / HYPER.decaySeconds);
  for (const i of model.withFailures) x.recent[i] = bin('recent', Math.log1p(tests[i]!.decayed * decay + (liveDecayed.get(i) ?? 0)));
  for (const [i, d] of liveDecayed) {
    x.recent[i] = bin('recent', Math.log1p(tests[i]!.decayed * decay + d));
    x.base[i] = bin('base', Math.log(rateOf(i) / g));
  }
  // The area's recent real failures: its tests' decayed failures at the model's time, plus live ones.
  const areaNow = Float64Array.from(model.areaDecayed, (v) => v * decay);
  for (const [i, d] of liveDecayed) {
    const a = model.area[i]!;
    if (a >= 0) areaNow[a] = areaNow[a]! + d;
  }
  for (let i = 0; i < n; i++) {
    const a = model.area[i]!;
    if (a >= 0 && areaNow[a]! > 0) x.area[i] = bin('area', Math.log1p(areaNow[a]!));
  }
  const knownFailing: number[] = [];
  for (const id of ctx.parentFailing) {
    const i = model.byId.get(id);
    if (i === undefined) continue;
    x.carry[i] = 1;
    x.fixing[i] = x.near[i] || x.same[i] ? 1 : 0;
    x.assoc[i] = 0;
    knownFailing.push(i);
  }
  knownFailing.sort((p, q) => p - q);
  for (const id of ctx.quarantined) {
    const i = model.byId.get(id);
    if (i !== undefined) quarantined[i] = 1;
  }
  for (const [id, why] of ctx.mandatory ?? []) {
    const i = model.byId.get(id);
    if (i !== undefined) always[i] = why;
  }
  // Per test only when some test has a runtime path (reads past the end of [] are undefined too).
  const runtime: (RuntimePath | undefined)[] = ctx.runtime && ctx.runtime.size > 0 ? new Array<RuntimePath | undefined>(n).fill(undefined) : [];
  for (const [id, path] of ctx.runtime ?? []) {
    const i = model.byId.get(id);
    if (i !== undefined) runtime[i] = path;
  }

  const shared = w.intercept + w.lines * x.lines + w.files * x.files;
  const probability = new Float64Array(n);
  const { carry, fixing, assoc, base, recent, tokens, impact, tree, area, reach } = x;
  const minRuns = HYPER.minRuns;
  let logNone = 0;
  let pmax = 0;
  let reached = 0;
  // Most tests share their log-odds exactly (no sparse evidence, the same binned base and recency):
  // the sigmoid and log of the previous test are reused when z repeats (100k exp/log1p pairs cost ms).
  let lastZ = NaN;
  let lastP = 0;
  let lastLog = 0;
  for (let i = 0; i < n; i++) {
    const z =
      shared +
      w.carry * carry[i]! +
      w.fixing * fixing[i]! +
      w.assoc * assoc[i]! +
      w.near * near[i]! +
      w.same * same[i]! +
      w.base * base[i]! +
      w.recent * recent[i]! +
      w.tokens * tokens[i]! +
      w.impact * impact[i]! +
      w.tree * tree[i]! +
      w.area * area[i]! +
      w.reach * reach[i]! +
      RUNTIME_LOG_ODDS * (runtime[i]?.share ?? 0);
    if (z !== lastZ) {
      lastZ = z;
      lastP = sigmoid(z);
      lastLog = Math.log1p(-Math.min(lastP, 1 - 1e-12));
    }
    const p = lastP;
    probability[i] = p;
    if (quarantined[i] === 0 && carry[i] === 0) {
      logNone += lastLog;
      if (p > pmax) pmax = p;
      if (reach[i]! > 0) reached++;
    }
    if (runs[i]! < minRuns && always[i] === undefined) always[i] = `new test: ${runs[i]} recorded run${runs[i] === 1 ? '' : 's'}`;
  }
  for (const i of knownFailing) always[i] ??= `known failing: failed for real on the base${ctx.parent ? ` ${ctx.parent.slice(0, 12)}` : ''}`;
  return {
    model,
    ...(ctx.parent ? { parent: ctx.parent } : {}),
    probability,
    always,
    runtime,
    quarantined,
    x,
    evidence,
    fails,
    knownFailing,
    riskScore: changeRisk(model.meta.calibration ?? IDENTITY, -logNone, pmax, isIntegrationBranch(ctx.branch), reached, changeShapeOf(ctx.files)),
    independentRisk: -Math.expm1(logNone),
    lines,
    fileCount: ctx.files.length,
    changedTestFiles,
  };
}

/** wᵢ·xᵢ of every feature for one test. */
export function denseContributions(s: DenseScored, i: number): Contribution[] {
  const w = s.model.weights;
  const x = s.x;
  return [
    { feature: 'carry', logOdds: w.carry * x.carry[i]! },
    { feature: 'fixing', logOdds: w.fixing * x.fixing[i]! },
    { feature: 'assoc', logOdds: w.assoc * x.assoc[i]! },
    { feature: 'near', logOdds: w.near * x.near[i]! },
    { feature: 'same', logOdds: w.same * x.same[i]! },
    { feature: 'base', logOdds: w.base * x.base[i]! },
    { feature: 'recent', logOdds: w.recent * x.recent[i]! },
    { feature: 'lines', logOdds: w.lines * x.lines },
    { feature: 'files', logOdds: w.files * x.files },
    { feature: 'tokens', logOdds: w.tokens * x.tokens[i]! },
    { feature: 'impact', logOdds: w.impact * x.impact[i]! },
    { feature: 'tree', logOdds: w.tree * x.tree[i]! },
    { feature: 'area', logOdds: w.area * x.area[i]! },
    { feature: 'reach', logOdds: w.reach * x.reach[i]! },
  ];
}

/** Picks the tests a budget allows: always-run tests first, then by probability; never quarantined ones. */
export function denseSelectTests(s: DenseScored, budget: Budget): Selection {
  const n = s.probability.length;
  const p = s.probability;
  const duration = s.model.duration;
  // Indices by group, in typed arrays (a request handles 10k tests; no growing arrays of boxed numbers).
  const always = new Uint32Array(n);
  const rest = new Uint32Array(n);
  const quarantined = new Uint32Array(n);
  let na = 0;
  let nr = 0;
  let nq = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (s.quarantined[i]) quarantined[nq++] = i;
    else {
      if (s.always[i] !== undefined) always[na++] = i;
      else rest[nr++] = i;
      total += p[i]!;
    }
  }
  const alwaysOrder = byProbability(always.subarray(0, na), p);
  const restOrder = byProbability(rest.subarray(0, nr), p);
  const quarantinedOrder = byProbability(quarantined.subarray(0, nq), p);

  const order = { always: alwaysOrder, rest: restOrder, restCount: nr, quarantined: quarantinedOrder };
  return takeBudget(budget, p, duration, order, total, new Uint8Array(n), new Uint32Array(n));
}

/** The reasons of one scored test, strongest first, as sentences. */
export function denseReasonsOf(s: DenseScored, i: number, max = 3): Reason[] {
  return rankedReasons(s.always[i], denseContributions(s, i), (f) => reasonText(f, s, i), s.runtime[i], max);
}

function reasonText(f: Contributor, s: DenseScored, i: number): string {
  const t: ModelTest = s.model.tests[i]!;
  const e = s.evidence;
  switch (f) {
    case 'carry':
      return `failed for real on the parent commit${s.parent ? ` ${s.parent.slice(0, 12)}` : ''}`;
    case 'fixing':
      return 'the change touches the folder of this failing test: it may be the fix';
    case 'assoc':
      return `changes to ${e.assocKey[i]} were followed by a real failure of this test in ${Number(e.assocFailures[i]!.toFixed(2))} of ${e.assocCommits[i]} commits`;
    case 'near':
      return `lives in the folder of changed file ${e.nearFile[i]}`;
    case 'same':
      return `tests changed file ${e.nearFile[i]}`;
    case 'base':
      return `fails for real on ${s.fails[i]} of ${t.runs} commits`;
    case 'recent':
      return `failed for real recently${t.lastFailAt ? ` (last known ${t.lastFailAt.slice(0, 10)})` : ''}`;
    case 'lines':
    case 'files':
      return `large change: ${s.lines} lines in ${s.fileCount} files`;
    case 'tokens':
      return `shares rare path words with changed file ${e.tokenFile[i]}`;
    case 'impact':
      return `executed changed file ${e.impactFile[i]} in a traced run`;
    case 'tree':
      return `shares ${s.x.tree[i]} folder${s.x.tree[i] === 1 ? '' : 's'} with changed file ${e.treeFile[i]} (layout folders such as src/ and test/ aside)`;
    case 'area':
      return 'tests in its area failed for real recently';
    case 'reach': {
      const hops = Math.round(1 / s.x.reach[i]!);
      return hops === 1 ? `its test file imports changed file ${e.reachFile[i]}` : `its test file reaches changed file ${e.reachFile[i]} through ${hops} imports`;
    }
  }
}
