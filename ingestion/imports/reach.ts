import { InputError } from '../errors.ts';
import type { ImportScan, ReachRow } from './graph.ts';

// Reach: a breadth-first walk over the imports from each test file, so each reached file gets the
// fewest hops (1 = the test file imports it directly). A test file's own path is not a row.

/**
 * Hops beyond this are not followed. In a real codebase almost everything is a few hops from a hub
 * (an index that re-exports a package, a Python package's __init__, a Go util package), so distant
 * reach says little about which test a change breaks, while each further hop multiplies the rows
 * (test files × files). Eight keeps the chains seen in real layouts (test → fixture → service →
 * repository → model → util) with room to spare; hops also fit code_reach's UInt8.
 */
export const MAX_HOPS = 8;

export interface ReachOptions {
  /** Default MAX_HOPS. */
  maxHops?: number;
  /** Rows at most: past it the walk stops and throws InputError REACH_TOO_LARGE (413). Default: no limit. */
  maxRows?: number;
}

export function reachOf(scan: Pick<ImportScan, 'files'>, opts: ReachOptions = {}): ReachRow[] {
  const maxHops = opts.maxHops ?? MAX_HOPS;
  const maxRows = opts.maxRows ?? Infinity;
  // Files as dense ids: the walk then uses arrays, not maps of strings (one walk per test file).
  const ids = new Map<string, number>();
  const paths: string[] = [];
  const idOf = (p: string): number => {
    let id = ids.get(p);
    if (id === undefined) {
      id = paths.length;
      ids.set(p, id);
      paths.push(p);
    }
    return id;
  };
  const edges: number[][] = [];
  for (const f of scan.files) {
    const from = idOf(f.path);
    const out = (edges[from] ??= []);
    for (const to of f.imports) out.push(idOf(to));
  }
  const seenAt = new Int32Array(paths.length).fill(-1);
  const rows: ReachRow[] = [];
  const tests = [...new Set(scan.files.filter((f) => f.test).map((f) => f.path))];
  for (const [k, testFile] of tests.entries()) {
    const start = ids.get(testFile)!;
    seenAt[start] = k; // marks "seen in this walk": no clearing between walks
    let frontier = [start];
    for (let hops = 1; hops <= maxHops && frontier.length > 0; hops++) {
      const next: number[] = [];
      for (const from of frontier) {
        for (const to of edges[from] ?? []) {
          if (seenAt[to] === k) continue;
          seenAt[to] = k;
          next.push(to);
          rows.push({ testFile, file: paths[to]!, hops });
          if (rows.length > maxRows) {
            throw new InputError('REACH_TOO_LARGE', `the test files of this scan reach more than ${maxRows} files in all (at ${testFile}); nothing was stored`, 413);
          }
        }
      }
      frontier = next;
    }
  }
  return rows;
}
