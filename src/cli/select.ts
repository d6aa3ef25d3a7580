import { Command, InvalidArgumentError, Option } from 'commander';
import { qualifiedTestName } from '../../ingestion/test-identity.ts';
import type { RiskTest } from '../../models/risk/engine.ts';
import { collectFiles, resolveChange, resolveChangeFromCiBase, type ChangeInput, type ResolvedChange } from './change.ts';
import { detectCi, resolveFields, type CiEnv } from './ci-env/index.ts';
import { callServer, CliError, serverOption } from './server-client.ts';

// `signalhouse select --repo R --commit C [--from-git BASE] --confidence 0.95 --format vitest`: asks
// the service which tests a change needs (POST /v1/risk) and prints exactly what the CI job passes to
// its test runner, one argument per line (backslash-escaped when a path has spaces or quotes), e.g.
//
//   signalhouse select … --format vitest | xargs npx vitest run
//   signalhouse select … --format jest   | xargs npx jest
//   signalhouse select … --format pytest | xargs pytest
//   mvn test -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$(signalhouse select … --format junit-filter)"
//
// Printing nothing means "run everything": with no history, when every test is selected, or when no
// selected test belongs to the runner. Each of those is said on stderr.

export const FORMATS = ['list', 'vitest', 'jest', 'pytest', 'junit-filter'] as const;
export type Format = (typeof FORMATS)[number];

/** The fields of a risk answer's test that the runner formats read (the answer is models/risk's RiskTest). */
export type RiskAnswerTest = Pick<
  RiskTest,
  'testId' | 'suite' | 'className' | 'name' | 'file' | 'probability' | 'selected' | 'always' | 'quarantined'
>;

export interface RiskAnswer {
  history: boolean;
  message: string;
  riskScore: number;
  selected: { count: number; total: number; all: boolean; expectedRecall: number; estimatedMinutes: number };
  changedTestFiles: string[];
  tests: RiskAnswerTest[];
}

export const JS = /\.[cm]?[jt]sx?$/;
export const PY = /\.py$/;

