// The synthetic code base: source files in modules, test files covering them, test cases, and the
// file → test dependency graph that regressions propagate through.
//
// Shape, taken from how real monorepos look:
// - module sizes and per-file churn are skewed (a few hot files get most commits);
// - every test depends on its own test file, its subject, the runner's build file, a few files of its
//   module, and some shared utilities chosen by a Zipf law, so a handful of utilities fan out to most
//   tests of their language (the files whose change "breaks everything");
// - Java modules publish a protobuf schema that their tests, and a few Python tests, depend on;
// - about one test file in ten is an integration test: slower, more often flaky, hit by outages.

import { qualifiedTestName, testIdOf } from '../../ingestion/test-identity.ts';
import { LAYOUT_SPECS, type LayoutSpec } from './layouts.ts';
import { Rng, WeightedPicker, zipfWeights } from './prng.ts';
import { RUNNERS, testCaseNameFor, type ParamCase, type RunnerId, type SourceNaming, type TestFileNaming } from './runners.ts';
import {
  JAVA_PARAM_SIGNATURES,
  PARAM_IDS,
  SKIP_REASONS,
  TEST_OBJECTS,
  TEST_QUALIFIERS,
  TEST_VERBS,
  type ModuleSpec,
} from './vocabulary.ts';

export type FileKind = 'source' | 'test' | 'build' | 'schema';

export interface RepoFile {
  index: number;
  path: string;
  kind: FileKind;
  /** Module name; '' for repository-level files (build files, schemas). */
  module: string;
  runner: RunnerId | null;
  symbol: string;
  stem: string;
  /** Relative chance of being touched by a commit (heavy-tailed: hot files). */
  churn: number;
}

export interface ModuleInfo {
  spec: ModuleSpec;
  sourceFiles: number[];
  testFiles: number[];
  /** The module's protobuf schema (Java service modules only). */
  schemaFile: number | null;
}

export interface TestFile {
  index: number;
  /** Index into Codebase.files. */
  file: number;
  runner: RunnerId;
  module: string;
  subject: number;
  naming: TestFileNaming;
  integration: boolean;
  tests: number[];
}

export interface TestCase {
  index: number;
  runner: RunnerId;
  suite: string;
  className: string;
  name: string;
  qualifiedName: string;
  testId: string;
  testFile: number;
  /** Repository path of the test file. */
  path: string;
  module: string;
  method: string;
  /** Line of the test in its file, used in stack traces. */
  line: number;
  /** Repository file indices, ascending; includes the test's own file. */
  dependsOn: number[];
  medianMs: number;
  integration: boolean;
  skipReason: string | null;
  /** False for tests that a later commit adds. */
  initiallyPresent: boolean;
}

export interface Codebase {
  repo: string;
  /** The layout's runners, in report order (one report per runner per run attempt). */
  runners: readonly RunnerId[];
  files: RepoFile[];
  modules: ModuleInfo[];
  testFiles: TestFile[];
  tests: TestCase[];
  /** File index → indices of the tests that depend on it. */
  dependents: number[][];
  /** Per runner, test files in report order (by path). */
  reportOrder: Record<RunnerId, number[]>;
  buildFiles: Partial<Record<RunnerId, number>>;
}

export interface CodebaseOptions {
  repo: string;
  /** Source, schema and build files (test files come on top). */
  files: number;
  /** Tests present when the history starts. */
  tests: number;
  /** Extra tests, as a share of `tests`, that commits add during the history. */
  newTestShare: number;
  /** Where files live and how runners name them (default: the polyglot monorepo). */
  layout?: LayoutSpec;
}

