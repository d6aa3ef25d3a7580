// Repository layouts (`--layout`): where source and test files live and how the runners name them.
//
// `monorepo` is the generator's original polyglot repository (Maven services, Python ML jobs, a Jest
// web app; naming in runners.ts), kept draw for draw so a seed gives the same history as before. The
// other layouts are single-language repositories shaped like real ones:
// - beside:   src/<area>/rounding.ts + src/<area>/rounding.test.ts (Jest);
// - mirrored: src/<area>/rounding.ts, tests in test/<area>/…, most named after a behaviour rather than
//             a source file (test/invoicing/TotalsTest.test.ts covering src/invoicing/rounding.ts);
// - maven:    a Maven reactor, <area>/src/main/java/com/acme/<area>/X.java ↔
//             <area>/src/test/java/com/acme/<area>/XTest.java (Surefire);
// - go:       pkg/<area>/x.go ↔ pkg/<area>/x_test.go, reported by go-junit-report (classname = import
//             path); a package's tests are compiled with every file of the package;
// - python:   pkg/<area>/x.py ↔ tests/<area>/test_x.py (pytest, classname tests.<area>.test_x).
// Every layout keeps the same dependency graph shape (codebase.ts): shared utilities fanning out to
// many tests, cross-area imports, so a regression can break tests that share no name with its file.

import type { Rng } from './prng.ts';
import {
  pascal,
  RUNNERS,
  RUNNER_IDS,
  snake,
  sourceFileFor as monorepoSource,
  testFileFor as monorepoTest,
  type RunnerId,
  type SourceNaming,
  type TestFileNaming,
} from './runners.ts';
import { JAVA_ROLES, MODULES, PYTHON_ROLES, TS_ROLES, type ModuleSpec } from './vocabulary.ts';

