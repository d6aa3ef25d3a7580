// How each test runner names files, suites, classes and test cases, so the reports look like what
// Maven Surefire (JUnit 5), pytest (junit_family=xunit2) and jest-junit really write. The identity
// fields (suite, classname, name) differ on purpose: they exercise every branch of the test identity
// rule in ingestion/test-identity.ts. `gotest` is `go test -json` turned into JUnit by go-junit-report
// (one <testsuite> per package, classname = the package's import path); the single-language layouts
// (layouts.ts) use it.

import type { ModuleSpec } from './vocabulary.ts';

export type RunnerId = 'surefire' | 'pytest' | 'jest' | 'gotest';
/** The monorepo layout's runners, in report order. */
export const RUNNER_IDS: readonly RunnerId[] = ['surefire', 'pytest', 'jest'];

export interface RunnerProfile {
  id: RunnerId;
  /** Re-executions of a failing test inside one report (Surefire's rerunFailingTestsCount). */
  inRunRetries: number;
  /** Typical unit-test duration (log-normal median and sigma). */
  medianMs: number;
  sigma: number;
  /** Parallel workers (forkCount, pytest-xdist -n, jest --maxWorkers): wall time = test time / workers. */
  workers: number;
  /** The build file every test of the runner depends on. */
  buildFile: string;
  /** Share of the code base's files and tests written in this runner's language. */
  share: number;
}

export const RUNNERS: Record<RunnerId, RunnerProfile> = {
  surefire: { id: 'surefire', inRunRetries: 2, medianMs: 45, sigma: 1.1, workers: 4, buildFile: 'pom.xml', share: 0.5 },
  pytest: { id: 'pytest', inRunRetries: 0, medianMs: 25, sigma: 1.2, workers: 4, buildFile: 'ml/pyproject.toml', share: 0.2 },
  jest: { id: 'jest', inRunRetries: 0, medianMs: 9, sigma: 1.0, workers: 4, buildFile: 'web/package.json', share: 0.3 },
  gotest: { id: 'gotest', inRunRetries: 0, medianMs: 3, sigma: 1.3, workers: 4, buildFile: 'go.mod', share: 1 },
};

export interface SourceNaming {
  path: string;
  /** What stack traces print: Java class FQN, Python module path, TS file stem. */
  symbol: string;
  stem: string;
}

export interface TestFileNaming {
  path: string;
  suite: string;
  className: string;
  /** Jest describe block / pytest class, used in names and stack frames. */
  scope: string;
}

/** Source naming of the monorepo layout; other layouts name their files in layouts.ts. */
export function sourceFileFor(module: ModuleSpec, word: string, role: string, copy: number): SourceNaming {
  const suffix = copy > 0 ? String(copy + 1) : '';
  switch (module.runner) {
    case 'surefire': {
      const stem = `${pascal(word)}${role}${suffix}`;
      const path = `${javaRoot(module)}/src/main/java/com/acme/${module.name}/${stem}.java`;
      return { path, symbol: `com.acme.${module.name}.${stem}`, stem };
    }
    case 'pytest': {
      const stem = `${snake(word)}${role}${suffix}`;
      return { path: `ml/${module.name}/${stem}.py`, symbol: `${module.name}.${stem}`, stem };
    }
    case 'jest': {
      const component = role === 'Form' || role === 'Page' || role === 'List' || role === 'Card';
      const stem =
        role === 'use'
          ? `use${pascal(word)}${suffix}`
          : component
            ? `${pascal(word)}${role}${suffix}`
            : `${camel(word)}${role}${suffix}`;
      return { path: `web/src/${module.name}/${stem}.${component ? 'tsx' : 'ts'}`, symbol: stem, stem };
    }
    case 'gotest':
      throw new Error('the monorepo layout has no Go module');
  }
}

export function testFileFor(
  module: ModuleSpec,
  subject: SourceNaming,
  integration: boolean,
  classBased: boolean,
): TestFileNaming {
  switch (module.runner) {
    case 'surefire': {
      const cls = `${subject.stem}${integration ? 'IntegrationTest' : 'Test'}`;
      const className = `com.acme.${module.name}.${cls}`;
      // Surefire names each <testsuite> after its class.
      const path = `${javaRoot(module)}/src/test/java/com/acme/${module.name}/${cls}.java`;
      return { path, suite: className, className, scope: cls };
    }
    case 'pytest': {
      const stem = `test_${subject.stem}${integration ? '_integration' : ''}`;
      const scope = classBased ? `Test${pascal(subject.stem)}` : '';
      // pytest's classname is the dotted module path relative to rootdir (ml/), plus the class if any;
      // every suite is called "pytest".
      const className = `tests.${module.name}.${stem}${scope ? `.${scope}` : ''}`;
      return { path: `ml/tests/${module.name}/${stem}.py`, suite: 'pytest', className, scope };
    }
    case 'jest': {
      const ext = subject.path.endsWith('.tsx') ? 'tsx' : 'ts';
      const path = `web/src/${module.name}/${subject.stem}${integration ? '.int' : ''}.test.${ext}`;
      // jest-junit configured with classNameTemplate "" and suiteNameTemplate "{filepath}".
      return { path, suite: path, className: '', scope: subject.stem };
    }
    case 'gotest':
      throw new Error('the monorepo layout has no Go module');
  }
}

export interface TestCaseNaming {
  name: string;
  /** The function a stack frame names: Java method, Python function; '' for Jest's anonymous callbacks. */
  method: string;
}

export interface ParamCase {
  index: number;
  id: string;
  signature: string;
}

/** `testPrefix`: some teams write testRejectsX(), others rejectsX(); decided per test file. */
export function testCaseNameFor(
  runner: RunnerId,
  scope: string,
  phrase: string,
  param: ParamCase | null,
  testPrefix: boolean,
): TestCaseNaming {
  switch (runner) {
    case 'surefire': {
      const method = testPrefix ? `test${pascal(phrase)}` : camel(phrase);
      return { name: param ? `${method}${param.signature}[${param.index + 1}]` : method, method };
    }
    case 'pytest': {
      const method = `test_${snake(phrase)}`;
      return { name: param ? `${method}[${param.id}]` : method, method };
    }
    case 'jest':
      return { name: `${scope} ${phrase}${param ? ` (${param.id})` : ''}`, method: '' };
    case 'gotest': {
      // Go test functions: TestChargeService_RejectsNegativeAmount or TestRejectsNegativeAmount;
      // table-driven cases are subtests, which go-junit-report names Test.../case.
      const method = testPrefix ? `Test${pascal(phrase)}` : `Test${scope}_${pascal(phrase)}`;
      return { name: param ? `${method}/${param.id.replace(/ /g, '_')}` : method, method };
    }
  }
}

function javaRoot(module: ModuleSpec): string {
  return module.shared ? `libs/${module.name}` : `services/${module.name}`;
}

function words(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

export function pascal(s: string): string {
  return words(s)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export function camel(s: string): string {
  const p = pascal(s);
  return p.charAt(0).toLowerCase() + p.slice(1);
}

export function snake(s: string): string {
  return words(s).join('_');
}
