import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '../models/report/weekly.ts';
import { dueWeek, repoFolder, startWeeklyReports, writeDueReports } from '../src/report/schedule.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';
import { loadWeeklyHistory } from './support/weekly-history.ts';

// The service's weekly reports (SIGNALHOUSE_WEEKLY_REPORT_DIR / --schedule), with an injected clock:
// due Monday 06:00 UTC for the week before, written once however often it is checked.

let app: FastifyInstance;
let store: Store;
const repo = uniqueRepo('weekly-schedule');

beforeAll(async () => {
  app = await testApp();
  store = await testStore();
  await loadWeeklyHistory(app, store, repo);
}, 120_000);
afterAll(async () => app.close());

describe('weekly report schedule', () => {
  it('makes a week due on the Monday after it, at 06:00 UTC', () => {
    expect(dueWeek(new Date('2026-11-30T05:59:59.999Z')).label).toBe('2026-W47');
    expect(dueWeek(new Date('2026-11-30T06:00:00Z')).label).toBe('2026-W48');
    expect(dueWeek(new Date('2026-12-06T23:59:59Z')).label).toBe('2026-W48');
    expect(dueWeek(new Date('2027-01-04T06:00:00Z')).label).toBe('2026-W53');
  });

  it('keeps every repo folder inside the report folder', () => {
    for (const r of ['../../etc', 'a/../../b', '..', 'acme/./shop', 'a//b']) {
      const rel = relative('/reports', repoFolder('/reports', r));
      expect(rel.startsWith('..'), `${r} → ${rel}`).toBe(false);
      expect(rel).not.toBe('');
    }
    expect(repoFolder('/reports', 'acme/shop')).toBe('/reports/acme/shop');
  });

  it('writes the week before at Monday 06:00, in every format, and never twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-weekly-'));
    const folder = repoFolder(dir, repo);
    const at = (iso: string) => () => new Date(iso);
    const opts = { client: store.client, dir, releaseAfterPasses: 50 };

    // Sunday night and Monday before 06:00: W48 is not due; W47 is (this repo had runs then).
    expect(await writeDueReports({ ...opts, now: at('2026-11-30T05:59:00Z') })).toContain(folder);
    expect(existsSync(join(folder, '2026-W47.json'))).toBe(true);
    expect(existsSync(join(folder, '2026-W48.json'))).toBe(false);

    expect(await writeDueReports({ ...opts, now: at('2026-11-30T06:00:00Z') })).toContain(folder);
    const json = JSON.parse(readFileSync(join(folder, '2026-W48.json'), 'utf8')) as WeeklyReport;
    expect(json).toMatchObject({ repo, week: '2026-W48', generatedAt: '2026-11-30T06:00:00.000Z' });
    expect(json.failures.total.value).toBe(6);
    // The files say what the API says for that week.
    const api = (await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W48&format=md` })).body;
    const withoutStamp = (s: string) => s.replace(/^Generated .*$/m, '');
    expect(withoutStamp(readFileSync(join(folder, '2026-W48.md'), 'utf8'))).toBe(withoutStamp(api));
    expect(readFileSync(join(folder, '2026-W48.html'), 'utf8')).toContain('<svg');

    // Checked again later that Monday (or after a restart): nothing is rewritten.
    const mtime = statSync(join(folder, '2026-W48.html')).mtimeMs;
    expect(await writeDueReports({ ...opts, now: at('2026-11-30T09:30:00Z') })).not.toContain(folder);
    expect(statSync(join(folder, '2026-W48.html')).mtimeMs).toBe(mtime);
  }, 120_000);

  it('runs on its own in the service: checks, writes when due, stops cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-weekly-'));
    const schedule = startWeeklyReports({ client: store.client, dir, releaseAfterPasses: 50, now: () => new Date('2026-12-07T06:00:00Z'), checkEveryMs: 50 });
    const file = join(repoFolder(dir, repo), '2026-W49.json');
    for (let i = 0; i < 600 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    await schedule.stop();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ repo, week: '2026-W49' });
  }, 120_000);
});
