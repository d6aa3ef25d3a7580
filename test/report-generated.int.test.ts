import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunFailureSummary } from '../models/report/run-summary.ts';
import { parseWeek } from '../models/report/week.ts';
import type { WeeklyReport } from '../models/report/weekly.ts';
import { DEFAULT_OPTIONS, generateHistory } from '../tools/history/generate.ts';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

// The weekly report and run summaries on a history from the generator (tools/history), shaped like
// real Surefire, pytest and Jest output, checked against its ground truth (failure-causes.jsonl:
// the cause of every failed execution, planted by the generator).

let app: FastifyInstance;
const repo = uniqueRepo('weekly-gen');
const WEEK = '2025-W03'; // the generator starts on Monday 2025-01-06: two whole weeks
type Manifest = { runId: string; attempt: number; branch: string; commit: string; startedAt: string; reports: string[] };
type Cause = { runId: string; attempt: number; cause: 'flaky' | 'regression' | 'infrastructure' };
let manifest: Manifest[];
let causes: Cause[];

beforeAll(async () => {
  app = await testApp();
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-weekly-gen-'));
  await generateHistory({ ...DEFAULT_OPTIONS, out: dir, days: 14, tests: 150, files: 60, commitsPerDay: 10, seed: 7, repo });
  manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  causes = readFileSync(join(dir, 'failure-causes.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const m of manifest) {
    for (const r of m.reports) {
      const q = new URLSearchParams({ repo, branch: m.branch, commit: m.commit, runId: m.runId, attempt: String(m.attempt), startedAt: m.startedAt, fileName: r });
      const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: readFileSync(join(dir, r)), headers: { 'content-type': 'application/xml' } });
      expect(res.statusCode, res.body).toBe(201);
    }
  }
}, 600_000);
afterAll(async () => app.close());

const key = (x: { runId: string; attempt: number }) => `${x.runId}/${x.attempt}`;
type Classes = { product: number; flaky: number; infrastructure: number };
const classesOf = (cs: Cause[]): Classes => {
  const n = { product: 0, flaky: 0, infrastructure: 0 };
  for (const c of cs) n[c.cause === 'regression' ? 'product' : c.cause]++;
  return n;
};
// The classifier is a model, not an oracle: a class may be off by a few verdicts when its rules change.
// On this seed it matches the truth exactly (product 6, flaky 24, infrastructure 626 in 2025-W03).
const near = (got: number | null, want: number) => expect(Math.abs((got ?? -1) - want)).toBeLessThanOrEqual(Math.max(2, 0.05 * want));

function truthOf(label: string) {
  const w = parseWeek(label);
  const attempts = manifest.filter((m) => new Date(m.startedAt) >= w.start && new Date(m.startedAt) < w.end && m.reports.length > 0);
  const keys = new Set(attempts.map(key));
  const weekCauses = causes.filter((c) => keys.has(key(c)));
  return { attempts, causes: weekCauses, classes: classesOf(weekCauses), flakyAttempts: new Set(weekCauses.filter((c) => c.cause === 'flaky').map(key)).size };
}

describe('weekly report on a generated history', () => {
  it('counts each week’s run attempts and failures by class as the generator planted them', async () => {
    const res = await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=${WEEK}` });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as WeeklyReport;
    for (const [t, pick] of [[truthOf(WEEK), 'value'], [truthOf('2025-W02'), 'previous']] as const) {
      expect(r.runAttempts[pick]).toBe(t.attempts.length);
      expect(r.failures.total[pick]).toBe(t.causes.length);
      near(r.failures.product[pick], t.classes.product);
      near(r.failures.flaky[pick], t.classes.flaky);
      near(r.failures.infrastructure[pick], t.classes.infrastructure);
      expect(Math.abs(r.flakyRunShare[pick]! - t.flakyAttempts / t.attempts.length)).toBeLessThanOrEqual(0.05);
    }
  });

  it('summarises every run attempt of the week with its failures in their planted classes', async () => {
    const t = truthOf(WEEK);
    let off = 0;
    for (const a of t.attempts) {
      const res = await app.inject({ url: `/v1/runs/${encodeURIComponent(a.runId)}/summary?repo=${encodeURIComponent(repo)}&attempt=${a.attempt}` });
      expect(res.statusCode, res.body).toBe(200);
      const s = res.json() as RunFailureSummary;
      expect(s).toMatchObject({ runId: a.runId, attempt: a.attempt, commit: a.commit, branch: a.branch });
      const want = classesOf(t.causes.filter((c) => key(c) === key(a)));
      const got = (gs: RunFailureSummary['real']) => gs.reduce((n, g) => n + g.failures, 0);
      expect(got(s.real) + got(s.flaky) + got(s.infrastructure)).toBe(want.product + want.flaky + want.infrastructure);
      off += Math.abs(got(s.real) - want.product) + Math.abs(got(s.flaky) - want.flaky) + Math.abs(got(s.infrastructure) - want.infrastructure);
    }
    expect(off).toBeLessThanOrEqual(Math.max(4, 0.05 * t.causes.length));
  }, 120_000);
});
