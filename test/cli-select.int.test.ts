import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNumstat } from '../src/cli/git-diff.ts';
import { formatSelection, pytestNodeId, shellArg, type RiskAnswer } from '../src/cli/select.ts';
import { NO_CI } from './support/ci-env.ts';
import { runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// `signalhouse change`, `upload junit --from-git` and `select` against a started service, in a real
// git repository made in a temporary folder.

let service: ServiceProcess;
let work: string;
let reports: string;

const cli = (args: string[], cwd: string) => runCli(args, { ...NO_CI, SIGNALHOUSE_URL: service.url }, cwd);

const git = (...args: string[]) => execFileSync('git', args, { cwd: work, encoding: 'utf8' }).trim();

function write(path: string, text: string): void {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), text);
}

const CHARGE = 'services/pay/src/main/java/com/acme/pay/ChargeService.java';
const LABEL = 'services/ship/src/main/java/com/acme/ship/LabelService.java';
const ODD = 'docs/ünï cödé "quoted" $(x).md';

/** One CI run's reports: Surefire classes, a jest file, a pytest module. */
function report(failing: Set<string>): string {
  const tc = (cls: string, name: string, extra = '') =>
    failing.has(name)
      ? `<testcase classname="${cls}" name="${name}" time="0.3"${extra}><failure message="expected 42 but was 41" type="AssertionError">expected 42 but was 41</failure></testcase>`
      : `<testcase classname="${cls}" name="${name}" time="0.3"${extra}/>`;
  return `<testsuites>
    <testsuite name="com.acme.pay.ChargeServiceTest">${tc('com.acme.pay.ChargeServiceTest', 'charges')}${tc('com.acme.pay.ChargeServiceTest', 'refunds(String)[1]')}</testsuite>
    <testsuite name="com.acme.ship.LabelServiceTest">${tc('com.acme.ship.LabelServiceTest', 'prints')}</testsuite>
    <testsuite name="web/src/cart/cartStore.test.ts">${tc('', 'cartStore adds an item', ' file="web/src/cart/cartStore.test.ts"')}</testsuite>
    <testsuite name="pytest">${tc('tests.fraud.test_score', 'test_scores[usd-100]')}</testsuite>
  </testsuites>`;
}

beforeAll(async () => {
  service = await startServiceProcess();
  work = mkdtempSync(join(tmpdir(), 'signalhouse-git-'));
  reports = mkdtempSync(join(tmpdir(), 'signalhouse-git-reports-'));
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'CI');
  git('config', 'commit.gpgsign', 'false');
  git('commit', '--quiet', '--allow-empty', '-m', 'root');
});
afterAll(async () => service?.stop());

describe('signalhouse change / upload junit --from-git / select', () => {
  const repo = uniqueRepo('cli-select');

  it('sends a commit’s changes read from git, odd file names included', async () => {
    write(CHARGE, 'class ChargeService {}\n');
    write(LABEL, 'class LabelService {}\n');
    write('web/src/cart/cartStore.ts', 'export const x = 1;\n');
    write(ODD, 'line\nline\n');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'first');
    const r = await cli(['change', '--repo', repo, '--from-git', 'HEAD~1', '--json'], work);
    expect(r.code, r.stderr).toBe(0);
    const head = git('rev-parse', 'HEAD');
    expect(JSON.parse(r.stdout)).toMatchObject({ repo, commit: head, parent: git('rev-parse', 'HEAD~1'), branch: 'main', files: 4, added: 5, removed: 0 });
    const stored = (await (await fetch(`${service.url}/v1/changes?${new URLSearchParams({ repo, commit: head })}`)).json()) as { files: { path: string }[] };
    expect(stored.files.map((f) => f.path)).toContain(ODD);
  });

  it('learns from runs uploaded with their changes, and selects the tests a change needs', async () => {
    // Ten commits; ChargeService breaks `charges` on the 4th (fixed on the 6th).
    for (let i = 1; i <= 10; i++) {
      const touches = i === 4 || i === 6 ? CHARGE : i % 2 ? LABEL : 'web/src/cart/cartStore.ts';
      write(touches, `// change ${i}\n`);
      git('add', '-A');
      git('commit', '--quiet', '-m', `change ${i}`);
      const file = join(reports, `run-${i}.xml`);
      writeFileSync(file, report(new Set(i === 4 || i === 5 ? ['charges'] : [])));
      const sha = git('rev-parse', 'HEAD');
      const r = await cli(
        ['upload', 'junit', file, '--repo', repo, '--branch', 'main', '--commit', sha, '--run-id', `ci-${i}`,
          '--started-at', new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(), '--from-git', 'HEAD~1'],
        work,
      );
      expect(r.code, r.stderr).toBe(0);
    }
    // The change under test: ChargeService and its test, on a branch.
    git('checkout', '--quiet', '-b', 'feature/pay');
    write(CHARGE, '// risky\n'.repeat(30));
    write('services/pay/src/test/java/com/acme/pay/ChargeServiceTest.java', 'class ChargeServiceTest {}\n');
    write('ml/tests/fraud/test_score.py', 'def test_scores(): pass\n');
    write(ODD, 'changed\n');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'risky');

    const filter = await cli(['select', '--repo', repo, '--from-git', 'main', '--fraction', '0.2', '--format', 'junit-filter'], work);
    expect(filter.code, filter.stderr).toBe(0);
    // The changed test class runs whole (it may hold new tests); ChargeServiceTest is the riskiest.
    expect(filter.stdout.trim()).toBe('com.acme.pay.ChargeServiceTest');
    expect(filter.stderr).toMatch(/selected \d+ of 5 tests/);

    // Tests of changed test files always run, even beyond the budget (2 of 5 here).
    const list = await cli(['select', '--repo', repo, '--from-git', 'main', '--fraction', '0.4', '--format', 'list'], work);
    expect(list.code, list.stderr).toBe(0);
    const listed = list.stdout.trim().split('\n');
    expect(listed[0]).toBe('com.acme.pay.ChargeServiceTest.charges');
    expect(listed.slice(1).sort()).toEqual(['com.acme.pay.ChargeServiceTest.refunds(String)[1]', 'tests.fraud.test_score.test_scores[usd-100]']);

    const pytest = await cli(['select', '--repo', repo, '--from-git', 'main', '--fraction', '0.2', '--format', 'pytest', '--root', 'ml'], work);
    expect(pytest.stdout.trim()).toBe('tests/fraud/test_score.py');

    const json = await cli(['select', '--repo', repo, '--from-git', 'main', '--confidence', '0.9', '--json'], work);
    const answer = JSON.parse(json.stdout);
    expect(answer).toMatchObject({ history: true, files: 4, budget: { confidence: 0.9 } });
    const charges = answer.tests.find((t: { name: string }) => t.name === 'charges');
    expect(charges.reasons.map((r: { code: string }) => r.code)).toContain('same');
  });

  it('prints nothing (run everything) and says why when the repository has no history', async () => {
    const r = await cli(['select', '--repo', uniqueRepo('cli-none'), '--from-git', 'main', '--format', 'vitest'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no test history .* run every test/);
  });

  it('fails clearly on a base git does not know, outside a repository, and without a change', async () => {
    const bad = await cli(['select', '--repo', repo, '--from-git', 'no-such-branch'], work);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--from-git no-such-branch: no such commit in the repository/);
    const outside = await cli(['change', '--repo', repo, '--from-git', 'HEAD~1'], tmpdir());
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/is not in a git repository/);
    const none = await cli(['select', '--repo', repo], work);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/name the change/);
    const both = await cli(['select', '--repo', repo, '--fraction', '0.2', '--minutes', '3', '--files', 'a'], work);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toMatch(/cannot be used with/);
  });
});

