import { fitLogistic } from './fit.ts';

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