export function buildCodebase(rng: Rng, opts: CodebaseOptions): Codebase {
  const layout = opts.layout ?? LAYOUT_SPECS.monorepo;
  const files: RepoFile[] = [];
  const addFile = (f: Omit<RepoFile, 'index'>): number => {
    files.push({ ...f, index: files.length });
    return files.length - 1;
  };

  const buildFiles: Partial<Record<RunnerId, number>> = {};
  for (const id of layout.runners) {
    const path = layout.buildFile(id);
    buildFiles[id] = addFile({ path, kind: 'build', module: '', runner: id, symbol: path, stem: path, churn: 0.4 });
  }

  const modules: ModuleInfo[] = layout.modules.map((spec) => ({ spec, sourceFiles: [], testFiles: [], schemaFile: null }));
  for (const m of modules) {
    if (m.spec.runner === 'surefire' && !m.spec.shared) {
      const path = `proto/acme/${m.spec.name}/v1/${m.spec.name}.proto`;
      const symbol = `acme.${m.spec.name}.v1`;
      m.schemaFile = addFile({ path, kind: 'schema', module: '', runner: null, symbol, stem: m.spec.name, churn: 0.6 });
    }
  }

  const sourceCount = Math.max(opts.files - files.length, modules.length * 2);
  allocateSourceFiles(rng, layout, modules, sourceCount, addFile);

  const testFiles: TestFile[] = [];
  const tests: TestCase[] = [];
  const totalTests = Math.round(opts.tests * (1 + opts.newTestShare));
  const usedNames = new Set<string>();
  const paths = new Set(files.map((f) => f.path));
  const taken = (path: string): boolean => paths.has(path);
  for (const runner of layout.runners) {
    const runnerModules = modules.filter((m) => m.spec.runner === runner);
    const target = Math.round(totalTests * layout.share(runner));
    const moduleWeights = runnerModules.map((m) => m.sourceFiles.length);
    const modulePicker = new WeightedPicker(moduleWeights);
    const covered = new Set<string>();
    let made = 0;
    let guard = 0;
    while (made < target && guard++ < target * 20) {
      const m = runnerModules[modulePicker.pick(rng)] as ModuleInfo;
      const integration = rng.chance(0.1);
      const subject = rng.pick(m.sourceFiles);
      const key = `${subject}:${integration}`;
      if (covered.has(key)) continue;
      covered.add(key);
      const size = Math.min(target - made, clamp(Math.round(rng.logNormal(6, 0.75)), 1, 60));
      const tf = makeTestFile(rng, layout, taken, opts.repo, files, m, subject, integration, size, testFiles, tests, usedNames, addFile);
      paths.add(files[tf.file]!.path);
      made += tf.tests.length;
    }
  }

  const dependents: number[][] = files.map(() => []);
  for (const tf of testFiles) wireDependencies(rng, layout, tf, files, modules, buildFiles, tests, dependents);
  for (const list of dependents) list.sort((a, b) => a - b);

  markNewTests(rng, testFiles, tests, totalTests - opts.tests);

  const reportOrder: Record<RunnerId, number[]> = { surefire: [], pytest: [], jest: [], gotest: [] };
  for (const id of layout.runners) {
    reportOrder[id] = testFiles
      .filter((tf) => tf.runner === id)
      .sort((a, b) => compareStrings(files[a.file]!.path, files[b.file]!.path))
      .map((tf) => tf.index);
  }
  return { repo: opts.repo, runners: layout.runners, files, modules, testFiles, tests, dependents, reportOrder, buildFiles };
}

type AddFile = (f: Omit<RepoFile, 'index'>) => number;

function allocateSourceFiles(rng: Rng, layout: LayoutSpec, modules: ModuleInfo[], count: number, addFile: AddFile): void {
  for (const runner of layout.runners) {
    const ms = modules.filter((m) => m.spec.runner === runner);
    const runnerCount = Math.max(ms.length * 2, Math.round(count * layout.share(runner)));
    // Shared modules are smaller than the average domain module; domain modules vary log-normally.
    const weights = ms.map((m) => (m.spec.shared ? 0.7 : rng.logNormal(1, 0.45)));
    const total = weights.reduce((a, b) => a + b, 0);
    ms.forEach((m, i) => {
      const n = Math.max(2, Math.round((runnerCount * (weights[i] as number)) / total));
      const roles = layout.roles(runner);
      const combos = rng.shuffle(m.spec.words.flatMap((w) => roles.map((r) => [w, r] as const)));
      for (let k = 0; k < n; k++) {
        const [word, role] = combos[k % combos.length] as readonly [string, string];
        const naming = layout.sourceFileFor(m.spec, word, role, Math.floor(k / combos.length));
        // Churn: Pareto, so some files are edited far more often than others.
        const churn = Math.min(40, rng.pareto(1, 1.3));
        const { path, symbol, stem } = naming;
        m.sourceFiles.push(addFile({ path, kind: 'source', module: m.spec.name, runner, symbol, stem, churn }));
      }
    });
  }
}

