import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metric, WeeklyReport } from '../models/report/weekly.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';
import { expectedWeek, loadWeeklyHistory, testId } from './support/weekly-history.ts';

// The weekly report on a purpose-built history whose every number is known by construction
// (test/support/weekly-history.ts): each metric of 2026-W48, the week before it, and their deltas.

let app: FastifyInstance;
const repo = uniqueRepo('weekly');
let report: WeeklyReport;

beforeAll(async () => {
  app = await testApp();
  await loadWeeklyHistory(app, await testStore(), repo);
  // The risk selections go through the batch writer: wait until they are stored.
  for (let i = 0; i < 100; i++) {
    const res = await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W48` });
    expect(res.statusCode, res.body).toBe(200);
    report = res.json();
    if (report.selection.changes.value === 2) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);
afterAll(async () => app.close());

const cur = expectedWeek('2026-W48');
const prev = expectedWeek('2026-W47');

function expectMetric(m: Metric, value: number | null, previous: number | null, digits = 3): void {
  for (const [got, want] of [[m.value, value], [m.previous, previous]] as const) {
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, digits);
  }
  if (value === null || previous === null) expect(m.delta).toBeNull();
  else expect(m.delta).toBeCloseTo(value - previous, digits);
}

describe('weekly reliability report (2026-W48, known history)', () => {
  it('names the ISO week, its UTC bounds and the week it is compared with', () => {
    expect(report).toMatchObject({ repo, week: '2026-W48', from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', previousWeek: '2026-W47' });
  });

  it('counts failed executions by class, with signal to noise and infrastructure share', () => {
    expect(cur.failures).toEqual({ product: 3, flaky: 2, infrastructure: 1, total: 6 }); // the plan itself, as a sanity check
    expectMetric(report.failures.product, cur.failures.product, prev.failures.product);
    expectMetric(report.failures.flaky, cur.failures.flaky, prev.failures.flaky);
    expectMetric(report.failures.infrastructure, cur.failures.infrastructure, prev.failures.infrastructure);
    expectMetric(report.failures.total, cur.failures.total, prev.failures.total);
    expectMetric(report.failures.signalToNoise, cur.signalToNoise, prev.signalToNoise);
    expectMetric(report.infrastructureShare, cur.infrastructureShare, prev.infrastructureShare);
  });

  it('measures flakiness: flaky tests at the week end, share of run attempts with a flaky failure, re-run minutes', () => {
    expectMetric(report.flakyTests, cur.flakyTests, prev.flakyTests);
    expectMetric(report.runAttempts, cur.runAttempts, prev.runAttempts);
    expectMetric(report.flakyRunShare, cur.flakyRunShare, prev.flakyRunShare);
    expectMetric(report.rerunMinutes, cur.rerunMinutes, prev.rerunMinutes, 1);
    expect(report.topFlakyTests.map((t) => t.testId)).toEqual(cur.flakyTestNames.map((n) => testId(repo, n)));
    expect(report.topFlakyTests[0]).toMatchObject({ name: 'timing', failedRuns: 2, reruns: 1 });
    expect(report.topFlakyTests[0]!.rerunMinutes).toBeCloseTo(cur.rerunMinutes, 1);
  });

  it('measures feedback latency p50/p90 from first sighting to the first attempt’s last result', () => {
    expectMetric(report.feedbackLatency.commits, cur.latency.commits, prev.latency.commits);
    expectMetric(report.feedbackLatency.p50Minutes, cur.latency.p50, prev.latency.p50);
    expectMetric(report.feedbackLatency.p90Minutes, cur.latency.p90, prev.latency.p90);
  });

  it('counts what risk-based selection skipped and missed', () => {
    expectMetric(report.selection.changes, cur.selection.changes, prev.selection.changes);
    expectMetric(report.selection.runs, cur.selection.runs, prev.selection.runs);
    expectMetric(report.selection.testsSkipped, cur.selection.testsSkipped, prev.selection.testsSkipped);
    expectMetric(report.selection.misses, cur.selection.misses, prev.selection.misses);
    expect(cur.selection.misses).toBe(1);
  });

  it('ranks the riskiest folders of the week', () => {
    expect(report.riskiestFolders).toEqual(cur.folders.map((f) => ({ ...f, failureRate: expect.closeTo(f.failureRate, 6) })));
    expect(report.riskiestFolders.map((f) => f.folder)).toEqual(['services/cart', 'docs']);
  });

  it('says it has no hot-path coverage or incident data until those models are connected', () => {
    expect(report.hotPathCoverage).toMatchObject({ available: false, reason: expect.stringContaining('hot-path coverage') });
    expect(report.incidents).toMatchObject({ available: false, reason: expect.stringContaining('incident') });
  });

  it('defines every number it reports', () => {
    const keys = Object.keys(report.definitions);
    for (const k of ['failures.signalToNoise', 'flakyTests', 'flakyRunShare', 'rerunMinutes', 'infrastructureShare', 'feedbackLatency.p90Minutes', 'selection.misses', 'hotPathCoverage.coverage', 'incidents.escapeRate', 'topFlakyTests', 'riskiestFolders']) {
      expect(keys).toContain(k);
    }
  });

  it('renders Markdown with the same numbers', async () => {
    const res = await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W48&format=md` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/markdown');
    expect(res.body).toContain(`| Real (product) failures | ${cur.failures.product} | ${prev.failures.product} | +${cur.failures.product - prev.failures.product} |`);
    expect(res.body).toContain(`| Run attempts with a flaky failure | ${(100 * cur.flakyRunShare!).toFixed(1)}% |`);
    expect(res.body).toContain('| services/cart | 3 | 2 | 66.7% |');
    expect(res.body).toContain('No data: no hot-path coverage data');
  });

  it('refuses a malformed week or format, and a missing repo, with a stable code', async () => {
    const bad = await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W54` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'BAD_WEEK', message: expect.stringContaining('2026 has weeks 01 to 53') });
    expect((await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=48` })).json().error).toBe('BAD_WEEK');
    expect((await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&format=pdf` })).statusCode).toBe(400);
    expect((await app.inject({ url: '/v1/reports/weekly' })).statusCode).toBe(400);
  });

  it('reports a week without runs as zeros and nulls, and an unknown repo as 404 UNKNOWN_REPO', async () => {
    const res = await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W40` });
    expect(res.statusCode).toBe(200);
    const r = res.json() as WeeklyReport;
    expect(r.failures.total).toEqual({ value: 0, previous: 0, delta: 0 });
    expect(r.failures.signalToNoise.value).toBeNull();
    expect(r.feedbackLatency.p50Minutes.value).toBeNull();
    expect(r.topFlakyTests).toEqual([]);
    const unknown = await app.inject({ url: `/v1/reports/weekly?repo=nobody/${Date.now()}&week=2026-W48` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toBe('UNKNOWN_REPO');
  });
});

