import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CI } from './support/ci-env.ts';
import { LOCAL_FIXTURES, SHARED_JUNIT } from './support/fixtures.ts';
import { runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

let service: ServiceProcess;
let reports: string;

beforeAll(async () => {
  service = await startServiceProcess();
  reports = mkdtempSync(join(tmpdir(), 'signalhouse-reports-'));
  cpSync(`${SHARED_JUNIT}pytest`, join(reports, 'pytest'), { recursive: true });
  cpSync(`${LOCAL_FIXTURES}surefire-reruns.xml`, join(reports, 'surefire', 'TEST-ChargeTest.xml'));
});
afterAll(async () => service?.stop());

async function runs(repo: string) {
  const res = await fetch(`${service.url}/v1/runs?repo=${encodeURIComponent(repo)}`);
  return (await res.json()) as { runs: { runId: string; runs: Record<string, number> }[] };
}

describe('signalhouse upload junit against a started service', () => {
  it('uploads several globs as one run and prints the counts as JSON', async () => {
    const repo = uniqueRepo('cli');
    const args = ['upload', 'junit', `${reports}/pytest/junit.*.xml`, `${reports}/surefire/*.xml`,
      '--repo', repo, '--branch', 'main', '--commit', '3f2a9c1', '--run-id', 'gh-101', '--json'];
    const r = await runCli(args, { SIGNALHOUSE_URL: service.url });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // junit.fail (5) + gloo.elastic (14) + mpi.standalone (97) + spark.integration.1 (35) + surefire (4)
    expect(out).toMatchObject({
      runId: 'gh-101',
      suites: 5,
      runs: { total: 155, passed: 144, failed: 2, errored: 1, skipped: 8 },
    });
    expect(out.files).toHaveLength(5);
    const listed = await runs(repo);
    expect(listed.runs).toHaveLength(1);
    expect(listed.runs[0]!.runs).toEqual({ total: 155, passed: 144, failed: 2, errored: 1, skipped: 8 });

    // The same command again stores nothing new.
    const again = await runCli(args, { SIGNALHOUSE_URL: service.url });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).files.every((f: { duplicate: boolean }) => f.duplicate)).toBe(true);
    expect((await runs(repo)).runs[0]!.runs.total).toBe(155);
  });

  it('refuses a corrupt file, names it, exits non-zero, and uploads nothing of the run', async () => {
    const repo = uniqueRepo('cli-bad');
    const r = await runCli(
      ['upload', 'junit', `${reports}/pytest/*.xml`, '--repo', repo, '--branch', 'main', '--commit', 'c', '--server', service.url],
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/corrupt-xml\.xml: not well-formed XML: 11:21/);
    expect(r.stderr).toMatch(/nothing was uploaded/);
    // Nothing of the run was stored: the repository is still unknown.
    expect((await fetch(`${service.url}/v1/runs?repo=${encodeURIComponent(repo)}`)).status).toBe(404);
  });

  it('says clearly when no file matches, an option is missing, or the service is down', async () => {
    const none = await runCli(['upload', 'junit', 'no/such/*.xml', '--repo', 'a/b', '--branch', 'm', '--commit', 'c', '--server', service.url]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no\/such\/\*\.xml: no file matches/);
    const missing = await runCli(['upload', 'junit', 'x.xml', '--repo', 'a/b'], NO_CI);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing --branch, --commit: no CI detected/);
    const down = await runCli(['upload', 'junit', `${reports}/surefire/*.xml`, '--repo', 'a/b', '--branch', 'm', '--commit', 'c', '--server', 'http://127.0.0.1:9']);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot reach the service at http:\/\/127\.0\.0\.1:9/);
  });

  it('keeps serving after bad uploads', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, store: 'embedded' });
  });
});

describe('signalhouse flaky / failures / test', () => {
  it('reports a test that failed and then passed on the same commit', async () => {
    const repo = uniqueRepo('cli-flaky');
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-flaky-'));
    const report = (failing: boolean) =>
      `<testsuite name="com.acme.CartTest"><testcase classname="com.acme.CartTest" name="totals"/>` +
      `<testcase classname="com.acme.CartTest" name="timing">${failing ? '<failure message="took 5003 ms">slow</failure>' : ''}</testcase></testsuite>`;
    writeFileSync(join(dir, 'red.xml'), report(true));
    writeFileSync(join(dir, 'green.xml'), report(false));
    const common = ['--repo', repo, '--branch', 'main', '--commit', 'c1', '--run-id', 'r1', '--server', service.url];
    expect((await runCli(['upload', 'junit', join(dir, 'red.xml'), ...common, '--attempt', '1'])).code).toBe(0);
    expect((await runCli(['upload', 'junit', join(dir, 'green.xml'), ...common, '--attempt', '2'])).code).toBe(0);

    const flaky = await runCli(['flaky', '--repo', repo, '--json', '--server', service.url]);
    expect(flaky.code, flaky.stderr).toBe(0);
    const tests = JSON.parse(flaky.stdout).tests;
    expect(tests.map((t: { name: string; state: string }) => [t.name, t.state])).toEqual([['timing', 'flaky']]);
    const human = await runCli(['flaky', '--repo', repo, '--server', service.url]);
    expect(human.stdout).toMatch(/flaky .*com\.acme\.CartTest\.timing/);

    const failures = await runCli(['failures', '--repo', repo, '--class', 'flaky', '--server', service.url]);
    expect(failures.stdout).toMatch(/^flaky\s+1 failures in 1 test\(s\).*took 5003 ms/);
    const one = await runCli(['test', tests[0].testId, '--repo', repo, '--server', service.url]);
    expect(one.stdout).toMatch(/com\.acme\.CartTest\.timing \([0-9a-f]{16}\): flaky/);
    const bad = await runCli(['flaky', '--repo', repo, '--window', 'forever', '--server', service.url]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/window/);
  });
});

describe('start-up configuration', () => {
  it('a bad value stops start-up with a message naming the variable', async () => {
    await expect(startServiceProcess({ PORT: 'not-a-port' })).rejects.toThrow(/PORT="not-a-port"/);
  });
});
