// The features of one (change, test) pair, their binning, and the prior over their weights. Training
// (train.ts, in SQL) and scoring (score.ts, in TypeScript) compute the same binned values from the
// same constants, so a weight means the same thing on both sides.
//
//   carry   the test failed for real on the change's parent commit (a regression not fixed yet)
//   fixing  carry, and the change touches the test's folder (near or same): often the fix itself
//   assoc   best smoothed lift, over the change's paths and folders, of "this key changed, then this
//           test newly failed for real": log(P(new fail | key changed) / P(new fail)), 0 when never
//           seen and for tests failing on the parent; a failure credits each key by the share of its
//           change's files under the key (train.ts)
//   near    a changed file lives in a folder of the test's locator (same module or package)
//   same    a changed file has the test's own stem in that folder (ChargeService ↔ ChargeServiceTest)
//   base    the test's own real-failure rate against the repository's: log(b_t / g), smoothed
//   recent  real failures of the test in the last weeks, exponentially decayed: log(1 + Σ e^(-Δt/τ))
//   lines   change size: log(1 + lines added + removed)
//   files   change breadth: log(1 + files)
//   tokens  path-token similarity, needing no past failure: over the changed files, the best sum of
//           idf = log(tests / tests with the token) of the words a file shares with the test's
//           locator (paths.tokensOf; words in more than HYPER.genericShare of the tests ignored)
//   impact  the change touches a code file the test executed in a traced run (test_impact, 0035):
//           seen before the commit, and within HYPER.activeDays of it
//   tree    tree distance: how many leading folders the test's locator and a changed file share once
//           the layout's plumbing folders are dropped (src/, test/, main/java/, …: paths.treeDirsOf),
//           counted at the deepest shared folder held by at most HYPER.genericShare of the tests
//   area    recent real failures of the tests of the test's own area (its folder with the plumbing
//           dropped), decayed like `recent`: log(1 + Σ e^(-Δt/τ))
//   reach   the change touches a file the test's own test file reaches through imports (code_reach,
//           0039, from a scan of a checkout; reach.ts): 1/hops of the nearest one (1: imported
//           directly), last seen within HYPER.activeDays of the change

export const FEATURES = ['intercept', 'carry', 'fixing', 'assoc', 'near', 'same', 'base', 'recent', 'lines', 'files', 'tokens', 'impact', 'tree', 'area', 'reach'] as const;
export type FeatureName = (typeof FEATURES)[number];

export const HYPER = {
  /** Pseudo-runs pulling a test's failure rate toward the repository's (Bayesian smoothing). */
  basePseudoRuns: 20,
  /** Pseudo-commits pulling a key's co-failure rate toward the test's own rate. */
  assocPseudoCommits: 2,
  /** Decay time of "recent" failures, in seconds (7 days). */
  decaySeconds: 7 * 86_400,
  /** Tests with fewer recorded commits than this are new: always selected. */
  minRuns: 3,
  /** Tests not run in this many days before the newest run are gone (deleted or renamed). */
  activeDays: 30,
  /** A folder name shared by more than this share of tests (and more than genericMin) says nothing. */
  genericShare: 0.5,
  genericMin: 50,
} as const;

/** Binning, identical in SQL and TypeScript: floor(clamp(x) / step + 0.5) · step. */
export const BINS = {
  assoc: { lo: 0, hi: 8, step: 0.25 },
  base: { lo: -6, hi: 8, step: 0.5 },
  recent: { lo: 0, hi: 3, step: 0.25 },
  lines: { lo: 0, hi: 14, step: 0.5 },
  files: { lo: 0, hi: 10, step: 0.5 },
  tokens: { lo: 0, hi: 16, step: 0.5 },
  tree: { lo: 0, hi: 8, step: 1 },
  area: { lo: 0, hi: 4, step: 0.25 },
} as const;

export type BinnedFeature = keyof typeof BINS;

export function bin(f: BinnedFeature, x: number): number {
  const b = BINS[f];
  const c = Math.min(b.hi, Math.max(b.lo, Number.isFinite(x) ? x : b.lo));
  return Math.floor(c / b.step + 0.5) * b.step;
}

export function binSql(f: BinnedFeature, expr: string): string {
  const b = BINS[f];
  return `floor(greatest(${b.lo}, least(${b.hi}, ${expr})) / ${b.step} + 0.5) * ${b.step}`;
}

/**
 * Prior over the weights (the cold start): means say what a platform engineer would guess, precisions
 * how firmly. The intercept's mean is set from the repository's failure rate at training time.
 */
export const PRIOR: Record<FeatureName, { mean: number; precision: number }> = {
  intercept: { mean: -7, precision: 0.01 },
  carry: { mean: 4, precision: 0.5 },
  fixing: { mean: -1, precision: 0.5 },
  assoc: { mean: 0.7, precision: 1 },
  near: { mean: 1.5, precision: 0.5 },
  same: { mean: 2.5, precision: 0.5 },
  base: { mean: 0.8, precision: 1 },
  recent: { mean: 0.5, precision: 1 },
  lines: { mean: 0.1, precision: 1 },
  files: { mean: 0.1, precision: 1 },
  // Per unit of idf: two rare shared words (idf ~3 each) move the odds about e^1.8.
  tokens: { mean: 0.3, precision: 2 },
  // A test that executed the changed file is the strongest candidate a trace can name.
  impact: { mean: 2.5, precision: 0.5 },
  // Per shared folder below the generic ones.
  tree: { mean: 0.3, precision: 1 },
  area: { mean: 0.3, precision: 1 },
  // Importing the changed file: weaker than having executed it (impact), as imports over-approximate.
  reach: { mean: 1.5, precision: 0.5 },
};

export type Weights = Record<FeatureName, number>;

export function defaultWeights(globalRate: number): Weights {
  const w = Object.fromEntries(FEATURES.map((f) => [f, PRIOR[f].mean])) as Weights;
  const g = Math.min(0.5, Math.max(1e-6, globalRate));
  w.intercept = Math.log(g / (1 - g)) - 1;
  return w;
}
