import { areaSql } from './paths.ts';

// Training's feature queries in passes over a monorepo's tests (train.ts featureCells): each pass takes
// the tests of some areas, so a query's memory follows one pass, not the whole repository.

/**
 * Executed (commit, test) pairs per pass of the pairs query: its three windows sort every pair of the
 * pass (by test, by area, by area and time), and at 100k tests × 120 commits (12M pairs) one pass went
 * past the 4 GiB a query may use (SIGNALHOUSE_QUERY_MAX_MEMORY_BYTES). Passes split the tests by area,
 * so each window's partition (a test, an area) lies whole in one pass and the rows are the same; the
 * sparse query (its joins by token, folder and key grow with tests × changed files) goes by the same
 * passes. At 100k tests: 4 passes, training 102 s and 4.0 GiB peak RSS on the loaded 2-core machine.
 * Limit: an area is never split, so a repository whose tests share one area (or none: a flat layout)
 * still trains in one pass's worth of memory.
 */
export const PAIRS_PER_PASS = 3_000_000;

/** One sparse cell of featureCells: a commit, its binned features, and its pairs' trials and failures. */
export interface SparseRow {
  commit: string;
  carry: number;
  fixing: number;
  xa: number;
  near: number;
  same: number;
  xb: number;
  xr: number;
  xl: number;
  xf: number;
  xt: number;
  xi: number;
  xtr: number;
  xar: number;
  xrc: number;
  trials: string | number;
  failures: string | number;
}

const SPARSE_FEATURES = ['carry', 'fixing', 'xa', 'near', 'same', 'xb', 'xr', 'xl', 'xf', 'xt', 'xi', 'xtr', 'xar', 'xrc'] as const;

/** The passes' sparse rows with one row per cell: a commit's cell can get pairs from several passes. */
export function mergeSparseRows(rows: readonly SparseRow[]): SparseRow[] {
  const byCell = new Map<string, SparseRow>();
  for (const r of rows) {
    const key = [r.commit, ...SPARSE_FEATURES.map((f) => Number(r[f]))].join('|');
    const seen = byCell.get(key);
    if (seen) {
      seen.trials = Number(seen.trials) + Number(r.trials);
      seen.failures = Number(seen.failures) + Number(r.failures);
    } else byCell.set(key, { ...r });
  }
  return [...byCell.values()];
}

/** How many area passes the feature queries take for `pairs` executed pairs (1 up to perPass). */
export function pairPasses(pairs: number, perPass = PAIRS_PER_PASS): number {
  return Math.max(1, Math.ceil(pairs / perPass));
}

/** The tests of one pass (CTE `pass_tests`, params {passes} and {pass}): split by area, never within one. */
export const PASS_TESTS = `
  pass_tests AS (
    SELECT test_id FROM tests WHERE cityHash64(${areaSql('locator')}) % {passes:UInt32} = {pass:UInt32}
  )`;
