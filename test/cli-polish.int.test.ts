import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CI } from './support/ci-env.ts';
import { REPO_ROOT, runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// `signalhouse --version`, `signalhouse serve` (the service as `npm start` runs it), and upload
// progress: on a terminal (a pseudo-terminal from util-linux `script`), never in a pipe or a CI log.

const BIN = join(REPO_ROOT, 'bin/signalhouse.js');

describe('signalhouse --version and serve', () => {
  it('--version prints the package version and exits 0', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('serve runs the service until SIGTERM, then exits 0', async () => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SIGNALHOUSE_DATA_DIR: mkdtempSync(join(tmpdir(), 'signalhouse-serve-')), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start in 60 s:\n${out}`)), 60_000);
      const check = () => {
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout.on('data', check);
      void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('serve with a bad configuration exits 2 naming the variable', async () => {
    const r = await runCli(['serve'], { PORT: 'not-a-port' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PORT="not-a-port"/);
  });
});

describe('upload progress', () => {
  let service: ServiceProcess;
  let dir: string;
  beforeAll(async () => {
    service = await startServiceProcess();
    dir = mkdtempSync(join(tmpdir(), 'signalhouse-progress-'));
    for (let i = 0; i < 3; i++) {
      writeFileSync(join(dir, `TEST-${i}.xml`), `<testsuite name="S${i}"><testcase classname="com.acme.S${i}" name="t"/></testsuite>`);
    }
  });
  afterAll(async () => service?.stop());

  const args = (repo: string) => ['upload', 'junit', `${dir}/*.xml`, '--repo', repo, '--branch', 'main', '--commit', 'c1', '--server', service.url];

  it('shows files, bytes and test cases on a terminal, and erases the line before the result', () => {
    const repo = uniqueRepo('progress-tty');
    // `script` gives the CLI a pseudo-terminal for stdout and stderr; its typescript goes to stdout.
    const command = [process.execPath, BIN, ...args(repo)].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { env: { ...process.env, ...NO_CI }, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/checking 1\/3 files, 0 test cases: /);
    expect(r.stdout).toMatch(/uploading 1\/3 files \(0 B of \d+ B\), 0 of 3 test cases stored/);
    // The last progress line is erased, then the result is printed.
    expect(r.stdout).toMatch(/\r\x1b\[2Krun cli-[0-9a-f]{16} attempt 1: 3 file\(s\)/);
  });

  it('prints no progress when stderr is not a terminal', async () => {
    const r = await runCli(args(uniqueRepo('progress-pipe')), NO_CI);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^run cli-[0-9a-f]{16} attempt 1: 3 file\(s\)/);
  });
});
