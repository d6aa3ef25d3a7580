import { describe, expect, it } from 'vitest';
import { fitLogistic, logDetSpd, logEvidence, solve, type Cell } from '../models/risk/fit.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('risk model weight fit (MAP logistic regression on cells)', () => {
  it('solves small linear systems', () => {
    const x = solve(
      [
        [4, 1, 0],
        [1, 3, 1],
        [0, 1, 2],
      ],
      [1, 2, 3],
    );
    expect(4 * x[0]! + x[1]!).toBeCloseTo(1, 10);
    expect(x[0]! + 3 * x[1]! + x[2]!).toBeCloseTo(2, 10);
    expect(x[1]! + 2 * x[2]!).toBeCloseTo(3, 10);
  });

  it('recovers the weights that generated the cells when data is plentiful', () => {
    const truth = [-5, 3, 0.8, 1.5];
    const cells: Cell[] = [];
    for (const a of [0, 1]) {
      for (const b of [0, 0.5, 1, 2, 4]) {
        for (const c of [0, 1]) {
          const x = [1, a, b, c];
          const p = sigmoid(x.reduce((z, v, i) => z + v * truth[i]!, 0));
          const trials = 1_000_000;
          cells.push({ x, trials, failures: trials * p });
        }
      }
    }
    const fit = fitLogistic(cells, { priorMean: [0, 0, 0, 0], priorPrecision: [0.01, 0.01, 0.01, 0.01] });
    expect(fit.converged).toBe(true);
    fit.weights.forEach((w, i) => expect(w).toBeCloseTo(truth[i]!, 2));
  });

  it('stays at the prior without data (the cold start) and moves toward the data as it grows', () => {
    const prior = { priorMean: [-7, 4], priorPrecision: [0.01, 0.5] };
    expect(fitLogistic([], prior).weights).toEqual([-7, 4]);
    // Carry (x1 = 1) fails half the time; without it 1 in 1000.
    const cellsOf = (scale: number): Cell[] => [
      { x: [1, 0], trials: 1000 * scale, failures: 1 * scale },
      { x: [1, 1], trials: 2 * scale, failures: 1 * scale },
    ];
    const small = fitLogistic(cellsOf(1), prior).weights[1]!;
    const large = fitLogistic(cellsOf(1000), prior).weights[1]!;
    const truth = Math.log(1) - Math.log(1 / 999);
    expect(Math.abs(large - truth)).toBeLessThan(Math.abs(small - truth));
    expect(large).toBeCloseTo(truth, 1);
  });

  it('keeps weights marked non-negative at zero when the data pulls them below', () => {
    // Feature 1 lowers the failure rate in the data: unconstrained it goes negative.
    const cells: Cell[] = [
      { x: [1, 0, 0], trials: 10_000, failures: 100 },
      { x: [1, 1, 0], trials: 10_000, failures: 10 },
      { x: [1, 0, 1], trials: 10_000, failures: 1000 },
    ];
    const o = { priorMean: [0, 0, 0], priorPrecision: [0.01, 0.01, 0.01] };
    expect(fitLogistic(cells, o).weights[1]!).toBeLessThan(-1);
    const fit = fitLogistic(cells, { ...o, nonNegative: [false, true, true] });
    expect(fit.weights[1]).toBe(0);
    expect(fit.weights[2]!).toBeGreaterThan(2);
  });

  it('log det by Cholesky, and an evidence that prefers a tight prior on a feature that carries nothing and a loose one on a feature that does', () => {
    // det [[4, 2], [2, 3]] = 8
    expect(logDetSpd([[4, 2], [2, 3]])).toBeCloseTo(Math.log(8), 12);
    expect(() => logDetSpd([[1, 2], [2, 1]])).toThrow(/positive definite/);
    // x1 decides the outcome (rate 5% vs 40%); x2 is independent of it.
    const cells: Cell[] = [
      { x: [1, 0, 0], trials: 200, failures: 10 },
      { x: [1, 0, 1], trials: 200, failures: 10 },
      { x: [1, 1, 0], trials: 200, failures: 80 },
      { x: [1, 1, 1], trials: 200, failures: 80 },
    ];
    const evidenceAt = (p1: number, p2: number) => {
      const o = { priorMean: [0, 0, 0], priorPrecision: [0.1, p1, p2] };
      return logEvidence(cells, o, fitLogistic(cells, o).weights);
    };
    expect(evidenceAt(1, 1000)).toBeGreaterThan(evidenceAt(1, 1));
    expect(evidenceAt(1, 1000)).toBeGreaterThan(evidenceAt(1000, 1000));
  });
});
