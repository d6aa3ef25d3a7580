import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { REPO_ROOT, runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// The CLI's read commands and their rough edges, run as CI runs them (bin/signalhouse.js in a child
// process) against a started service, whose log is asked to be readable (LOG_FORMAT=pretty).

let service: ServiceProcess;
const repo = uniqueRepo('cli-reports');
const timingId = junitTestId(repo, 'com.acme.CartTest', 'com.acme.CartTest', 'timing');
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { SIGNALHOUSE_URL: service.url, ...env });

beforeAll(async () => {
  service = await startServiceProcess({ LOG_FORMAT: 'pretty' });
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-cli-reports-'));
  // CartTest.timing fails, then passes when CI re-runs the same commit: flaky. Another class has a
  // test of the same name, so the bare name `timing` is ambiguous.
  const report = (failing: boolean) =>
    `<testsuites><testsuite name="com.acme.CartTest"><testcase classname="com.acme.CartTest" name="totals"/>` +
    `<testcase classname="com.acme.CartTest" name="timing">${failing ? '<failure message="took 5003 ms">slow</failure>' : ''}</testcase></testsuite>` +
    `<testsuite name="com.acme.ClockTest"><testcase classname="com.acme.ClockTest" name="timing"/></testsuite></testsuites>`;
  writeFileSync(join(dir, 'red.xml'), report(true));
  writeFileSync(join(dir, 'green.xml'), report(false));
  const common = ['--repo', repo, '--branch', 'main', '--commit', 'c1', '--run-id', 'r1'];
  for (const [file, attempt] of [['red.xml', '1'], ['green.xml', '2']] as const) {
    const r = await cli(['upload', 'junit', join(dir, file), ...common, '--attempt', attempt]);
    expect(r.code, r.stderr).toBe(0);
  }
});
afterAll(async () => service?.stop());

