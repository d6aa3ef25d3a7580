// Fits the weights of the logistic combination from aggregated cells: ClickHouse groups millions of
// (commit, test) pairs by their binned feature vector into at most a few hundred thousand cells of
// (features, trials, failures); only those cells come to Node, where Newton's method (IRLS) finds the
// maximum a posteriori weights in a few milliseconds per iteration.
//
// The prior is Gaussian around hand-set default weights. It is the cold start: with little history
// the weights stay near the defaults (conservative: a change near a test, or a test failing on the
// parent commit, already means a lot), and as evidence accumulates the data takes over.

export interface Cell {
  x: readonly number[];
  trials: number;
  failures: number;
}

export interface FitOptions {
  /** Prior means, one per feature (index 0 is the intercept). */
  priorMean: readonly number[];
  /** Prior precisions (1 / variance), one per feature. */
  priorPrecision: readonly number[];
  /** Features whose weight may not go below zero (evidence of failure never lowers the risk). */
  nonNegative?: readonly boolean[];
  maxIterations?: number;
  tolerance?: number;
}

export interface FitResult {
  weights: number[];
  iterations: number;
  converged: boolean;
  /** Negative log posterior at the solution (log loss of the cells plus the prior term). */
  objective: number;
}

/** Cells with the same feature vector, summed (e.g. over commits: the per-test fit needs no commit). */
export function mergeCells(cells: readonly Cell[]): Cell[] {
  const byX = new Map<string, Cell>();
  for (const c of cells) {
    const k = c.x.join('|');
    const m = byX.get(k);
    if (m) {
      m.trials += c.trials;
      m.failures += c.failures;
    } else byX.set(k, { x: c.x, trials: c.trials, failures: c.failures });
  }
  return [...byX.values()];
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** log(1 + e^z), stable. */
function softplus(z: number): number {
  return z > 30 ? z : z < -30 ? Math.exp(z) : Math.log1p(Math.exp(z));
}

function objective(cells: readonly Cell[], w: readonly number[], o: FitOptions): number {
  let f = 0;
  for (const c of cells) {
    let z = 0;
    for (let j = 0; j < w.length; j++) z += w[j]! * c.x[j]!;
    // -[k log p + (n-k) log(1-p)] = k·softplus(-z) + (n-k)·softplus(z)
    f += c.failures * softplus(-z) + (c.trials - c.failures) * softplus(z);
  }
  for (let j = 0; j < w.length; j++) f += 0.5 * o.priorPrecision[j]! * (w[j]! - o.priorMean[j]!) ** 2;
  return f;
}

/** Solves A·x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) throw new Error('singular system');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * MAP fit; weights marked nonNegative that come out below zero are fixed at zero one at a time (the
 * most negative first) and the rest refitted: a small active-set method, enough for a few features.
 */
export function fitLogistic(cells: readonly Cell[], o: FitOptions): FitResult {
  const fixed = new Set<number>();
  for (;;) {
    const r = fitFree(cells, o, fixed);
    let worst = -1;
    for (let j = 0; j < r.weights.length; j++) {
      if (o.nonNegative?.[j] && !fixed.has(j) && r.weights[j]! < 0 && (worst < 0 || r.weights[j]! < r.weights[worst]!)) worst = j;
    }
    if (worst < 0) return r;
    fixed.add(worst);
  }
}

function fitFree(cells: readonly Cell[], o: FitOptions, fixed: ReadonlySet<number>): FitResult {
  const d = o.priorMean.length;
  let w = o.priorMean.map((m, j) => (fixed.has(j) ? 0 : m));
  let f = objective(cells, w, o);
  const maxIterations = o.maxIterations ?? 50;
  const tolerance = o.tolerance ?? 1e-9;
  for (let it = 1; it <= maxIterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const c of cells) {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * c.x[j]!;
      const p = sigmoid(z);
      const r = c.trials * p - c.failures;
      const s = c.trials * p * (1 - p);
      for (let j = 0; j < d; j++) {
        const xj = c.x[j]!;
        if (xj === 0) continue;
        grad[j]! += r * xj;
        for (let k = j; k < d; k++) hess[j]![k]! += s * xj * c.x[k]!;
      }
    }
    for (let j = 0; j < d; j++) {
      grad[j]! += o.priorPrecision[j]! * (w[j]! - o.priorMean[j]!);
      hess[j]![j]! += o.priorPrecision[j]!;
      for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    }
    for (const j of fixed) {
      grad[j] = 0;
      for (let k = 0; k < d; k++) hess[j]![k] = hess[k]![j] = k === j ? 1 : 0;
    }
    const step = solve(hess, grad);
    // Newton step with halving: the objective is convex, so some step along it always decreases it.
    let t = 1;
    let next = w;
    let fNext = f;
    for (let h = 0; h < 30; h++) {
      next = w.map((v, j) => v - t * step[j]!);
      fNext = objective(cells, next, o);
      if (fNext <= f) break;
      t /= 2;
    }
    const moved = Math.max(...next.map((v, j) => Math.abs(v - w[j]!)));
    const improved = f - fNext;
    w = next;
    f = fNext;
    if (moved < 1e-7 || improved < tolerance * Math.max(1, Math.abs(f))) {
      return { weights: w, iterations: it, converged: true, objective: f };
    }
  }
  return { weights: w, iterations: maxIterations, converged: false, objective: f };
}

/**
 * Laplace approximation of the log marginal likelihood ("evidence") of the prior `o` at its MAP
 * weights `w`: log p(data | prior) ≈ −objective(w) + ½ Σⱼ log precisionⱼ − ½ log det H(w), H the
 * Hessian of the objective (the (2π) terms, the same for every prior, left out). Comparing it across
 * prior precisions chooses how strongly to shrink from all of the data at once (empirical Bayes,
 * MacKay 1992), without the draw of held-out folds. Weights held at 0 by `nonNegative` are treated as
 * free: an approximation at the boundary, the same for every prior compared.
 */
export function logEvidence(cells: readonly Cell[], o: FitOptions, w: readonly number[]): number {
  const d = w.length;
  const hess = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? o.priorPrecision[j]! : 0)));
  for (const c of cells) {
    let z = 0;
    for (let j = 0; j < d; j++) z += w[j]! * c.x[j]!;
    const p = sigmoid(z);
    const s = c.trials * p * (1 - p);
    for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) hess[j]![k]! += s * c.x[j]! * c.x[k]!;
  }
  let logPrecision = 0;
  for (let j = 0; j < d; j++) logPrecision += Math.log(o.priorPrecision[j]!);
  return -objective(cells, w, o) + 0.5 * logPrecision - 0.5 * logDetSpd(hess);
}

/** log det of a symmetric positive definite matrix, by Cholesky. */
export function logDetSpd(a: readonly (readonly number[])[]): number {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let logDet = 0;
  for (let j = 0; j < n; j++) {
    let s = a[j]![j]!;
    for (let k = 0; k < j; k++) s -= l[j]![k]! ** 2;
    if (!(s > 0)) throw new Error('matrix is not positive definite');
    l[j]![j] = Math.sqrt(s);
    logDet += 2 * Math.log(l[j]![j]!);
    for (let i = j + 1; i < n; i++) {
      let t = a[i]![j]!;
      for (let k = 0; k < j; k++) t -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = t / l[j]![j]!;
    }
  }
  return logDet;
}
