import { NO_SHAPE, type ChangeShape } from './change-shape.ts';
import { fitLogistic, logEvidence, mergeCells, type Cell, type FitOptions } from './fit.ts';

// The change's regression likelihood: P(at least one test fails for real on it).
//
// Combining the tests' probabilities as if they failed independently, 1 − Π(1 − pᵢ), over-counts:
// the failures of one change are strongly correlated (one regression breaks several tests of one
// module; most changes break nothing), and ten thousand small base rates add up to a sizeable
// "something fails" even for a change that touches nothing. So the change-level answer is a second,
// small logistic model (Platt scaling with one extra input) over what the per-test model says about
// the change as a whole:
//
//   logit P(faulty) = a + b·logit(r) + c·logit(pmax) + d·[the change is on the default branch]
//                       + e·log(1 + tests the change reaches through imports)
//                       + f·log(1 + source files) + g·log(1 + source lines) + h·log(1 + source folders)
//                       + k·[the change touches no source: tests, docs, CI files only]
//     r       the independent combination 1 − e^(−λ), λ = Σ −log(1 − pᵢ) (expected failing tests)
//     pmax    the largest single test probability: one strong signal (a changed file's own test)
//             says more about "any failure" than many weak ones
//     default the change was pushed to the default branch (main, master, …) or is a merge-queue
//             group bound for it (change-shape.ts isIntegrationBranch): there, changes are mostly
//             merges of reviewed, CI-green branches, and break things less often than work in
//             progress on a branch (the data decides: d's prior is 0, either sign)
//     reached how many tests (known-failing ones aside) have `reach`: a changed file their own file
//             reaches through imports (features.ts). A change no test's imports reach (docs, build
//             scripts, dead code) rarely breaks a test; one deep in a shared utility can break many.
//             r carries part of it already (each reached test's pᵢ rises); e says how much more the
//             breadth alone tells, under the slopes' prior (0 when the repository has no scan)
//     shape   the change's size, diffusion and whether it touches source at all (change-shape.ts):
//             the established predictors of defect-inducing changes (just-in-time defect prediction,
//             Kamei et al. 2013; Mockus & Weiss 2000). The per-test model sees size only as a shift of
//             every test's log-odds (features.ts lines, files); here it may say how much likelier a
//             large, spread-out change is to break *something*. f, g, h may not go negative (a larger
//             or more diffuse change is never scored safer); k takes either sign. They have a prior
//             precision of their own, chosen by the evidence like the summary's (SHAPE_PRECISIONS):
//             where the size of a change tells nothing (a generator that plants regressions at
//             random), they fall back to 0 and cost nothing.
//
// "faulty" is the question riskScore answers: a test failed for real that had not failed on the
// change's base (tests failing there are knownFailing, left out of both r and pmax).
//
// Fitted on the training commits (each one trial, faulty or not) in the same background training
// pass as the per-test weights, never per request, on cross-fitted inputs (crossFittedSummaries).
// The prior is "every change is as risky as the repository's changes so far" (b = c = d = 0 around
// the observed rate): whether a given change brings a regression is mostly not predictable from
// what it touches, so slopes must earn their place (how tightly they are held is chosen by the
// evidence, fitChangeCalibration), and a score that wanders around the base rate scores worse than
// the base rate itself. With almost no history (fewer than
// MIN_CALIBRATION_COMMITS commits, or MIN_CALIBRATION_FAULTY faulty ones) nothing can be calibrated
// and the score is the independent combination itself (IDENTITY): it errs towards "risky".

