import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

// Real JUnit reports from ../shared/fixtures (see its README) and their expected counts.

// CI lays a copy of shared/ beside the clone; SIGNALHOUSE_SHARED_DIR points elsewhere when needed.
export const SHARED_JUNIT = `${process.env.SIGNALHOUSE_SHARED_DIR ?? fileURLToPath(new URL('../../../shared', import.meta.url))}/fixtures/junit/`;
export const LOCAL_FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface ExpectedCounts {
  suites: number;
  runs: number;
  runs_succ: number;
  runs_fail: number;
  runs_error: number;
  runs_skip: number;
}

export function junitFixturesWithExpectations(): { file: string; path: string; expected: ExpectedCounts }[] {
  return globSync('**/*.expected.json', { cwd: SHARED_JUNIT })
    .sort()
    .map((e) => {
      const file = e.replace(/\.expected\.json$/, '.xml');
      return {
        file,
        path: `${SHARED_JUNIT}${file}`,
        expected: JSON.parse(readFileSync(`${SHARED_JUNIT}${e}`, 'utf8')) as ExpectedCounts,
      };
    })
    .filter((f) => existsSync(f.path));
}
