import { Command, Option } from 'commander';
import { qualifiedTestName } from '../../ingestion/test-identity.ts';
import { serverOption } from './server-client.ts';
import { detectCi, resolveFields, type CiEnv } from './ci-env/index.ts';
import { isJvmTest, javaMethod, JS, pytestNodeId, shellArg, stripRoot } from './select.ts';
import { callServer } from './server-client.ts';

// `signalhouse quarantined --format vitest|jest|pytest|junit-filter`: the tests the service advises to
// quarantine (GET /v1/tests/quarantined: flaky, not yet released by SIGNALHOUSE_QUARANTINE_RELEASE_PASSES
// clean passes), printed as the runner's own exclude filter, one argument per line for xargs:
//
//   signalhouse quarantined --format vitest | xargs npx vitest run
//   signalhouse quarantined --format jest   | xargs npx jest
//   signalhouse quarantined --format pytest | xargs pytest
//   mvn test -Dtest="$(signalhouse quarantined --format junit-filter)" -Dsurefire.failIfNoSpecifiedTests=false
//
// vitest and jest take a test-name regex (-t / --testNamePattern) matched against a test's full name —
// its describe blocks and title joined by spaces — so quarantined names are excluded by a negative
// lookahead (jest matches it case-insensitively). Vitest's JUnit reporter writes that full name with
// " > " between the parts, jest-junit (default templates) with spaces. pytest deselects node ids (--deselect); Surefire excludes with "!".
// Printing nothing means nothing to skip. Quarantined tests still run where the filter is not used,
// and the service keeps judging them: release needs clean passes.

export const EXCLUDE_FORMATS = ['list', 'vitest', 'jest', 'pytest', 'junit-filter'] as const;
export type ExcludeFormat = (typeof EXCLUDE_FORMATS)[number];

export interface QuarantinedTest {
  testId: string;
  suite: string;
  className: string;
  name: string;
  file: string;
  score: number;
  reason: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A vitest or jest test: vitest's JUnit reporter names the file in classname; jest-junit's default
 * templates write no file but the same full name as classname and name.
 */
function isJsTest(t: QuarantinedTest): boolean {
  return [t.file, t.suite, t.className].some((p) => JS.test(p)) || (t.className !== '' && t.className === t.name);
}

/** The full name the runners match -t against: vitest reports "a > b > c", jest-junit " c" at top level. */
const runnerFullName = (t: QuarantinedTest) => t.name.split(' > ').join(' ').trim();

/** The arguments that make the runner skip these tests (empty: nothing to skip). */
export function excludeFilter(tests: QuarantinedTest[], format: ExcludeFormat, root?: string): string[] {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
  switch (format) {
    case 'list':
      return tests.map((t) => qualifiedTestName(t.suite, t.className, t.name));
    case 'vitest':
    case 'jest': {
      const names = uniq(tests.filter(isJsTest).map(runnerFullName));
      if (names.length === 0) return [];
      // Anchored: a test whose full name only contains a quarantined one still runs.
      return ['--testNamePattern', shellArg(`^(?!(?:${names.map(escapeRegex).join('|')})$)`)];
    }
    case 'pytest':
      return uniq(tests.map(pytestNodeId)).flatMap((id) => ['--deselect', shellArg(stripRoot(id, root))]);
    case 'junit-filter': {
      const byClass = new Map<string, Set<string>>();
      for (const t of tests) {
        if (!isJvmTest(t) || isJsTest(t)) continue;
        byClass.set(t.className, (byClass.get(t.className) ?? new Set()).add(javaMethod(t.name)));
      }
      if (byClass.size === 0) return [];
      return [[...byClass].map(([cls, m]) => `!${cls}#${[...m].join('+')}`).join(',')];
    }
  }
}

export function registerQuarantinedCommand(program: Command, env: CiEnv): void {
  program
    .command('quarantined')
    .description("print the quarantined tests as the test runner's exclude filter, so CI skips them without code changes")
    .option('--repo <repo>', 'repository, e.g. acme/shop (default in CI: detected)')
    .option('--window <window>', 'history to judge flakiness on, e.g. 30d', '30d')
    .addOption(new Option('--format <format>', 'output').choices(EXCLUDE_FORMATS).default('list'))
    .option('--root <dir>', 'print pytest paths relative to this folder of the repository (where the runner runs)')
    .addOption(serverOption())
    .option('--json', 'print the service’s answer as JSON')
    .action(async (o: { repo?: string; window: string; format: ExcludeFormat; root?: string; server: string; json?: boolean }) => {
      const { repo } = resolveFields({ repo: o.repo }, detectCi(env), ['repo']);
      const q = new URLSearchParams({ repo, window: o.window });
      const { body } = await callServer<{ tests: QuarantinedTest[] }>(o.server, `v1/tests/quarantined?${q}`, { method: 'GET', what: 'quarantined' });
      if (o.json) {
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return;
      }
      const lines = excludeFilter(body.tests, o.format, o.root);
      process.stderr.write(
        body.tests.length === 0
          ? `signalhouse: no quarantined tests in ${repo}: nothing to skip\n`
          : lines.length === 0
            ? `signalhouse: none of the ${body.tests.length} quarantined test(s) is a ${o.format} test: nothing to skip\n`
            : `signalhouse: ${body.tests.length} quarantined test(s) in ${repo}\n`,
      );
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    });
}