export interface ChangeCalibration {
  a: number;
  b: number;
  c: number;
  /** Weight of "on the default branch" (absent in models trained before it existed: 0). */
  d?: number;
  /** Weight of log(1 + tests reached through imports) (absent in models trained before it existed: 0). */
  e?: number;
  /** Prior precision of b and c chosen by the evidence (SLOPE_PRECISIONS; absent in older models). */
  slopePrecision?: number;
  /** Weights of the change's shape (change-shape.ts; absent in models trained before it existed: 0). */
  shape?: ShapeWeights;
  /** Prior precision of the shape weights chosen by the evidence (SHAPE_PRECISIONS). */
  shapePrecision?: number;
  /** Training commits it was fitted on, and how many of them were faulty. */
  commits: number;
  faulty: number;
}

/** f, g, h, k of the header: weights of log(1 + source files / lines / folders) and of "no source". */
export interface ShapeWeights {
  files: number;
  lines: number;
  dirs: number;
  noSource: number;
}

/** With no history: the independent combination, unchanged. */
export const IDENTITY: ChangeCalibration = { a: 0, b: 1, c: 0, d: 0, commits: 0, faulty: 0 };

// Precisions of the prior (1 / variance) of the intercept (weak: the observed rate decides) and of d
// (sd 1: a branch's changes may well break twice as often as main's). The slopes' is chosen per
// repository (SLOPE_PRECISIONS): under a fixed sd 0.3 they followed the draw where the summary
// carries nothing (merge queue: −2.0% Brier skill against −1.4% for the rate alone).
const INTERCEPT_PRECISION = 0.1;
const DEFAULT_BRANCH_PRECISION = 1;
const LOGIT_LIMIT = 15;
// Below this much history the identity is kept as is: a score fitted on a handful of commits would say
// more about the draw than about the code.
export const MIN_CALIBRATION_COMMITS = 30;
export const MIN_CALIBRATION_FAULTY = 3;

/** The repository's rate of faulty changes so far, as the calibration's prior centres on it (a half count kept off 0 and 1). */
export function observedRate(faulty: number, commits: number): number {
  return (faulty + 0.5) / (commits + 1);
}

function logit(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, Math.log(q / (1 - q))));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

type ChangeInputs = [number, number, number, number, number, number, number, number, number];
/** Indices of the shape's inputs in changeFeatures. */
const SHAPE_INPUTS = [5, 6, 7, 8] as const;

/** The change-level inputs from λ (Σ −log(1 − pᵢ)), the largest pᵢ, the branch, the reach and the shape. */
export function changeFeatures(lambda: number, pmax: number, onDefaultBranch = false, reached = 0, shape: ChangeShape = NO_SHAPE): ChangeInputs {
  return [
    1,
    logit(-Math.expm1(-lambda)),
    logit(pmax),
    onDefaultBranch ? 1 : 0,
    Math.log1p(reached),
    Math.log1p(shape.sourceFiles),
    Math.log1p(shape.sourceLines),
    Math.log1p(shape.sourceDirs),
    shape.noSource ? 1 : 0,
  ];
}

/** P(at least one new real failure on the change). */
export function changeRisk(cal: ChangeCalibration, lambda: number, pmax: number, onDefaultBranch = false, reached = 0, shape: ChangeShape = NO_SHAPE): number {
  const [, lr, lm, d, e, nf, nl, nd, ns] = changeFeatures(lambda, pmax, onDefaultBranch, reached, shape);
  const s = cal.shape;
  const z = cal.a + cal.b * lr + cal.c * lm + (cal.d ?? 0) * d + (cal.e ?? 0) * e + (s ? s.files * nf + s.lines * nl + s.dirs * nd + s.noSource * ns : 0);
  return sigmoid(z);
}

/**
 * Candidate precisions of the prior on the slopes b and c (of the centred logit r and logit pmax), a
 * factor of about 3 apart (the evidence is maximised over a grid; steps of 10 skipped sd 0.3, the
 * best on the traced history, for sd 0.1):
 * from sd 1 (the per-test model's summary taken nearly at face value) to sd 0.003 (left out: the
 * repository's rate, apart on and off the default branch).
 */
export const SLOPE_PRECISIONS = [1, 3, 10, 30, 100, 300, 1_000, 100_000] as const;

