import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CI } from './support/ci-env.ts';
import { LOCAL_FIXTURES } from './support/fixtures.ts';
import { runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// `signalhouse upload imports` end to end: the CLI scans a real checkout (attrs' excerpt, made a git
// repository), the started service computes and stores the reach, GET /v1/imports/reach reads it.

let service: ServiceProcess;
let checkout: string;
let head: string;

beforeAll(async () => {
  service = await startServiceProcess();
  checkout = mkdtempSync(join(tmpdir(), 'signalhouse-imports-'));
  cpSync(`${LOCAL_FIXTURES}imports-real/python-attrs`, checkout, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: checkout, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'attrs excerpt');
  head = git('rev-parse', 'HEAD');
});
afterAll(async () => {
  await service?.stop();
  if (checkout) rmSync(checkout, { recursive: true, force: true });
});

async function reach(repo: string, testFile: string): Promise<Record<string, number>> {
  const res = await fetch(`${service.url}/v1/imports/reach?${new URLSearchParams({ repo, testFile })}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { reach: { file: string; hops: number }[] };
  return Object.fromEntries(body.reach.map((r) => [r.file, r.hops]));
}

describe('signalhouse upload imports against a started service', () => {
  it('with no flags in GitHub Actions, from a subfolder: scans the whole checkout and stores its reach', async () => {
    const repo = uniqueRepo('cli-imports');
    const env = { ...NO_CI, SIGNALHOUSE_URL: service.url, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: repo, GITHUB_SHA: head };
    const r = await runCli(['upload', 'imports', '--json'], env, join(checkout, 'tests'));
    expect(r.code, r.stderr).toBe(0);
    const answer = JSON.parse(r.stdout);
    // 13 Python files of the excerpt; tests/test_funcs.py, strategies.py, utils.py are test files.
    expect(answer).toMatchObject({ repo, commit: head, files: 13, testFiles: 3 });
    // Paths are the repository's, not the subfolder's.
    expect(await reach(repo, 'tests/test_funcs.py')).toEqual({
      'src/attr/__init__.py': 1, 'src/attr/_compat.py': 1, 'src/attr/exceptions.py': 1, 'src/attr/validators.py': 1,
      'tests/conftest.py': 1, 'tests/strategies.py': 1,
      'src/attr/_config.py': 2, 'src/attr/_funcs.py': 2, 'src/attr/converters.py': 2, 'tests/utils.py': 2,
    });
    const byFile = await fetch(`${service.url}/v1/imports/reach?${new URLSearchParams({ repo, file: 'src/attr/_funcs.py' })}`);
    expect(((await byFile.json()) as { reach: { testFile: string }[] }).reach.map((x) => x.testFile)).toEqual(['tests/strategies.py', 'tests/test_funcs.py', 'tests/utils.py']);
    expect(answer.reachRows).toBeGreaterThanOrEqual(10);
  });

  it('outside CI and git: --repo and --root; the commit stays empty', async () => {
    const repo = uniqueRepo('cli-imports-root');
    const plain = mkdtempSync(join(tmpdir(), 'signalhouse-imports-plain-'));
    try {
      cpSync(`${LOCAL_FIXTURES}imports-real/go-chi`, plain, { recursive: true });
      const r = await runCli(['upload', 'imports', '--repo', repo, '--root', plain], { ...NO_CI, SIGNALHOUSE_URL: service.url }, tmpdir());
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^imports of ${repo}: 10 file\\(s\\), 2 test file\\(s\\) declaring 9 test\\(s\\), \\d+ \\(test file, reached file\\) pair\\(s\\) stored`));
      // strip_test.go names chi.NewRouter (chi.go, which names Mux: mux.go one further) and StripSlashes… (strip.go).
      expect(await reach(repo, 'middleware/strip_test.go')).toMatchObject({ 'chi.go': 1, 'mux.go': 2, 'middleware/strip.go': 1 });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('fails with a message and exit 1 for a missing root, a checkout without sources, or no repository', async () => {
    const env = { ...NO_CI, SIGNALHOUSE_URL: service.url };
    const missing = await runCli(['upload', 'imports', '--repo', 'a/b', '--root', join(checkout, 'nope')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--root .*nope: not a folder/);
    const empty = mkdtempSync(join(tmpdir(), 'signalhouse-imports-empty-'));
    const none = await runCli(['upload', 'imports', '--repo', 'a/b', '--root', empty], env);
    rmSync(empty, { recursive: true, force: true });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no TypeScript, JavaScript, Python, Go, Java or Kotlin files found — nothing was uploaded/);
    const noRepo = await runCli(['upload', 'imports', '--root', checkout], env, tmpdir());
    expect(noRepo.code).toBe(1);
    expect(noRepo.stderr).toMatch(/missing --repo/);
  });
});
