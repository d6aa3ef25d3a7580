import { bin, HYPER, type FeatureName } from './features.ts';
import type { ModelTest, RiskModel } from './model.ts';
import { changedPathSuffixes, fileFeatures, keysOf, looksLikeTestFile } from './paths.ts';

// Scores one change against a loaded model: for every test, the calibrated probability that it fails
// for real on this change, and the contributions that make it up (the reasons). Pure and in memory:
// a request costs a few map lookups per changed path and a few multiplications per test.

export interface ChangeFile {
  path: string;
  added: number;
  removed: number;
}

export interface ChangeContext {
  files: readonly ChangeFile[];
  /** The change's parent commit, when known, and the tests that failed for real on it. */
  parent?: string;
  parentFailing: ReadonlySet<string>;
  /** When the change is scored (recency decays to it). */
  at: Date;
  quarantined: ReadonlySet<string>;
  /** Tests that must run whatever their probability, with why (e.g. incident regression suites). */
  mandatory?: ReadonlyMap<string, string>;
}

export interface Contribution {
  feature: Exclude<FeatureName, 'intercept'>;
  /** wᵢ·xᵢ: how much the feature moved the log-odds. */
  logOdds: number;
}

export interface ScoredTest {
  test: ModelTest;
  probability: number;
  contributions: Contribution[];
  /** Why the test runs whatever its probability; null when it does not have to. */
  always: string | null;
  quarantined: boolean;
  /** Evidence behind the contributions, for the reason texts. */
  evidence: {
    assocKey?: string;
    assocFailures?: number;
    assocCommits?: number;
    nearFile?: string;
    changedTestFile?: string;
  };
}

