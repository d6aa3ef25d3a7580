import { describe, expect, it } from 'vitest';
import { changeRisk, changeSummaries, fitChangeCalibration, IDENTITY, MIN_CALIBRATION_COMMITS, SLOPE_PRECISIONS, type ChangeSummary } from '../models/risk/calibration.ts';
import { Rng } from '../tools/history/prng.ts';

// The change-level riskScore: P(at least one real failure), calibrated on training commits instead of
// combining the tests' probabilities as if they failed independently.

/**
 * Correlated failures: 2,000 tests; 8% of changes break a whole module (40 tests fail together), so
 * each test fails on 0.16% of changes, and a change's tests fail all together or not at all. A fifth
 * of the changes carry a failure of their parent in one test (probability 0.9 for that test), and
 * those fail 90% of the time.
 */
function history(commits: number, seed: number) {
  const stream = Rng.derive(seed, 'risk-calibration');
  const r = () => stream.next();
  const p = 0.08 * (40 / 2000);
  return Array.from({ length: commits }, () => {
    const carried = r() < 0.2;
    const faulty = carried ? r() < 0.9 : r() < 0.08;
    const lambda = -2000 * Math.log1p(-p) - (carried ? Math.log1p(-0.9) : 0);
    return { lambda, pmax: carried ? 0.9 : p, faulty };
  });
}

function brier(cs: { lambda: number; pmax: number; faulty: boolean }[], f: (c: { lambda: number; pmax: number }) => number): number {
  return cs.reduce((s, c) => s + (f(c) - (c.faulty ? 1 : 0)) ** 2, 0) / cs.length;
}