describe('select output formats', () => {
  const t = (over: Partial<RiskAnswer['tests'][number]>) => ({ testId: 'x', suite: '', className: '', name: 'n', file: '', probability: 0.5, selected: true, always: false, quarantined: false, ...over });
  const answer = (tests: RiskAnswer['tests'], changedTestFiles: string[] = []): RiskAnswer => ({
    history: true,
    message: '',
    riskScore: 0.5,
    selected: { count: tests.length, total: 10, all: false, expectedRecall: 0.9, estimatedMinutes: 1 },
    changedTestFiles,
    tests,
  });

  it('gives each runner what it takes', () => {
    const a = answer(
      [
        t({ className: 'com.acme.ATest', suite: 'com.acme.ATest', name: 'one' }),
        t({ className: 'com.acme.ATest', suite: 'com.acme.ATest', name: 'two(String)[2]' }),
        t({ className: 'com.acme.BTest', suite: 'com.acme.BTest', name: 'three' }),
        t({ suite: 'web/src/a b.test.ts', file: 'web/src/a b.test.ts', name: 'works' }),
        t({ suite: 'pytest', className: 'tests.fraud.test_score.TestScore', name: 'test_x[usd-100]' }),
        t({ suite: 'pytest', className: 'tests.fraud.test_score', name: 'test_y', file: 'ml/tests/fraud/test_score.py' }),
        t({ className: 'com.acme.CTest', name: 'skipped', selected: false }),
      ],
      ['web/src/new.spec.tsx', 'services/x/src/test/java/com/acme/NewTest.java'],
    );
    expect(formatSelection(a, 'junit-filter')).toEqual(['com.acme.ATest#one+two,com.acme.BTest#three,com.acme.NewTest']);
    expect(formatSelection(a, 'vitest')).toEqual(['web/src/a\\ b.test.ts', 'web/src/new.spec.tsx']);
    expect(formatSelection(a, 'jest', 'web')).toEqual(['--runTestsByPath', 'src/a\\ b.test.ts', 'src/new.spec.tsx']);
    expect(formatSelection(a, 'pytest', 'ml')).toEqual(['tests/fraud/test_score.py::TestScore::test_x[usd-100]', 'tests/fraud/test_score.py::test_y']);
    expect(formatSelection(a, 'list')).toEqual([
      'com.acme.ATest.one',
      'com.acme.ATest.two(String)[2]',
      'com.acme.BTest.three',
      'web/src/a b.test.ts.works',
      'tests.fraud.test_score.TestScore.test_x[usd-100]',
      'tests.fraud.test_score.test_y',
    ]);
    expect(pytestNodeId(t({ className: 'com.acme.ATest', name: 'one' }))).toBeNull();
    expect(shellArg(`it's "a" \\ b`)).toBe(`it\\'s\\ \\"a\\"\\ \\\\\\ b`);
  });

  it('parses git numstat output with binary files and odd names', () => {
    expect(parseNumstat('3\t1\ta b/c.ts\0-\t-\timg.png\0' + '0\t2\tü "q".md\0')).toEqual([
      { path: 'a b/c.ts', added: 3, removed: 1 },
      { path: 'img.png', added: 0, removed: 0 },
      { path: 'ü "q".md', added: 0, removed: 2 },
    ]);
  });
});
