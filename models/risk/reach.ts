import type { ClickHouseClient } from '@clickhouse/client';
import { changedPathSuffixes, locatorKeys, withoutExtension } from './paths.ts';

/** A classname that is a source file's path (vitest), not a Go package's import path. */
const FILE_CLASSNAME = /\/[^/]+\.(?:[cm]?[jt]sx?|py|java|kt|go|rb|php|cs)$/;

// The `reach` feature's inputs: which test file each test lives in, and which files each test file
// reaches through imports (code_reach, migration 0039, from a scan of a checkout: `signalhouse upload
// imports`). A test gets `reach` when a changed file is reached by its own test file; the value is
// 1/hops of the nearest such file (1: imported directly).
//
// A test report names a test, not its file, except for jest; the file is found through the test's
// locator (paths.ts), by path suffix, as a changed file is matched to a test's own file:
// - jest-junit, vitest: the `file` attribute or a suite that is a path (`web/src/cart/totals.test.ts`,
//   or relative to a sub-project's root: `src/cart/totals.test.ts` matches `web/src/cart/totals.test.ts`;
//   an absolute path in the runner's work directory matches by its suffixes);
// - Surefire, Gradle: the class `com.acme.pay.ChargeTest` (a nested `ChargeTest$WhenEmpty` is its outer
//   class's) → `…/com/acme/pay/ChargeTest.java` or `.kt`;
// - pytest: the classname `tests.inventory.test_x` or `tests.inventory.test_x.TestX` →
//   `…/tests/inventory/test_x.py`;
// - vitest: the classname is the file's path (`__test__/add.test.tsx`);
// - go-junit-report, gotestsum: the package import path `github.com/acme/shop/pkg/inventory` → the
//   folder that is the longest suffix of it (`pkg/inventory/`), and of its `_test.go` files the one the
//   scan saw declare the test's function (code_tests, 0040: `TestStock_Reserve`, or `TestStock` for a
//   subtest `TestStock/empty`); every `_test.go` file of the folder when none does (a scan without
//   declared tests, a test generated at run time): a Go report does not say which file a test is in.

export interface LocatedTest {
  locator: string;
  file: string;
  className: string;
  suite: string;
  /** The test's name as reported (Go: `TestStock_Reserve/empty`); only Go's mapping reads it. */
  name?: string;
}

/** The repository's test files (code_reach.test_file), indexed for suffix lookups. */
export interface TestFileIndex {
  /** Path without extension, and each suffix of it at a folder boundary → test files. */
  bySuffix: Map<string, string[]>;
  /** Go: a package folder, and each suffix of it → the _test.go files in it. */
  byPackage: Map<string, string[]>;
  /** Test file → the test functions the scan saw it declare (code_tests). */
  declares: ReadonlyMap<string, ReadonlySet<string>>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function testFileIndex(testFiles: readonly string[], declared: ReadonlyMap<string, readonly string[]> = new Map()): TestFileIndex {
  const bySuffix = new Map<string, string[]>();
  const byPackage = new Map<string, string[]>();
  // A test file that declares tests but reaches nothing has no code_reach row; it is still their file.
  for (const f of [...new Set([...testFiles, ...declared.keys()])]) {
    for (const s of changedPathSuffixes(f)) push(bySuffix, s, f);
    if (f.endsWith('_test.go')) {
      for (const s of suffixes(f.slice(0, Math.max(0, f.lastIndexOf('/'))))) push(byPackage, s, f);
    }
  }
  const declares = new Map([...declared].map(([f, names]) => [f, new Set(names)] as const));
  return { bySuffix, byPackage, declares };
}

/** Every suffix of a path at a folder boundary, longest first ('a/b/c' → 'a/b/c', 'b/c', 'c'). */
function suffixes(path: string): string[] {
  const parts = path.split('/').filter((c) => c !== '');
  return parts.map((_, i) => parts.slice(i).join('/'));
}

/**
 * The test files of one test (usually one; several when two modules hold the same class path, or a Go
 * package has several test files), or none when the scan has no file for it.
 */
export function testFilesOf(t: LocatedTest, ix: TestFileIndex): string[] {
  // vitest's JUnit reporter: the classname is the test file's path.
  if (t.file === '' && FILE_CLASSNAME.test(t.className)) return ix.bySuffix.get(withoutExtension(t.className).replace(/^\.\//, '')) ?? [];
  if (t.file === '' && t.className.includes('/')) {
    // A Go package import path: the longest suffix of it that is a scanned package folder.
    for (const s of suffixes(t.className)) {
      const hit = ix.byPackage.get(s);
      if (!hit) continue;
      // The file declaring the test's function; a subtest (TestX/case) is its top-level function's.
      const fn = (t.name ?? '').split('/')[0]!;
      const own = fn === '' ? [] : hit.filter((f) => ix.declares.get(f)?.has(fn));
      return own.length > 0 ? own : hit;
    }
    return [];
  }
  const fromFile = t.file !== '' || (t.className === '' && t.suite.includes('/'));
  // A nested JUnit class (ChargeTest$WhenEmpty) lives in its outer class's file.
  const locator = fromFile ? t.locator : t.locator.replace(/\$[^/]*$/, '');
  for (const k of locatorKeys(locator, fromFile)) {
    // An absolute locator (a runner's work directory) matches by its suffixes, longest first; a
    // relative one as it is (it may itself be a suffix of the repository path).
    const keys = k.key.startsWith('/') ? suffixes(k.key).filter((s) => s.includes('/')) : [k.key];
    for (const key of keys) {
      const hit = ix.bySuffix.get(key);
      if (hit) return hit;
    }
  }
  return [];
}

/** Rows of code_reach as a model reads them: test file → reached file, fewest hops. */
export interface ReachRow {
  test_file: string;
  file: string;
  hops: number;
}

/**
 * The repository's test files in code_reach whose rows were last seen within `activeDays` of `asOf`.
 * A scan describes the code's structure as it is; first_seen is not required to be before a change,
 * or a repository scanned from today on would have no training signal on its history (train.ts).
 */
export async function scannedTestFiles(client: ClickHouseClient, repo: string, asOf: string, activeDays: number): Promise<string[]> {
  const rs = await client.query({
    query: `SELECT DISTINCT test_file FROM code_reach
            WHERE repo = {repo:String} AND last_seen >= {asOf:DateTime64(3, 'UTC')} - INTERVAL {activeDays:UInt32} DAY
            ORDER BY test_file`,
    query_params: { repo, asOf, activeDays },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.risk.reach.testFiles' },
  });
  return (await rs.json<{ test_file: string }>()).map((r) => r.test_file);
}

/**
 * Test file → the test functions it declares (code_tests, 0040), from scans last seen within
 * `activeDays` of `asOf`, as scannedTestFiles reads code_reach.
 */
export async function scannedTestNames(client: ClickHouseClient, repo: string, asOf: string, activeDays: number): Promise<Map<string, string[]>> {
  const rs = await client.query({
    query: `SELECT test_file, groupArray(name) AS names FROM (
              SELECT test_file, name, max(last_seen) AS ls FROM code_tests
              WHERE repo = {repo:String}
              GROUP BY test_file, name
              HAVING ls >= {asOf:DateTime64(3, 'UTC')} - INTERVAL {activeDays:UInt32} DAY
            )
            GROUP BY test_file ORDER BY test_file`,
    query_params: { repo, asOf, activeDays },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.risk.reach.testNames' },
  });
  return new Map((await rs.json<{ test_file: string; names: string[] }>()).map((r) => [r.test_file, r.names] as const));
}
