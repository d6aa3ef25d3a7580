import { gammaln } from 'simple-statistics';

// Quantiles of the Beta distribution, for credible intervals of a failure rate. simple-statistics has
// the log-gamma function but no incomplete beta, so: the regularised incomplete beta function by its
// continued fraction (modified Lentz; Numerical Recipes §6.4), and its inverse by bisection — 60 steps
// on [0, 1] give far more precision than an interval printed to four digits needs.

function continuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-12) break;
  }
  return h;
}

/** P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x);
  const front = Math.exp(lnFront);
  return x < (a + 1) / (a + b + 2) ? (front * continuedFraction(a, b, x)) / a : 1 - (front * continuedFraction(b, a, 1 - x)) / b;
}

const cache = new Map<string, number>();

/** The p-quantile of Beta(a, b). Memoised: thousands of tests share the same counts. */
export function betaQuantile(p: number, a: number, b: number): number {
  const key = `${p}/${a}/${b}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const q = bisect(p, a, b);
  if (cache.size > 100_000) cache.clear();
  cache.set(key, q);
  return q;
}

function bisect(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
