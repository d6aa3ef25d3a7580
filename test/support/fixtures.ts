import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

// Real JUnit reports from ../shared/fixtures (see its README) and their expected counts.

export const SHARED_JUNIT = fileURLToPath(new URL('../../../shared/fixtures/junit/', import.meta.url));
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
