import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// Safe by default, as `npm start` runs: open on loopback only; beyond it, auth or an explicit opt-out.
// And tokens end to end through the CLI (SIGNALHOUSE_TOKEN), as a CI job uses them.

const started: ServiceProcess[] = [];
afterAll(async () => Promise.all(started.map((s) => s.stop())));

async function start(env: Record<string, string>): Promise<ServiceProcess> {
  const s = await startServiceProcess(env);
  started.push(s);
  return s;
}

describe('listening beyond loopback', () => {
  it('refuses to start without auth, saying how to set it up', async () => {
    const err = await startServiceProcess({ HOST: '0.0.0.0' }).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(err).toMatch(/exited with 2/);
    expect(err).toMatch(/refusing to listen on 0\.0\.0\.0 without authentication/);
    expect(err).toMatch(/SIGNALHOUSE_ADMIN_TOKEN/);
    expect(err).toMatch(/SIGNALHOUSE_AUTH=off/);
  });

  it('starts open with SIGNALHOUSE_AUTH=off, and logs a warning', async () => {
    const s = await start({ HOST: '0.0.0.0', SIGNALHOUSE_AUTH: 'off' });
    expect(s.logs()).toMatch(/SIGNALHOUSE_AUTH=off: anyone who can reach this address/);
    expect((await fetch(`${s.url}/v1/runs?repo=acme/x`)).status).not.toBe(401);
  });

  it('starts with a bootstrap admin token; the CLI creates, uses and revokes tokens with SIGNALHOUSE_TOKEN', async () => {
    const admin = randomBytes(24).toString('hex');
    const s = await start({ HOST: '0.0.0.0', SIGNALHOUSE_ADMIN_TOKEN: admin });
    const repo = uniqueRepo('acme');
    const env = { SIGNALHOUSE_URL: s.url };

    const created = await runCli(['token', 'create', '--scope', 'ingest', '--scope', 'read', '--repo', 'acme/*', '--name', 'ci', '--json'], { ...env, SIGNALHOUSE_TOKEN: admin });
    expect(created.code, created.stderr).toBe(0);
    const { id, token } = JSON.parse(created.stdout) as { id: string; token: string };

    const upload = ['upload', 'junit', `${SHARED_JUNIT}jest/jest-junit.xml`, '--repo', repo, '--branch', 'main', '--commit', 'abc'];
    const anonymous = await runCli(upload, env);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/401.*needs a token.*SIGNALHOUSE_TOKEN/);
    const withToken = await runCli(upload, { ...env, SIGNALHOUSE_TOKEN: token });
    expect(withToken.code, withToken.stderr).toBe(0);
    const flaky = await runCli(['flaky', '--repo', repo, '--json'], { ...env, SIGNALHOUSE_TOKEN: token });
    expect(flaky.code, flaky.stderr).toBe(0);

    const badScope = await runCli(['token', 'create', '--scope', 'write', '--repo', '*'], { ...env, SIGNALHOUSE_TOKEN: admin });
    expect(badScope.code).not.toBe(0);
    expect(badScope.stderr).toMatch(/must be one of ingest, read, admin/);

    const list = await runCli(['token', 'list'], { ...env, SIGNALHOUSE_TOKEN: admin });
    expect(list.stdout).toMatch(new RegExp(`${id}\\s+live\\s+ingest,read\\s+acme/\\*\\s+\\(ci\\)`));
    expect(list.stdout).not.toContain(token);
    expect((await runCli(['token', 'revoke', id], { ...env, SIGNALHOUSE_TOKEN: admin })).code).toBe(0);
    const revoked = await runCli(upload, { ...env, SIGNALHOUSE_TOKEN: token });
    expect(revoked.code).toBe(1);
    expect(revoked.stderr).toMatch(/401.*unknown or revoked token/);
    expect(s.logs()).not.toContain(token);
    expect(s.logs()).not.toContain(admin);
  });
});