describe('signalhouse read commands', () => {
  it('names a --server without a scheme, from the option or the environment', async () => {
    const opt = await cli(['flaky', '--repo', repo, '--server', 'localhost:15001']);
    expect(opt.code).not.toBe(0);
    expect(opt.stderr).toContain('"localhost:15001" is not an http(s) URL; give the scheme, e.g. http://localhost:15001');
    expect(opt.stderr).not.toMatch(/TypeError|Invalid URL/);
    const env = await runCli(['flaky', '--repo', repo], { SIGNALHOUSE_URL: 'localhost:15001' });
    expect(env.code).not.toBe(0);
    expect(env.stderr).toMatch(/from env 'SIGNALHOUSE_URL' is invalid\. "localhost:15001" is not an http\(s\) URL/);
  });

  it('stops quietly when the reader of its output goes away (| head -1)', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/signalhouse.js'), 'flaky', '--repo', repo, '--json', '--server', service.url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader is gone before the first write: that write fails with EPIPE
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  it('says a mistyped repository has no data, names the closest one, and exits non-zero', async () => {
    const typo = repo.slice(0, -1);
    const r = await cli(['flaky', '--repo', typo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`flaky: the service answered 404: no data for repository "${typo}"; closest known: ${repo}`);
  });

  it('prints test ids in `flaky` and `failures`', async () => {
    const flaky = await cli(['flaky', '--repo', repo]);
    expect(flaky.stdout).toContain(`com.acme.CartTest.timing  (${timingId})`);
    const failures = await cli(['failures', '--repo', repo]);
    expect(failures.code, failures.stderr).toBe(0);
    expect(failures.stdout).toMatch(/^flaky\s+1 failures in 1 test\(s\).*took 5003 ms/);
    expect(failures.stdout).toContain(`e.g. com.acme.CartTest.timing (${timingId})`);
  });

  it('finds a test by qualified name or id prefix, and prints its failure signatures', async () => {
    for (const args of [['com.acme.CartTest.timing', '--repo', repo], [timingId.slice(0, 7)], [timingId]]) {
      const r = await cli(['test', ...args]);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(new RegExp(`^com\\.acme\\.CartTest\\.timing \\(${timingId}\\): flaky, flake rate`));
      expect(lines[1]).toBe('failure signatures (1):');
      expect(lines[2]).toMatch(/^ {2}flaky\s+1 failures in 1 test\(s\), last .*: took 5003 ms$/);
      expect(lines[3]).toContain(`e.g. com.acme.CartTest.timing (${timingId})`);
    }
  });

  it('lists the candidates of an ambiguous name, and says when nothing matches', async () => {
    const both = await cli(['test', 'timing', '--repo', repo]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(`test timing: 2 tests in ${repo} match; give more of the id, the qualified name:`);
    expect(both.stderr).toContain(`${timingId}  ${repo}  com.acme.CartTest.timing`);
    expect(both.stderr).toContain(`${junitTestId(repo, 'com.acme.ClockTest', 'com.acme.ClockTest', 'timing')}  ${repo}  com.acme.ClockTest.timing`);
    const none = await cli(['test', 'com.acme.NoSuchTest.x', '--repo', repo]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`test com.acme.NoSuchTest.x: no test in ${repo} has this id, id prefix, name or qualified name`);
  });

  it('names the accepted forms and values in validation errors', async () => {
    const window = await cli(['flaky', '--repo', repo, '--window', 'forever']);
    expect(window.code).toBe(1);
    expect(window.stderr).toContain('must be like 30d, 2w or 12h');
    expect(window.stderr).not.toMatch(/pattern|\^\[0-9\]/);
    const cls = await cli(['failures', '--repo', repo, '--class', 'infra']);
    expect(cls.code).not.toBe(0);
    expect(cls.stderr).toContain('Allowed choices are product, flaky, infrastructure');
    const api = await fetch(`${service.url}/v1/failures?repo=${encodeURIComponent(repo)}&class=infra`);
    expect(await api.json()).toEqual({ error: 'BAD_REQUEST', message: 'querystring/class must be one of: product, flaky, infrastructure' });
    const id = await fetch(`${service.url}/v1/tests/timing`);
    expect((await id.json()).message).toMatch(/^params\/testId must be a test id: 16 hex digits/);
  });
});

describe('signalhouse select on a thin history', () => {
  it('prints no tests for a runner, says why and what that means, and keeps the change it was given', async () => {
    expect((await fetch(`${service.url}/v1/risk/train?repo=${encodeURIComponent(repo)}`, { method: 'POST' })).status).toBe(200);
    const vitest = await cli(['select', '--repo', repo, '--files', 'src/cart.ts', '--commit', 'c2', '--fraction', '0.25', '--format', 'vitest']);
    expect(vitest.code, vitest.stderr).toBe(0);
    expect(vitest.stdout).toBe('');
    expect(vitest.stderr).toMatch(/selected 3 of 3 tests, that is every test, more than the budget \(25% of the tests\), because 3 new tests/);
    expect(vitest.stderr).toContain('printing no tests: run the whole suite');
    // The change named with --files is stored: the commit alone is enough now.
    const again = await cli(['select', '--repo', repo, '--commit', 'c2', '--fraction', '0.25', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ commit: 'c2', files: 1 });
  });
});

describe('the service log', () => {
  it('is readable lines when asked (LOG_FORMAT=pretty), not JSON', () => {
    const lines = service.logs().split('\n').filter((l) => l.trim() !== '');
    expect(lines.some((l) => /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Server listening at http:\/\/127\.0\.0\.1:\d+$/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('{'))).toEqual([]);
  });
});

describe('npm run eval', () => {
  const evalRun = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tools/eval/run.ts', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });

  it('prints the usage of `flaky --help`, and names an unknown option without a stack', async () => {
    const help = await evalRun(['flaky', '--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run eval -- flaky \[options\]/);
    const bad = await evalRun(['flaky', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("eval flaky: Unknown option '--bogus' (see npm run eval -- flaky --help)\n");
  });
});