/**
 * Candidate precisions of the prior on the shape's weights (f, g, h, k), chosen jointly with the
 * slopes' by the evidence: from sd 1 (a change ten times larger may be e times likelier to break) to
 * sd 0.003 (left out).
 */
export const SHAPE_PRECISIONS = [1, 3, 10, 30, 100, 1_000, 100_000] as const;

/**
 * Fits the calibration on training commits: each commit's λ, largest probability and branch, and
 * whether it was faulty.
 *
 * How far the per-test model's view of the change (b, c) may move the score away from the rate is
 * chosen per repository, by the evidence (fit.ts logEvidence) of each candidate prior: empirical
 * Bayes. Why: with a few dozen faulty commits, a slope fitted under a fixed prior follows the draw;
 * replayed on the generator's histories, where logit r barely tells faulty changes apart, slopes under
 * sd 0.3 scored below the rate itself (merge queue: −2.0% Brier skill). Where the summary says
 * nothing, the evidence prefers the tightest prior and the score falls back to the rate (with the
 * default-branch term, which the data decides under its own prior); where it says something (a test
 * failing on the base, a change next to a test's own file), a looser prior explains the data better
 * and the slopes are kept. A held-out choice (5 folds) was tried first: its own draw cost more than it
 * saved (docs/models.md).
 */
export function fitChangeCalibration(commits: readonly ChangeSummary[]): ChangeCalibration & { converged: boolean } {
  const faulty = commits.filter((c) => c.faulty).length;
  if (commits.length < MIN_CALIBRATION_COMMITS || faulty < MIN_CALIBRATION_FAULTY) {
    return { ...IDENTITY, commits: commits.length, faulty, converged: true };
  }
  // Centred logits: the intercept is then the log-odds of a typical change, and the prior around the
  // observed rate with zero slopes means "as risky as the repository's changes so far".
  const xs = commits.map((c) => changeFeatures(c.lambda, c.pmax, c.onDefaultBranch ?? false, c.reached ?? 0, c.shape ?? NO_SHAPE));
  // Every input but the intercept and the default-branch indicator is centred.
  const centred = [1, 2, 4, ...SHAPE_INPUTS];
  const mean = xs[0]!.map((_, j) => (centred.includes(j) ? xs.reduce((s, x) => s + x[j]!, 0) / xs.length : 0));
  const rate = observedRate(faulty, commits.length);
  const cells = xs.map((x, i) => ({ x: x.map((v, j) => v - mean[j]!), trials: 1, failures: commits[i]!.faulty ? 1 : 0 }));
  // An input that never varies (no scan: reached = 0; no `changes` rows) is 0 once centred: its
  // weight stays at its prior, 0. The two precisions are chosen together (7 × 8 small fits).
  let best: { evidence: number; precision: number; shapePrecision: number; weights: number[]; converged: boolean } | null = null;
  for (const precision of SLOPE_PRECISIONS) {
    for (const shapePrecision of SHAPE_PRECISIONS) {
      const options: FitOptions = {
        priorMean: [logit(rate), 0, 0, 0, 0, 0, 0, 0, 0],
        priorPrecision: [INTERCEPT_PRECISION, precision, precision, DEFAULT_BRANCH_PRECISION, precision, shapePrecision, shapePrecision, shapePrecision, shapePrecision],
        // b, c and e may not go negative: a riskier-looking change is never scored safer; nor may
        // size and diffusion (f, g, h). "No source" (k) takes either sign.
        nonNegative: [false, true, true, false, true, true, true, true, false],
      };
      const fit = fitLogistic(cells, options);
      const evidence = logEvidence(cells, options, fit.weights);
      if (!best || evidence > best.evidence) best = { evidence, precision, shapePrecision, weights: fit.weights, converged: fit.converged };
    }
  }
  const w = best!.weights;
  const [a0, b, c, d, e, f, g, h, k] = w as ChangeInputs;
  // Back to uncentred inputs (mean[0] and mean[3] are 0).
  const a = a0 - w.reduce((s, wj, j) => s + wj * mean[j]!, 0);
  return {
    a,
    b,
    c,
    d,
    e,
    shape: { files: f, lines: g, dirs: h, noSource: k },
    slopePrecision: best!.precision,
    shapePrecision: best!.shapePrecision,
    commits: commits.length,
    faulty,
    converged: best!.converged,
  };
}