describe('change-level calibration', () => {
  it('without history is the independent combination 1 − Π(1 − pᵢ)', () => {
    expect(fitChangeCalibration([])).toMatchObject(IDENTITY);
    for (const [lambda, pmax] of [[0.01, 0.005], [0.5, 0.1], [3, 0.9]] as const) {
      expect(changeRisk(IDENTITY, lambda, pmax)).toBeCloseTo(1 - Math.exp(-lambda), 9);
    }
  });

  it('learns that correlated failures make "any failure" far less likely than independence says, and beats it on unseen changes', () => {
    const cal = fitChangeCalibration(history(600, 1));
    expect(cal).toMatchObject({ commits: 600, converged: true });
    const test = history(2000, 2);
    const plain = test.find((c) => c.pmax < 0.5)!;
    const carried = test.find((c) => c.pmax >= 0.5)!;
    // Independence says 96% for a change that touches nothing; 8% of those are faulty.
    expect(1 - Math.exp(-plain.lambda)).toBeGreaterThan(0.95);
    expect(changeRisk(cal, plain.lambda, plain.pmax)).toBeGreaterThan(0.04);
    expect(changeRisk(cal, plain.lambda, plain.pmax)).toBeLessThan(0.14);
    expect(changeRisk(cal, carried.lambda, carried.pmax)).toBeGreaterThan(0.8);
    const rate = test.filter((c) => c.faulty).length / test.length;
    const baseRate = rate * (1 - rate);
    const calibrated = brier(test, (c) => changeRisk(cal, c.lambda, c.pmax));
    const independent = brier(test, (c) => 1 - Math.exp(-c.lambda));
    expect(independent).toBeGreaterThan(baseRate);
    expect(calibrated).toBeLessThan(baseRate * 0.6);
  });

  it('keeps the independent combination with a handful of commits (cold start), and never decreases with risk', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const few = fitChangeCalibration(history(MIN_CALIBRATION_COMMITS - 1, seed));
      expect({ a: few.a, b: few.b, c: few.c }).toEqual({ a: IDENTITY.a, b: IDENTITY.b, c: IDENTITY.c });
    }
    // Just past the threshold, fitted on little data: a riskier-looking change is never scored safer.
    for (let seed = 1; seed <= 20; seed++) {
      const fitted = fitChangeCalibration(history(MIN_CALIBRATION_COMMITS + 10, seed));
      let last = 0;
      for (const lambda of [0.001, 0.01, 0.1, 1, 5]) {
        const p = changeRisk(fitted, lambda, lambda / 10);
        expect(p).toBeGreaterThanOrEqual(last);
        last = p;
      }
    }
  });

  it('summarises training commits from their cells as scoring does: λ = Σ −log(1 − p), the largest p, any new failure', () => {
    // x = [intercept, carry, one more feature], as in FEATURES: carry (failing on the parent) is
    // left out of the change's summary, on both sides.
    const w = [-5, 4, 3];
    const p0 = 1 / (1 + Math.exp(5));
    const p1 = 1 / (1 + Math.exp(2));
    const s = changeSummaries(
      [
        { commit: 'a', x: [1, 0, 0], trials: 100, failures: 0 },
        { commit: 'a', x: [1, 0, 1], trials: 2, failures: 1 },
        { commit: 'a', x: [1, 1, 0], trials: 1, failures: 1 },
        { commit: 'b', x: [1, 0, 0], trials: 50, failures: 0 },
        { commit: 'c', x: [1, 0, 0], trials: 30, failures: 0 },
        { commit: 'c', x: [1, 1, 1], trials: 3, failures: 3 },
      ],
      w,
      1,
    );
    expect(s).toHaveLength(3);
    expect(s[0]!.lambda).toBeCloseTo(-100 * Math.log1p(-p0) - 2 * Math.log1p(-p1), 12);
    expect(s[0]!.pmax).toBeCloseTo(p1, 12);
    expect(s[0]!.faulty).toBe(true);
    expect(s[1]!.pmax).toBeCloseTo(p0, 12);
    expect(s[1]!.faulty).toBe(false);
    // Only carried failures: not faulty, and they do not raise its risk.
    expect(s[2]!).toMatchObject({ faulty: false });
    expect(s[2]!.lambda).toBeCloseTo(-30 * Math.log1p(-p0), 12);
    expect(s[2]!.pmax).toBeCloseTo(p0, 12);
  });

  describe('chooses how far the summary may move it from the rate by the evidence (empirical Bayes)', () => {
    /**
     * Changes as a repository's history summarises them: λ and pmax spread as the per-test model's
     * are (logit r around −2, logit pmax around −5), a third on the default branch. `signal` says how
     * the change's faultiness depends on them: not at all, or through the branch and λ.
     */
    function changes(n: number, seed: number, signal: boolean): ChangeSummary[] {
      const rng = Rng.derive(seed, 'risk-calibration-form', signal ? 'signal' : 'noise');
      const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
      return Array.from({ length: n }, () => {
        const lr = -2 + normal();
        const lambda = -Math.log1p(-1 / (1 + Math.exp(-lr)));
        const pmax = 1 / (1 + Math.exp(5 - normal()));
        const onDefaultBranch = rng.next() < 1 / 3;
        const logOdds = signal ? -2.2 - 1.4 * (onDefaultBranch ? 1 : 0) + 0.8 * (lr + 2) : -2.5;
        return { lambda, pmax, onDefaultBranch, faulty: rng.next() < 1 / (1 + Math.exp(-logOdds)) };
      });
    }
    /** Brier skill on held-out changes against the constant forecast at their own rate (in hindsight). */
    function skill(cal: ReturnType<typeof fitChangeCalibration>, test: readonly ChangeSummary[]): number {
      const rate = test.filter((c) => c.faulty).length / test.length;
      const b = test.reduce((s, c) => s + (changeRisk(cal, c.lambda, c.pmax, c.onDefaultBranch) - (c.faulty ? 1 : 0)) ** 2, 0) / test.length;
      return 1 - b / (rate * (1 - rate));
    }

    it('falls back to the observed rate when the summary says nothing, scoring about as well as the rate itself', () => {
      let slopesLeftOut = 0;
      let lost = 0;
      const seeds = 20;
      for (let seed = 1; seed <= seeds; seed++) {
        const train = changes(400, seed, false);
        const cal = fitChangeCalibration(train);
        if (cal.slopePrecision === SLOPE_PRECISIONS[SLOPE_PRECISIONS.length - 1]) slopesLeftOut++;
        const test = changes(4000, 100 + seed, false);
        // The constant forecast at the training rate: the best a score can do without signal. Its
        // skill is below 0 only by the rate estimated from 400 commits (~30 faulty) against the
        // held-out rate.
        const rate = (cal.faulty + 0.5) / (cal.commits + 1);
        const constant = skill({ ...cal, a: Math.log(rate / (1 - rate)), b: 0, c: 0, d: 0 }, test);
        const s = skill(cal, test);
        expect(s).toBeGreaterThan(constant - 0.015);
        lost += constant - s;
      }
      // The evidence still lets a slope in by chance now and then (and that costs a little).
      expect(slopesLeftOut).toBeGreaterThanOrEqual(14);
      expect(lost / seeds).toBeLessThan(0.005);
    });

    it('keeps the inputs that carry signal, and then beats the rate on unseen changes', () => {
      for (let seed = 1; seed <= 5; seed++) {
        const train = changes(400, seed, true);
        const cal = fitChangeCalibration(train);
        expect(cal.slopePrecision).toBeLessThanOrEqual(100);
        expect(cal.b).toBeGreaterThan(0.3);
        expect(cal.d).toBeLessThan(0);
        expect(skill(cal, changes(4000, 100 + seed, true))).toBeGreaterThan(0.03);
      }
    });

    it('uses how many tests the change reaches through imports when that tells faulty changes apart, and not when nothing is reached', () => {
      // Changes whose summary (λ, pmax) says nothing, but whose breadth through imports does: a change
      // no test's imports reach rarely breaks a test, one reaching hundreds often does.
      const reaching = (n: number, seed: number, reachSignal: boolean): ChangeSummary[] => {
        const rng = Rng.derive(seed, 'risk-calibration-reach');
        return changes(n, seed, false).map((c) => {
          const reached = rng.next() < 0.4 ? 0 : Math.floor(Math.exp(rng.next() * 6));
          const logOdds = reachSignal ? -4 + 0.6 * Math.log1p(reached) : -2.5;
          return { ...c, reached, faulty: rng.next() < 1 / (1 + Math.exp(-logOdds)) };
        });
      };
      const brier = (cal: ReturnType<typeof fitChangeCalibration>, test: readonly ChangeSummary[]) =>
        test.reduce((s, c) => s + (changeRisk(cal, c.lambda, c.pmax, c.onDefaultBranch, c.reached) - (c.faulty ? 1 : 0)) ** 2, 0) / test.length;
      for (let seed = 1; seed <= 5; seed++) {
        const cal = fitChangeCalibration(reaching(400, seed, true));
        expect(cal.e).toBeGreaterThan(0.2);
        const test = reaching(4000, 100 + seed, true);
        const rate = test.filter((c) => c.faulty).length / test.length;
        expect(1 - brier(cal, test) / (rate * (1 - rate))).toBeGreaterThan(0.03);
        // The same history without a scan: no test is ever reached, and e stays at its prior, 0.
        const none = fitChangeCalibration(reaching(400, seed, true).map((c) => ({ ...c, reached: 0 })));
        expect(none.e).toBe(0);
      }
    });
  });
});
