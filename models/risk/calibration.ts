import { fitLogistic, mergeCells, type Cell, type FitOptions } from './fit.ts';

// The change's regression likelihood: P(at least one test fails for real on it).
//
// Combining the tests' probabilities as if they failed independently, 1 − Π(1 − pᵢ), over-counts:
// the failures of one change are strongly correlated (one regression breaks several tests of one
// module; most changes break nothing), and ten thousand small base rates add up to a sizeable
// "something fails" even for a change that touches nothing. So the change-level answer is a second,
// small logistic model (Platt scaling with one extra input) over what the per-test model says about
// the change as a whole:
//
//   logit P(faulty) = a + b·logit(r) + c·logit(pmax)
//     r     the independent combination 1 − e^(−λ), λ = Σ −log(1 − pᵢ) (expected failing tests)
//     pmax  the largest single test probability: one strong signal (a carried failure, a changed
//           file's own test) says more about "any failure" than many weak ones
//
// fitted on the training commits (each one trial, faulty or not) in the same background training
// pass as the per-test weights, never per request. The prior, a = 0, b = 1, c = 0, is the
// independent combination itself: with little history the score stays conservative (it errs towards
// "risky"), and as commits accumulate the data takes over.

export interface ChangeCalibration {
  a: number;
  b: number;
  c: number;
  /** Training commits it was fitted on, and how many of them were faulty. */
  commits: number;
  faulty: number;
}

/** With no history: the independent combination, unchanged. */
export const IDENTITY: ChangeCalibration = { a: 0, b: 1, c: 0, commits: 0, faulty: 0 };

const PRIOR_MEAN = [0, 1, 0];
// Weak: a few dozen commits move it. The slope's prior is a little firmer, so a short history with
// one or two faulty commits cannot flatten the score into a constant.
const PRIOR_PRECISION = [0.5, 1, 0.5];
const LOGIT_LIMIT = 15;
// Below this much history the identity is kept as is. The inputs are logits, up to ±15, so a handful of
// commits has enough leverage to pull the slope to nearly zero whatever the prior says (seen: b = 0.04
// from six commits); a score fitted on so little would say more about the draw than about the code.
export const MIN_CALIBRATION_COMMITS = 30;
export const MIN_CALIBRATION_FAULTY = 3;

function logit(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, Math.log(q / (1 - q))));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The change-level inputs from λ (Σ −log(1 − pᵢ)) and the largest pᵢ. */
export function changeFeatures(lambda: number, pmax: number): [number, number, number] {
  return [1, logit(-Math.expm1(-lambda)), logit(pmax)];
}

/** P(at least one real failure on the change). */
export function changeRisk(cal: ChangeCalibration, lambda: number, pmax: number): number {
  const [, lr, lm] = changeFeatures(lambda, pmax);
  return sigmoid(cal.a + cal.b * lr + cal.c * lm);
}

/** Fits the calibration on training commits: each commit's λ and largest probability, and whether it was faulty. */
export function fitChangeCalibration(commits: readonly { lambda: number; pmax: number; faulty: boolean }[]): ChangeCalibration & { converged: boolean } {
  const faulty = commits.filter((c) => c.faulty).length;
  if (commits.length < MIN_CALIBRATION_COMMITS || faulty < MIN_CALIBRATION_FAULTY) {
    return { ...IDENTITY, commits: commits.length, faulty, converged: true };
  }
  const fit = fitLogistic(
    commits.map((c) => ({ x: changeFeatures(c.lambda, c.pmax), trials: 1, failures: c.faulty ? 1 : 0 })),
    // b and c may not go negative: a riskier-looking change is never scored safer.
    { priorMean: PRIOR_MEAN, priorPrecision: PRIOR_PRECISION, nonNegative: [false, true, true] },
  );
  const [a, b, c] = fit.weights as [number, number, number];
  return { a, b, c, commits: commits.length, faulty, converged: fit.converged };
}

/** What the change-level model sees of one commit: scoreChange computes the same for a request. */
export interface ChangeSummary {
  /** Σ −log(1 − pᵢ) over the commit's tests, known-failing ones left out. */
  lambda: number;
  /** The largest pᵢ among them. */
  pmax: number;
  /** Some test failed for real on it that had not failed on its parent: a new real failure. */
  faulty: boolean;
}

/** Feature cells of one training commit (train.ts): the per-test pairs of the commit sharing one feature vector. */
export interface CommitCell extends Cell {
  commit: string;
}

/**
 * Per training commit: λ = Σ −log(1 − pᵢ) over its tests, the largest pᵢ, and whether any test failed
 * for real (the same quantities scoreChange computes for a request). Tests already failing on the
 * parent (x[carry] = 1) are left out on both sides: riskScore is about failures the change brings.
 */
export function changeSummaries(cells: readonly CommitCell[], w: readonly number[], carry: number): ChangeSummary[] {
  const byCommit = new Map<string, ChangeSummary>();
  for (const c of cells) {
    if (c.x[carry] === 1) continue;
    let z = 0;
    for (let j = 0; j < w.length; j++) z += w[j]! * c.x[j]!;
    const p = sigmoid(z);
    let s = byCommit.get(c.commit);
    if (!s) byCommit.set(c.commit, (s = { lambda: 0, pmax: 0, faulty: false }));
    s.lambda -= c.trials * Math.log1p(-Math.min(p, 1 - 1e-12));
    if (p > s.pmax) s.pmax = p;
    if (c.failures > 0) s.faulty = true;
  }
  return [...byCommit.values()];
}

/** Folds of the cross-fitting: each commit is held out once. */
export const CROSS_FIT_FOLDS = 5;

function foldOf(commit: string): number {
  // FNV-1a: a stable split that does not depend on the order ClickHouse returns the cells in.
  let h = 0x811c9dc5;
  for (let i = 0; i < commit.length; i++) h = Math.imul(h ^ commit.charCodeAt(i), 0x01000193);
  return (h >>> 0) % CROSS_FIT_FOLDS;
}

/**
 * Change summaries of the training commits as a new change would get them: each commit's test
 * probabilities come from per-test weights fitted without it (K-fold cross-fitting).
 *
 * Why: the per-test weights are fitted on these very commits, so in-sample their failing tests look
 * more predictable than a new change's will (seen on the generator's histories: fitted in-sample, the
 * calibration took logit(r) at face value, b ≈ 1.1, and scored worse than the base rate on every
 * replayed shape). Out-of-fold probabilities carry only the signal that holds on unseen changes.
 */
export function crossFittedSummaries(cells: readonly CommitCell[], fit: FitOptions, carry: number): ChangeSummary[] {
  const byFold: CommitCell[][] = Array.from({ length: CROSS_FIT_FOLDS }, () => []);
  for (const c of cells) byFold[foldOf(c.commit)]!.push(c);
  const out: ChangeSummary[] = [];
  for (let k = 0; k < CROSS_FIT_FOLDS; k++) {
    if (byFold[k]!.length === 0) continue;
    const rest = mergeCells(byFold.flatMap((f, j) => (j === k ? [] : f)));
    const w = fitLogistic(rest, fit).weights;
    out.push(...changeSummaries(byFold[k]!, w, carry));
  }
  return out;
}

/** The change-level calibration of one training: fitted on cross-fitted summaries of its commits. */
export function calibrateChange(cells: readonly CommitCell[], fit: FitOptions, carry: number): ChangeCalibration & { converged: boolean } {
  return fitChangeCalibration(crossFittedSummaries(cells, fit, carry));
}