describe('feedback latency starts at the change record when it came first', () => {
  it('counts from the change record arriving, not from the run starting', async () => {
    const other = uniqueRepo('weekly-latency');
    const store = await testStore();
    const runAt = '2026-11-24T10:00:00.000Z';
    // A change record that arrived 15 minutes before its commit's first run (as `signalhouse change`
    // sends it from a push hook); the API stamps arrival with the current time, so it is written here.
    await store.insert('changes', [{ repo: other, commit: 'k1', parent: '', branch: 'main', path: 'src/a.ts', added: 1, removed: 0, ingested_at: '2026-11-24 09:45:00.000' }]);
    const q = new URLSearchParams({ repo: other, branch: 'main', commit: 'k1', runId: 'k1-run', startedAt: runAt });
    const xml = '<testsuite name="S"><testcase classname="S" name="a" time="120"/><testcase classname="S" name="b" time="30"/></testsuite>';
    expect((await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: xml, headers: { 'content-type': 'application/xml' } })).statusCode).toBe(201);
    const r = (await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(other)}&week=2026-W48` })).json() as WeeklyReport;
    // 15 minutes waiting for CI, then the slowest result ends 2 minutes after the run started.
    expect(r.feedbackLatency.commits.value).toBe(1);
    expect(r.feedbackLatency.p50Minutes.value).toBeCloseTo(17, 6);
    expect(r.feedbackLatency.p90Minutes.value).toBeCloseTo(17, 6);
  });
});
