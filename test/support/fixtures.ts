import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import type { StatusCounts } from '../../ingestion/junit/parse.ts';

// Real JUnit reports from ../shared/fixtures (see its README) and test/fixtures/junit-real, and their
// expected counts.

// CI lays a copy of shared/ beside the clone; SIGNALHOUSE_SHARED_DIR points elsewhere when needed.
export const SHARED_JUNIT = `${process.env.SIGNALHOUSE_SHARED_DIR ?? fileURLToPath(new URL('../../../shared', import.meta.url))}/fixtures/junit/`;
export const LOCAL_FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const REAL_JUNIT = `${LOCAL_FIXTURES}junit-real/`;

/** Counts in a NAME.expected.json beside NAME.xml (see the shared fixtures' README). */
export interface ExpectedCounts {
  suites: number;
  runs: number;
  runs_succ: number;
  runs_fail: number;
  runs_error: number;
  runs_skip: number;
  tests: number;
  tests_succ: number;
  tests_fail: number;
  tests_error: number;
  tests_skip: number;
}

/** A parse or an upload answer's counts, in the shape of an expected.json. */
export function countsOf(r: { suites: number; testCases: StatusCounts; tests: StatusCounts }): ExpectedCounts {
  // The expected.json files call test case elements `runs` (their publisher's word); we say testCases.
  return {
    suites: r.suites,
    runs: r.testCases.total,
    runs_succ: r.testCases.passed,
    runs_fail: r.testCases.failed,
    runs_error: r.testCases.errored,
    runs_skip: r.testCases.skipped,
    tests: r.tests.total,
    tests_succ: r.tests.passed,
    tests_fail: r.tests.failed,
    tests_error: r.tests.errored,
    tests_skip: r.tests.skipped,
  };
}

/** Every report below `dir` (a path ending in /) that has an expected.json, with its counts. */
export function junitFixturesWithExpectations(dir = SHARED_JUNIT): { file: string; path: string; expected: ExpectedCounts }[] {
  return globSync('**/*.expected.json', { cwd: dir })
    .sort()
    .map((e) => {
      const file = e.replace(/\.expected\.json$/, '.xml');
      return {
        file,
        path: `${dir}${file}`,
        expected: JSON.parse(readFileSync(`${dir}${e}`, 'utf8')) as ExpectedCounts,
      };
    })
    .filter((f) => existsSync(f.path));
}
