import { describe, expect, it } from 'vitest';
import { buildMonorepoHistory } from '../bench/monorepo-history.ts';
import { ensureFailureClasses } from '../models/failures/classify.ts';
import { loadRiskModel } from '../models/risk/model.ts';
import { trainRiskModel } from '../models/risk/train.ts';
import { mergeSparseRows, pairPasses, type SparseRow } from '../models/risk/train-passes.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Training at monorepo scale runs its feature queries in passes over the tests' areas (train-passes.ts),
// so one query's memory follows a pass: at 100k tests × 120 commits a single pass went past the
// engine's 4 GiB per-query limit. The passes must not change the model: every window of the pairs
// query (per test, per area) and every sparse join lies whole within one pass.

describe('training in passes', () => {
  it('fits the same model in one pass and in many', async () => {
    const store = await testStore();
    const repo = uniqueRepo('risk-passes');
    // Modules of 200 tests: 1,200 tests, 30 commits — 36k executed pairs.
    await buildMonorepoHistory(store.client, { repo, tests: 1200, commits: 30, days: 10 });
    await ensureFailureClasses(store.client, repo);
    const one = await trainRiskModel(store, repo);
    expect(pairPasses(one.pairs)).toBe(1);
    const modelOne = (await loadRiskModel(store.client, repo))!;
    // 5k pairs per pass: 8 passes over the 6 areas' worth of tests (some passes empty, some with two areas).
    const many = await trainRiskModel(store, repo, { pairsPerPass: 5_000 });
    expect(pairPasses(many.pairs, 5_000)).toBeGreaterThanOrEqual(7);
    const modelMany = (await loadRiskModel(store.client, repo))!;
    expect(modelMany.modelId).not.toBe(modelOne.modelId);

    expect(many.tests).toBe(one.tests);
    expect(many.pairs).toBe(one.pairs);
    expect(many.positives).toBe(one.positives);
    expect(many.cells).toBe(one.cells);
    expect(one.positives).toBeGreaterThan(0);
    // Cells arrive in another order, so the fit's sums differ in their last bits, and the calibration's
    // iterative fit carries that a little further: CI once saw 1.3e-8 apart on `a`. A different model
    // would differ in the second or third digit, so six digits still tell the two apart.
    for (const [name, w] of Object.entries(one.weights)) expect(many.weights[name as keyof typeof one.weights]).toBeCloseTo(w, 6);
    expect(many.calibration.a).toBeCloseTo(one.calibration.a, 6);
    expect(many.calibration.b).toBeCloseTo(one.calibration.b, 6);
    expect(modelMany.tests.map((t) => t.testId)).toEqual(modelOne.tests.map((t) => t.testId));
    await store.close();
  }, 600_000);
});

describe('mergeSparseRows', () => {
  const row = (commit: string, carry: number, trials: number, failures: number): SparseRow => ({
    commit, carry, fixing: 0, xa: 0, near: 0, same: 1, xb: 2, xr: 0, xl: 1, xf: 1, xt: 0, xi: 0, xtr: 0, xar: 0, xrc: 0.5, trials: String(trials), failures: String(failures),
  });

  it('adds up the trials and failures of one cell from several passes, and keeps other cells apart', () => {
    const merged = mergeSparseRows([row('c1', 0, 3, 1), row('c2', 0, 2, 0), row('c1', 0, 4, 2), row('c1', 1, 5, 0)]);
    expect(merged.map((r) => [r.commit, r.carry, Number(r.trials), Number(r.failures)])).toEqual([
      ['c1', 0, 7, 3],
      ['c2', 0, 2, 0],
      ['c1', 1, 5, 0],
    ]);
  });

  it('does not change the rows it was given', () => {
    const rows = [row('c1', 0, 3, 1), row('c1', 0, 4, 2)];
    mergeSparseRows(rows);
    expect(rows.map((r) => r.trials)).toEqual(['3', '4']);
  });
});

describe('pairPasses', () => {
  it('is one pass up to the limit, then one more per limit', () => {
    expect(pairPasses(0)).toBe(1);
    expect(pairPasses(3_000_000)).toBe(1);
    expect(pairPasses(3_000_001)).toBe(2);
    expect(pairPasses(12_000_000)).toBe(4);
    expect(pairPasses(10, 3)).toBe(4);
  });
});