/** Escapes for xargs (and is a no-op for ordinary paths, so `$(…)` works too). */
export function shellArg(s: string): string {
  return s.replace(/[\s'"\\]/g, (c) => `\\${c}`);
}

export function stripRoot(path: string, root: string | undefined): string {
  if (!root) return path;
  const r = root.replace(/\/+$/, '') + '/';
  return path.startsWith(r) ? path.slice(r.length) : path;
}

function jsFile(t: RiskAnswerTest): string | null {
  for (const p of [t.file, t.suite]) if (JS.test(p)) return p;
  return null;
}

/** pytest node id: file::Class::name, the file from the report or from the dotted class name. */
export function pytestNodeId(t: Pick<RiskAnswerTest, 'suite' | 'className' | 'name' | 'file'>): string | null {
  const parts = t.className.split('.').filter((p) => p !== '');
  if (PY.test(t.file)) {
    const module = t.file.split('/').pop()!.replace(PY, '');
    const at = parts.lastIndexOf(module);
    return [t.file, ...(at >= 0 ? parts.slice(at + 1) : []), t.name].join('::');
  }
  if (t.file !== '' || parts.length === 0) return null;
  let module = -1;
  for (let i = parts.length - 1; i >= 0; i--) {
    if (/^test_|_test$/.test(parts[i]!)) {
      module = i;
      break;
    }
  }
  if (module < 0 && t.suite !== 'pytest') return null;
  if (module < 0) module = parts.length - 1;
  return [`${parts.slice(0, module + 1).join('/')}.py`, ...parts.slice(module + 1), t.name].join('::');
}

/** JUnit Platform/Surefire method name: the name without its parameter list or invocation index. */
export function javaMethod(name: string): string {
  return name.replace(/[([].*$/, '');
}

/** A test Surefire/Gradle can name as Class#method: it has a class and is neither JS nor pytest. */
export function isJvmTest(t: Pick<RiskAnswerTest, 'suite' | 'className' | 'name' | 'file'>): boolean {
  return t.className !== '' && !JS.test(t.file) && !PY.test(t.file) && pytestNodeId(t) === null;
}

function javaClassFromPath(path: string): string | null {
  const m = /(?:^|\/)src\/test\/(?:java|kotlin|scala|groovy)\/(.+)\.(?:java|kt|scala|groovy)$/.exec(path);
  return m ? m[1]!.replace(/\//g, '.') : null;
}

/** The lines a CI job passes to its runner (empty: run everything). */
export function formatSelection(a: RiskAnswer, format: Format, root?: string): string[] {
  const selected = a.tests.filter((t) => t.selected);
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
  switch (format) {
    case 'list':
      return selected.map((t) => qualifiedTestName(t.suite, t.className, t.name));
    case 'vitest':
    case 'jest': {
      const files = uniq([...selected.map(jsFile), ...a.changedTestFiles.filter((f) => JS.test(f))]).map((f) => shellArg(stripRoot(f, root)));
      return files.length === 0 ? [] : format === 'jest' ? ['--runTestsByPath', ...files] : files;
    }
    case 'pytest': {
      // A changed test file runs whole (it may hold new tests), so its node ids are not repeated.
      const whole = a.changedTestFiles.filter((f) => PY.test(f)).map((f) => stripRoot(f, root));
      const ids = uniq(selected.map(pytestNodeId)).map((id) => stripRoot(id, root));
      return uniq([...ids.filter((id) => !whole.includes(id.split('::')[0]!)), ...whole]).map(shellArg);
    }
    case 'junit-filter': {
      const byClass = new Map<string, Set<string> | null>();
      for (const t of selected) {
        if (!isJvmTest(t)) continue;
        const methods = byClass.get(t.className);
        if (methods === null) continue;
        byClass.set(t.className, (methods ?? new Set()).add(javaMethod(t.name)));
      }
      // A changed test class runs whole: it may hold new tests the service has not seen.
      for (const f of a.changedTestFiles) {
        const cls = javaClassFromPath(f);
        if (cls) byClass.set(cls, null);
      }
      if (byClass.size === 0) return [];
      return [[...byClass].map(([cls, m]) => (m ? `${cls}#${[...m].join('+')}` : cls)).join(',')];
    }
  }
}

function fraction(v: string): number {
  const n = Number(v);
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('must be a number above 0 and at most 1');
  return n;
}

function positive(v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError('must be a number above 0');
  return n;
}

/**
 * Prints no test, and says on stderr why and what that means: `… | xargs npx vitest run` then runs
 * the runner without arguments, which is the whole suite (docs/selection.md).
 */
function runEverything(why: string): void {
  process.stderr.write(
    `signalhouse: ${why}\n` +
      'signalhouse: printing no tests: run the whole suite (a runner given no test arguments, as `| xargs npx vitest run` then does, runs every test)\n',
  );
}

export function registerSelectCommand(program: Command, env: CiEnv = {}): void {
  program
    .command('select')
    .description('print the tests a change needs, ready for the test runner (risk-based test selection)')
    .option('--repo <repo>', 'repository, e.g. acme/shop (default in CI: detected)')
    .option('--commit <sha>', 'the commit (sent before with `signalhouse change`, or with --from-git / --files; default in CI: detected)')
    .option('--parent <sha>', 'its parent commit')
    .option('--branch <branch>', 'branch (default in CI: detected)')
    .option('--files <paths>', 'changed files, comma-separated (repeatable)', collectFiles)
    .option('--from-git <base>', 'read the changed files from `git diff <base>...<commit>` in the current repository (default in a pull request build: its target branch)')
    .addOption(new Option('--confidence <share>', 'select until this expected share of failing tests is found').argParser(fraction).conflicts(['fraction', 'minutes']))
    .addOption(new Option('--fraction <share>', 'select this share of the tests').argParser(fraction).conflicts(['minutes']))
    .addOption(new Option('--minutes <n>', 'select tests that fit this much CI time').argParser(positive))
    .addOption(new Option('--format <format>', 'output').choices(FORMATS).default('list'))
    .option('--root <dir>', 'print paths relative to this folder of the repository (where the runner runs)')
    .addOption(serverOption())
    .option('--json', 'print the service’s whole answer as JSON')
    .action(
      async (o: ChangeInput & {
        confidence?: number;
        fraction?: number;
        minutes?: number;
        format: Format;
        root?: string;
        server: string;
        json?: boolean;
      }) => {
        // In CI the repo, commit and branch default to what the provider says (ci-env/).
        const ci = detectCi(env);
        const run = resolveFields({ repo: o.repo, commit: o.commit, branch: o.branch }, ci, ['repo']);
        o = { ...o, repo: run.repo, branch: run.branch, ciCommit: o.commit ? undefined : run.commit };
        // A runner needs names only; --json shows the reasons of the top tests too.
        const body: Record<string, unknown> = { repo: o.repo, limit: 0, reasons: o.json ? 200 : 0 };
        let change: ResolvedChange | null = o.files || o.fromGit ? await resolveChange(o) : null;
        if (!change && ci?.base) {
          // A pull request build: its diff against the target branch, when git has both; else the
          // commit alone (known to the service if `change` or `upload --from-git` sent it).
          change = await resolveChangeFromCiBase(o, ci.base).catch((e: unknown) => {
            if (!(e instanceof CliError)) throw e;
            process.stderr.write(`signalhouse: ${e.message}; asking about commit ${o.commit ?? o.ciCommit ?? '?'} alone\n`);
            return null;
          });
        }
        if (change) {
          Object.assign(body, { commit: change.commit, files: change.files });
          if (change.parent) body.parent = change.parent;
          if (change.branch) body.branch = change.branch;
        } else if (o.commit ?? o.ciCommit) {
          Object.assign(body, { commit: o.commit ?? o.ciCommit, ...(o.parent ? { parent: o.parent } : {}), ...(o.branch ? { branch: o.branch } : {}) });
        } else {
          throw new CliError('name the change: --commit (sent before), --files or --from-git');
        }
        body.budget = o.fraction !== undefined ? { fraction: o.fraction } : o.minutes !== undefined ? { minutes: o.minutes } : { confidence: o.confidence ?? 0.95 };
        const { body: answer } = await callServer<RiskAnswer>(o.server, 'v1/risk', {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
          what: 'select',
        });
        if (o.json) {
          process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
          return;
        }
        if (!answer.history) return runEverything(answer.message);
        if (answer.selected.all && o.format !== 'list') {
          return runEverything(answer.message || `every test is selected (${answer.selected.total})`);
        }
        const lines = formatSelection(answer, o.format, o.root);
        process.stderr.write(
          `signalhouse: risk ${(answer.riskScore * 100).toFixed(1)}%; selected ${answer.selected.count} of ${answer.selected.total} tests ` +
            `(expected to find ${(answer.selected.expectedRecall * 100).toFixed(1)}% of real failures, ~${answer.selected.estimatedMinutes} min)\n` +
            (answer.message ? `signalhouse: ${answer.message}\n` : ''),
        );
        if (lines.length === 0 && o.format !== 'list') return runEverything(`no ${o.format} test among the ${answer.selected.count} selected`);
        if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
      },
    );
}