/** What the change-level model sees of one commit: scoreChange computes the same for a request. */
export interface ChangeSummary {
  /** Σ −log(1 − pᵢ) over the commit's tests, known-failing ones left out. */
  lambda: number;
  /** The largest pᵢ among them. */
  pmax: number;
  /** Some test failed for real on it that had not failed on its parent: a new real failure. */
  faulty: boolean;
  /** It ran on the repository's default branch or in its merge queue (calibration.ts: d). */
  onDefaultBranch?: boolean;
  /** Tests (known-failing ones aside) with `reach` on it (calibration.ts: e). */
  reached?: number;
  /** Its size, diffusion and whether it touches source (change-shape.ts; calibration.ts: f, g, h, k). */
  shape?: ChangeShape;
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
export function changeSummaries(
  cells: readonly CommitCell[],
  w: readonly number[],
  carry: number,
  onDefaultBranch?: ReadonlySet<string>,
  reach = -1,
  shapes?: ReadonlyMap<string, ChangeShape>,
): ChangeSummary[] {
  const byCommit = new Map<string, ChangeSummary>();
  for (const c of cells) {
    if (c.x[carry] === 1) continue;
    let z = 0;
    for (let j = 0; j < w.length; j++) z += w[j]! * c.x[j]!;
    const p = sigmoid(z);
    let s = byCommit.get(c.commit);
    if (!s) {
      s = { lambda: 0, pmax: 0, faulty: false, onDefaultBranch: onDefaultBranch?.has(c.commit) ?? false, reached: 0, shape: shapes?.get(c.commit) ?? NO_SHAPE };
      byCommit.set(c.commit, s);
    }
    s.lambda -= c.trials * Math.log1p(-Math.min(p, 1 - 1e-12));
    if (reach >= 0 && c.x[reach]! > 0) s.reached! += c.trials;
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
export function crossFittedSummaries(
  cells: readonly CommitCell[],
  fit: FitOptions,
  carry: number,
  onDefaultBranch?: ReadonlySet<string>,
  reach = -1,
  shapes?: ReadonlyMap<string, ChangeShape>,
): ChangeSummary[] {
  const byFold: CommitCell[][] = Array.from({ length: CROSS_FIT_FOLDS }, () => []);
  for (const c of cells) byFold[foldOf(c.commit)]!.push(c);
  const out: ChangeSummary[] = [];
  for (let k = 0; k < CROSS_FIT_FOLDS; k++) {
    if (byFold[k]!.length === 0) continue;
    const rest = mergeCells(byFold.flatMap((f, j) => (j === k ? [] : f)));
    const w = fitLogistic(rest, fit).weights;
    out.push(...changeSummaries(byFold[k]!, w, carry, onDefaultBranch, reach, shapes));
  }
  return out;
}

/**
 * The change-level calibration of one training: fitted on cross-fitted summaries of its commits;
 * `onDefaultBranch` holds the training commits that ran on the default branch (or its merge queue),
 * `shapes` each training commit's shape (change-shape.ts).
 */
export function calibrateChange(
  cells: readonly CommitCell[],
  fit: FitOptions,
  carry: number,
  onDefaultBranch?: ReadonlySet<string>,
  reach = -1,
  shapes?: ReadonlyMap<string, ChangeShape>,
): ChangeCalibration & { converged: boolean } {
  return fitChangeCalibration(crossFittedSummaries(cells, fit, carry, onDefaultBranch, reach, shapes));
}
