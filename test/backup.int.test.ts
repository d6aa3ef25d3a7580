import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_JUNIT, REAL_JUNIT } from './support/fixtures.ts';
import { runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// Backup and restore of the embedded store, and deleting one repository, as an operator runs them:
// the CLI against started services (one data folder per process is all the embedded engine allows, so
// the restore goes into a second service on a fresh folder).

const services: ServiceProcess[] = [];
afterAll(async () => Promise.all(services.map((s) => s.stop())));
async function start(): Promise<ServiceProcess> {
  const s = await startServiceProcess();
  services.push(s);
  return s;
}
const json = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('backup, restore, repo deletion', () => {
  it('a backup restored into an empty store answers as the original; a second restore is refused', { timeout: 120_000 }, async () => {
    const a = await start();
    const shop = uniqueRepo('acme');
    const other = uniqueRepo('acme');
    for (const [repo, file, commit] of [
      [shop, `${REAL_JUNIT}surefire/TEST-io.olamy.FlakyTest.xml`, 'c1'],
      [shop, `${REAL_JUNIT}pytest/rerunfailures.xml`, 'c2'],
      [other, `${SHARED_JUNIT}jest/jest-junit.xml`, 'c1'],
    ] as const) {
      const up = await runCli(['upload', 'junit', file, '--repo', repo, '--branch', 'main', '--commit', commit], { SIGNALHOUSE_URL: a.url });
      expect(up.code, up.stderr).toBe(0);
    }
    const out = join(mkdtempSync(join(tmpdir(), 'signalhouse-backup-')), 'store.tar');
    const backup = await runCli(['backup', '--out', out], { SIGNALHOUSE_URL: a.url });
    expect(backup.code, backup.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(10_000);
    expect(readFileSync(out).subarray(257, 262).toString()).toBe('ustar');

    const b = await start();
    const restore = await runCli(['restore', out, '--json'], { SIGNALHOUSE_URL: b.url });
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout).rows).toBeGreaterThan(0);
    for (const path of [`/v1/runs?repo=${shop}`, `/v1/runs?repo=${other}`, `/v1/tests/flaky?repo=${shop}`, `/v1/failures?repo=${shop}`]) {
      expect(await json(b.url + path), path).toEqual(await json(a.url + path));
    }
    const again = await runCli(['restore', out], { SIGNALHOUSE_URL: b.url });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/409.*restore goes into an empty store/);

    // Deleting one repository leaves the other whole.
    const refused = await runCli(['repo', 'delete', shop], { SIGNALHOUSE_URL: a.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/add --yes/);
    const otherBefore = await json(`${a.url}/v1/runs?repo=${other}`);
    const deleted = await runCli(['repo', 'delete', shop, '--yes'], { SIGNALHOUSE_URL: a.url });
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toMatch(new RegExp(`deleted \\d+ rows of ${shop} from \\d+ tables`));
    const gone = await json(`${a.url}/v1/runs?repo=${shop}`);
    expect(gone.status === 404 || (gone.body.runs as unknown[]).length === 0, JSON.stringify(gone)).toBe(true);
    expect((await json(`${a.url}/v1/tests/flaky?repo=${shop}`)).body.tests ?? []).toEqual([]);
    expect(await json(`${a.url}/v1/runs?repo=${other}`)).toEqual(otherBefore);
  });
});