function makeTestFile(
  rng: Rng,
  layout: LayoutSpec,
  taken: (path: string) => boolean,
  repo: string,
  files: RepoFile[],
  m: ModuleInfo,
  subject: number,
  integration: boolean,
  size: number,
  testFiles: TestFile[],
  tests: TestCase[],
  usedNames: Set<string>,
  addFile: AddFile,
): TestFile {
  const subjectFile = files[subject]!;
  const subjectNaming: SourceNaming = { path: subjectFile.path, symbol: subjectFile.symbol, stem: subjectFile.stem };
  const runner = m.spec.runner;
  const naming = layout.testFileFor(m.spec, subjectNaming, integration, rng.chance(0.3), rng, taken);
  const symbol = naming.className || naming.suite;
  const file = addFile({ path: naming.path, kind: 'test', module: m.spec.name, runner, symbol, stem: naming.scope, churn: 0.5 });
  const tf: TestFile = { index: testFiles.length, file, runner, module: m.spec.name, subject, naming, integration, tests: [] };
  testFiles.push(tf);
  m.testFiles.push(tf.index);

  const testPrefix = rng.chance(0.35);
  let line = rng.int(14, 40);
  let attempts = 0;
  while (tf.tests.length < size && attempts++ < size * 30) {
    const phrase = testPhrase(rng, subjectFile.stem);
    // Parameterised tests: several cases share one method and one line.
    const params: (ParamCase | null)[] = rng.chance(0.06)
      ? rng.sample(PARAM_IDS, rng.int(2, 4)).map((id, index) => ({ index, id, signature: rng.pick(JAVA_PARAM_SIGNATURES) }))
      : [null];
    const signature = rng.pick(JAVA_PARAM_SIGNATURES);
    for (const p of params) {
      if (tf.tests.length >= size) break;
      const param = p ? { ...p, signature } : null;
      const { name, method } = testCaseNameFor(runner, naming.scope, phrase, param, testPrefix);
      const qualifiedName = qualifiedTestName(naming.suite, naming.className, name);
      if (usedNames.has(qualifiedName)) continue;
      usedNames.add(qualifiedName);
      const profile = RUNNERS[runner];
      let medianMs = rng.logNormal(profile.medianMs, profile.sigma);
      if (integration) medianMs *= rng.logNormal(30, 0.7);
      else if (rng.chance(0.02)) medianMs *= rng.logNormal(60, 0.8); // the odd slow unit test
      const test: TestCase = {
        index: tests.length,
        runner,
        suite: naming.suite,
        className: naming.className,
        name,
        qualifiedName,
        testId: testIdOf(repo, qualifiedName),
        testFile: tf.index,
        path: naming.path,
        module: m.spec.name,
        method,
        line,
        dependsOn: [],
        medianMs: Math.max(0.5, medianMs),
        integration,
        skipReason: rng.chance(0.012) ? rng.pick(SKIP_REASONS) : null,
        initiallyPresent: true,
      };
      tests.push(test);
      tf.tests.push(test.index);
    }
    line += rng.int(6, 28);
  }
  return tf;
}

function testPhrase(rng: Rng, subjectStem: string): string {
  const verb = rng.pick(TEST_VERBS);
  const subject = subjectStem.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  const object = rng.chance(0.2) ? `${subject} ${rng.pick(['total', 'state', 'defaults', 'errors', 'events'])}` : rng.pick(TEST_OBJECTS);
  const qualifier = rng.pick(TEST_QUALIFIERS);
  return [verb, object, qualifier].filter((w) => w !== '').join(' ');
}

function wireDependencies(
  rng: Rng,
  layout: LayoutSpec,
  tf: TestFile,
  files: RepoFile[],
  modules: ModuleInfo[],
  buildFiles: Partial<Record<RunnerId, number>>,
  tests: TestCase[],
  dependents: number[][],
): void {
  const m = modules.find((x) => x.spec.name === tf.module)!;
  const sameRunner = modules.filter((x) => x.spec.runner === tf.runner);
  const shared = sameRunner.find((x) => x.spec.shared);
  const base = new Set<number>([tf.file, tf.subject, buildFiles[tf.runner]!]);
  // Files of the module, Zipf by position: the module's core files are imported most.
  const moduleZipf = new WeightedPicker(zipfWeights(m.sourceFiles.length, 1));
  for (let i = rng.poisson(layout.moduleCalls); i > 0; i--) base.add(m.sourceFiles[moduleZipf.pick(rng)]!);
  if (shared && shared !== m) {
    const sharedZipf = new WeightedPicker(zipfWeights(shared.sourceFiles.length, 1.1));
    for (let i = rng.poisson(1.4); i > 0; i--) base.add(shared.sourceFiles[sharedZipf.pick(rng)]!);
  }
  if (rng.chance(0.15)) {
    const others = sameRunner.filter((x) => x !== m && !x.spec.shared);
    if (others.length > 0) base.add(rng.pick(rng.pick(others).sourceFiles));
  }
  if (m.schemaFile !== null && rng.chance(0.5)) base.add(m.schemaFile);
  if (tf.runner === 'pytest' && rng.chance(0.1)) {
    const schemas = modules.filter((x) => x.schemaFile !== null);
    if (schemas.length > 0) base.add(rng.pick(schemas).schemaFile!);
  }
  for (const t of tf.tests) {
    const deps = new Set(base);
    if (rng.chance(0.3)) deps.add(rng.pick(m.sourceFiles));
    const test = tests[t]!;
    test.dependsOn = [...deps].sort((a, b) => a - b);
    for (const f of test.dependsOn) dependents[f]!.push(t);
  }
}

/**
 * Picks the tests that do not exist yet when the history starts: about a third as whole new test
 * files, the rest as new cases in existing files (how test suites really grow).
 */
function markNewTests(rng: Rng, testFiles: TestFile[], tests: TestCase[], count: number): void {
  let left = count;
  for (const tf of rng.shuffle(testFiles.slice())) {
    if (left <= count * 0.67) break;
    if (tf.tests.length > left) continue;
    for (const t of tf.tests) tests[t]!.initiallyPresent = false;
    left -= tf.tests.length;
  }
  const rest = rng.shuffle(tests.filter((t) => t.initiallyPresent));
  for (const t of rest) {
    if (left <= 0) break;
    t.initiallyPresent = false;
    left--;
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Code-unit order, independent of locale: output must not change with the machine's settings. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