export const LAYOUTS = ['monorepo', 'beside', 'mirrored', 'maven', 'go', 'python'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The Go module path every package import path starts with. */
export const GO_MODULE = 'github.com/acme/shop';

export interface LayoutSpec {
  id: Layout;
  /** Runners in report order. */
  runners: readonly RunnerId[];
  modules: readonly ModuleSpec[];
  buildFile(runner: RunnerId): string;
  /** Share of the files and tests written for this runner. */
  share(runner: RunnerId): number;
  roles(runner: RunnerId): readonly string[];
  sourceFileFor(module: ModuleSpec, word: string, role: string, copy: number): SourceNaming;
  /** `taken`: paths already used, for layouts whose test file names are not derived from one source. */
  testFileFor(module: ModuleSpec, subject: SourceNaming, integration: boolean, classBased: boolean, rng: Rng, taken: (path: string) => boolean): TestFileNaming;
  /**
   * How many other files of its module a test exercises, on average (Poisson mean), besides its
   * subject. Go: more, since a package's files call each other without imports; but not every file
   * of the package — `go test` compiles the whole package, yet a behaviour regression in stock.go
   * breaks the tests that run its code (stock_test.go, and what calls through it), not all of them.
   */
  moduleCalls: number;
}

/**
 * Mean number of other module files a test exercises (LayoutSpec.moduleCalls); Go's package files call
 * each other without imports, so a Go test reaches more of its package.
 */
const MODULE_CALLS = 1.3;
const GO_MODULE_CALLS = 2.5;

const GO_ROLES = ['', '_handler', '_store', '_client', '_service', '_types', '_worker', '_cache', '_validator', '_codec'] as const;

/** What mirrored tests are named after when not after their subject: behaviours and flows. */
const BEHAVIOURS = [
  'Totals', 'Rounding', 'Lifecycle', 'Permissions', 'Validation', 'Persistence', 'Regressions', 'EdgeCases',
  'Smoke', 'Sync', 'Migration', 'Defaults', 'Errors', 'Limits', 'Workflow', 'Contract', 'Rendering',
  'Navigation', 'Concurrency', 'Happy Path', 'Checkout Flow', 'Refunds', 'Currency', 'Reconciliation',
] as const;
const BEHAVIOUR_SUFFIXES = ['', '', 'Test', 'Spec', 'Flow', 'Scenarios'] as const;

function roleFor(runner: RunnerId): readonly string[] {
  switch (runner) {
    case 'surefire':
      return JAVA_ROLES;
    case 'pytest':
      return PYTHON_ROLES;
    case 'jest':
      return TS_ROLES;
    case 'gotest':
      return GO_ROLES;
  }
}

/** TypeScript file stem and extension, as the monorepo's web app names them. */
function tsSource(module: ModuleSpec, word: string, role: string, copy: number, root: string): SourceNaming {
  const web = monorepoSource({ ...module, runner: 'jest' }, word, role, copy);
  const file = web.path.slice(web.path.lastIndexOf('/') + 1);
  return { path: `${root}/${module.name}/${file}`, symbol: web.symbol, stem: web.stem };
}

function tsExt(subject: SourceNaming): string {
  return subject.path.endsWith('.tsx') ? 'tsx' : 'ts';
}

function words(s: string): string[] {
  return snake(s).split('_').filter((w) => w !== '');
}

/**
 * A mirrored test file's name: after its subject 40% of the time, else after a behaviour or another
 * noun of the area that shares no word with the subject (what path and stem matching cannot see).
 */
function mirroredName(module: ModuleSpec, subject: SourceNaming, integration: boolean, rng: Rng, taken: (path: string) => boolean): string {
  const path = (name: string) => `test/${module.name}/${name}${integration ? '.int' : ''}.test.${tsExt(subject)}`;
  const subjectWords = new Set(words(subject.stem));
  if (!rng.chance(0.4)) {
    const nouns = [...BEHAVIOURS, ...module.words.map((w) => pascal(w))];
    for (let k = 0; k < 8; k++) {
      const name = pascal(`${rng.pick(nouns)} ${rng.pick(BEHAVIOUR_SUFFIXES)}`);
      if (words(name).some((w) => subjectWords.has(w))) continue;
      if (!taken(path(name))) return path(name);
    }
  }
  let name = subject.stem;
  for (let n = 2; taken(path(name)); n++) name = `${subject.stem}${n}`;
  return path(name);
}

function singleLanguage(id: Exclude<Layout, 'monorepo'>, runner: RunnerId, buildFile: string, naming: Pick<LayoutSpec, 'sourceFileFor' | 'testFileFor'>): LayoutSpec {
  return {
    id,
    runners: [runner],
    modules: MODULES.map((m) => ({ ...m, runner })),
    buildFile: () => buildFile,
    share: () => 1,
    roles: roleFor,
    moduleCalls: runner === 'gotest' ? GO_MODULE_CALLS : MODULE_CALLS,
    ...naming,
  };
}

const jestTest = (path: string, scope: string): TestFileNaming => ({ path, suite: path, className: '', scope });

export const LAYOUT_SPECS: Record<Layout, LayoutSpec> = {
  monorepo: {
    id: 'monorepo',
    runners: RUNNER_IDS,
    modules: MODULES,
    buildFile: (r) => RUNNERS[r].buildFile,
    share: (r) => RUNNERS[r].share,
    roles: roleFor,
    moduleCalls: MODULE_CALLS,
    sourceFileFor: monorepoSource,
    testFileFor: (module, subject, integration, classBased) => monorepoTest(module, subject, integration, classBased),
  },
  beside: singleLanguage('beside', 'jest', 'package.json', {
    sourceFileFor: (m, word, role, copy) => tsSource(m, word, role, copy, 'src'),
    testFileFor: (m, subject, integration) =>
      jestTest(`src/${m.name}/${subject.stem}${integration ? '.int' : ''}.test.${tsExt(subject)}`, subject.stem),
  }),
  mirrored: singleLanguage('mirrored', 'jest', 'package.json', {
    sourceFileFor: (m, word, role, copy) => tsSource(m, word, role, copy, 'src'),
    testFileFor: (m, subject, integration, _classBased, rng, taken) => {
      const path = mirroredName(m, subject, integration, rng, taken);
      const name = path.slice(path.lastIndexOf('/') + 1).replace(/(\.int)?\.test\.tsx?$/, '');
      return jestTest(path, name.replace(/([a-z])([A-Z])/g, '$1 $2'));
    },
  }),
  maven: singleLanguage('maven', 'surefire', 'pom.xml', {
    sourceFileFor: (m, word, role, copy) => {
      const stem = `${pascal(word)}${role}${copy > 0 ? copy + 1 : ''}`;
      return { path: `${m.name}/src/main/java/com/acme/${m.name}/${stem}.java`, symbol: `com.acme.${m.name}.${stem}`, stem };
    },
    testFileFor: (m, subject, integration) => {
      const cls = `${subject.stem}${integration ? 'IntegrationTest' : 'Test'}`;
      const className = `com.acme.${m.name}.${cls}`;
      return { path: `${m.name}/src/test/java/com/acme/${m.name}/${cls}.java`, suite: className, className, scope: cls };
    },
  }),
  go: singleLanguage('go', 'gotest', 'go.mod', {
    sourceFileFor: (m, word, role, copy) => {
      const stem = `${snake(word)}${role}${copy > 0 ? copy + 1 : ''}`;
      return { path: `pkg/${m.name}/${stem}.go`, symbol: `${GO_MODULE}/pkg/${m.name}`, stem };
    },
    testFileFor: (m, subject, integration) => {
      // go-junit-report: one suite per package, and the package import path as every test's classname.
      const pkg = `${GO_MODULE}/pkg/${m.name}`;
      return { path: `pkg/${m.name}/${subject.stem}${integration ? '_integration' : ''}_test.go`, suite: pkg, className: pkg, scope: pascal(subject.stem) };
    },
  }),
  python: singleLanguage('python', 'pytest', 'pyproject.toml', {
    sourceFileFor: (m, word, role, copy) => {
      const stem = `${snake(word)}${role}${copy > 0 ? copy + 1 : ''}`;
      return { path: `pkg/${m.name}/${stem}.py`, symbol: `pkg.${m.name}.${stem}`, stem };
    },
    testFileFor: (m, subject, integration, classBased) => {
      const stem = `test_${subject.stem}${integration ? '_integration' : ''}`;
      const scope = classBased ? `Test${pascal(subject.stem)}` : '';
      // pytest's classname: the test module's dotted path from the rootdir, plus the class if any.
      const className = `tests.${m.name}.${stem}${scope ? `.${scope}` : ''}`;
      return { path: `tests/${m.name}/${stem}.py`, suite: 'pytest', className, scope };
    },
  }),
};

export function layoutSpec(layout: Layout): LayoutSpec {
  return LAYOUT_SPECS[layout];
}