export interface Scored {
  tests: ScoredTest[];
  /** P(at least one real failure) over the tests that would be selected if quarantine allowed. */
  riskScore: number;
  lines: number;
  /** Changed files that look like tests: run them whatever the model says (they may hold new tests). */
  changedTestFiles: string[];
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function scoreChange(model: RiskModel, ctx: ChangeContext): Scored {
  const w = model.weights;
  const n = model.tests.length;
  const m = HYPER.assocPseudoCommits;

  // Sparse evidence, per test index.
  const assocX = new Float64Array(n);
  const assocKey: (string | undefined)[] = new Array(n);
  const assocNk = new Float64Array(n);
  const assocN = new Float64Array(n);
  const level = new Uint8Array(n);
  const levelFile: (string | undefined)[] = new Array(n);
  const changedTest: (string | undefined)[] = new Array(n);

  const keys = new Set<string>();
  let lines = 0;
  const changedTestFiles: string[] = [];
  for (const f of ctx.files) {
    lines += f.added + f.removed;
    for (const k of keysOf(f.path)) keys.add(k);
    const ff = fileFeatures(f.path);
    const inDir = model.dirIndex.get(ff.parentDir);
    if (inDir) {
      const generic = model.generic.has(ff.parentDir);
      for (const i of inDir) {
        const t = model.tests[i]!;
        const l = ff.stem !== '' && t.stem === ff.stem ? 3 : generic ? 0 : 2;
        if (l > level[i]!) {
          level[i] = l;
          levelFile[i] = f.path;
        }
      }
    }
    const isTestFile = looksLikeTestFile(f.path);
    if (isTestFile) changedTestFiles.push(f.path);
    for (const suffix of changedPathSuffixes(f.path)) {
      const hits = model.locatorIndex.get(suffix);
      if (!hits) continue;
      for (const h of hits) if (h.full || isTestFile) changedTest[h.test] ??= f.path;
    }
  }
  for (const key of keys) {
    const entries = model.assoc.get(key);
    if (!entries) continue;
    const nk = model.keyCommits.get(key) ?? 0;
    for (const e of entries) {
      const b = model.tests[e.test]!.rate;
      const x = Math.max(0, Math.log((e.n + m * b) / (nk + m) / b));
      if (x > assocX[e.test]!) {
        assocX[e.test] = x;
        assocKey[e.test] = key;
        assocN[e.test] = e.n;
        assocNk[e.test] = nk;
      }
    }
  }

  const xLines = bin('lines', Math.log1p(lines));
  const xFiles = bin('files', Math.log1p(ctx.files.length));
  const decay = Math.exp(-Math.max(0, ctx.at.getTime() - model.asOf.getTime()) / 1000 / HYPER.decaySeconds);
  const shared = w.intercept + w.lines * xLines + w.files * xFiles;

  const out: ScoredTest[] = new Array(n);
  let logNone = 0;
  for (let i = 0; i < n; i++) {
    const t = model.tests[i]!;
    const carry = ctx.parentFailing.has(t.testId) ? 1 : 0;
    const xa = bin('assoc', assocX[i]!);
    const xr = bin('recent', Math.log1p(t.decayed * decay));
    const near = level[i] === 2 ? 1 : 0;
    const same = level[i] === 3 ? 1 : 0;
    const parts: Contribution[] = [
      { feature: 'carry', logOdds: w.carry * carry },
      { feature: 'assoc', logOdds: w.assoc * xa },
      { feature: 'near', logOdds: w.near * near },
      { feature: 'same', logOdds: w.same * same },
      { feature: 'base', logOdds: w.base * t.xBase },
      { feature: 'recent', logOdds: w.recent * xr },
      { feature: 'lines', logOdds: w.lines * xLines },
      { feature: 'files', logOdds: w.files * xFiles },
    ];
    let z = shared;
    for (let j = 0; j < 6; j++) z += parts[j]!.logOdds;
    const probability = sigmoid(z);
    const quarantined = ctx.quarantined.has(t.testId);
    const always =
      ctx.mandatory?.get(t.testId) ??
      (changedTest[i] !== undefined ? `changed test file ${changedTest[i]}` : t.runs < HYPER.minRuns ? `new test: ${t.runs} recorded run${t.runs === 1 ? '' : 's'}` : null);
    if (!quarantined) logNone += Math.log1p(-Math.min(probability, 1 - 1e-12));
    out[i] = {
      test: t,
      probability,
      contributions: parts,
      always,
      quarantined,
      evidence: {
        ...(assocKey[i] !== undefined && xa > 0 ? { assocKey: assocKey[i], assocFailures: assocN[i], assocCommits: assocNk[i] } : {}),
        ...(levelFile[i] !== undefined && level[i]! >= 2 ? { nearFile: levelFile[i] } : {}),
        ...(changedTest[i] !== undefined ? { changedTestFile: changedTest[i] } : {}),
      },
    };
  }
  return { tests: out, riskScore: 1 - Math.exp(logNone), lines, changedTestFiles };
}

export type Budget = { fraction: number } | { minutes: number } | { confidence: number };

export interface Selection {
  /** Selected tests first (those that always run, then by probability), then the rest, quarantined last. */
  ranked: ScoredTest[];
  selected: Set<ScoredTest>;
  /** Expected share of the real failures the selection finds: Σ p(selected) / Σ p(all eligible). */
  expectedRecall: number;
  estimatedMs: number;
}

const byProbability = (a: ScoredTest, b: ScoredTest) => b.probability - a.probability || (a.test.testId < b.test.testId ? -1 : 1);

/** Picks the tests a budget allows: always-run tests first, then by probability; never quarantined ones. */
export function selectTests(scored: readonly ScoredTest[], budget: Budget, medianDurationMs: number): Selection {
  const always = scored.filter((s) => !s.quarantined && s.always !== null).sort(byProbability);
  const rest = scored.filter((s) => !s.quarantined && s.always === null).sort(byProbability);
  const quarantined = scored.filter((s) => s.quarantined).sort(byProbability);
  const eligible = always.length + rest.length;
  const total = always.reduce((n, s) => n + s.probability, 0) + rest.reduce((n, s) => n + s.probability, 0);
  const duration = (s: ScoredTest) => (s.test.durationMs > 0 ? s.test.durationMs : medianDurationMs);

  const selected = new Set<ScoredTest>(always);
  let found = always.reduce((n, s) => n + s.probability, 0);
  let ms = always.reduce((n, s) => n + duration(s), 0);
  if ('fraction' in budget) {
    const k = Math.ceil(budget.fraction * eligible - 1e-9);
    for (const s of rest) {
      if (selected.size >= k) break;
      selected.add(s);
      found += s.probability;
      ms += duration(s);
    }
  } else if ('minutes' in budget) {
    const limit = budget.minutes * 60_000;
    for (const s of rest) {
      const d = duration(s);
      if (ms + d > limit) continue;
      selected.add(s);
      found += s.probability;
      ms += d;
    }
  } else {
    const target = budget.confidence * total;
    for (const s of rest) {
      if (found >= target - 1e-12) break;
      selected.add(s);
      found += s.probability;
      ms += duration(s);
    }
  }
  const chosen = rest.filter((s) => selected.has(s));
  const left = rest.filter((s) => !selected.has(s));
  return {
    ranked: [...always, ...chosen, ...left, ...quarantined],
    selected,
    expectedRecall: total > 0 ? Math.min(1, found / total) : 1,
    estimatedMs: ms,
  };
}

/** The reasons of one scored test, strongest first, as sentences. */
export function reasonsOf(s: ScoredTest, ctx: { parent?: string; lines: number; files: number }, max = 3): { code: string; text: string; logOdds: number }[] {
  const out: { code: string; text: string; logOdds: number }[] = [];
  if (s.always) out.push({ code: 'always', text: s.always, logOdds: Infinity });
  const t = s.test;
  const sorted = s.contributions.filter((c) => c.logOdds > 0.1).sort((a, b) => b.logOdds - a.logOdds);
  for (const c of sorted) {
    out.push({ code: c.feature, text: reasonText(c.feature, s, t, ctx), logOdds: Math.round(c.logOdds * 100) / 100 });
  }
  return out.slice(0, max).map((r) => (r.logOdds === Infinity ? { ...r, logOdds: 0 } : r));
}

function reasonText(f: Contribution['feature'], s: ScoredTest, t: ModelTest, ctx: { parent?: string; lines: number; files: number }): string {
  const e = s.evidence;
  switch (f) {
    case 'carry':
      return `failed for real on the parent commit${ctx.parent ? ` ${ctx.parent.slice(0, 12)}` : ''}`;
    case 'assoc':
      return `changes to ${e.assocKey} were followed by a real failure of this test in ${e.assocFailures} of ${e.assocCommits} commits`;
    case 'near':
      return `lives in the folder of changed file ${e.nearFile}`;
    case 'same':
      return `tests changed file ${e.nearFile}`;
    case 'base':
      return `fails for real on ${t.fails} of ${t.runs} commits`;
    case 'recent':
      return `failed for real recently${t.lastFailAt ? ` (last ${t.lastFailAt.slice(0, 10)})` : ''}`;
    case 'lines':
    case 'files':
      return `large change: ${ctx.lines} lines in ${ctx.files} files`;
  }
}
