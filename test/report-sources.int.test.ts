import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekOf } from '../models/report/week.ts';
import { buildApp } from '../src/api/app.ts';
import { reportSources } from '../src/report/sources.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { productionRequest, spanRecord } from './support/spans.ts';
import { testConfig, testStore, uniqueRepo } from './support/store.ts';

// The weekly report's hot-path coverage and incidents sections, from the same models as
// GET /v1/coverage/hot-paths and GET /v1/incidents/:id/suite (src/report/sources.ts), through the
// report route: real spans through the span writer, a test linked through its trace, two incidents.

const HOUR_NS = 3_600_000_000_000n;
const nowNs = () => BigInt(Date.now()) * 1_000_000n;
let app: FastifyInstance;
const repo = uniqueRepo('report-sources');
const covered = `orders-${randomUUID().slice(0, 8)}`;
const uncovered = `billing-${randomUUID().slice(0, 8)}`;

const request = productionRequest;

beforeAll(async () => {
  const store = await testStore();
  app = await buildApp({ config: testConfig(), store, logger: false, reportSources: reportSources(store, ['production']) });
  const writes = new TraceWrites(store.writer);
  await writes.store(
    [
      ...['1', '2', '3'].map((id) => request(covered, 'GET', `/api/orders/${id}`, { statusCode: id === '1' ? 'error' : 'unset' })),
      request(uncovered, 'POST', '/api/invoices'),
    ],
    { sourceId: `report-sources-prod-${covered}` },
  );
  const test = spanRecord({ serviceName: 'runner', name: 'test gets', startTimeUnixNano: nowNs() - 2n * HOUR_NS, spanAttributes: { 'test.case.name': 'com.acme.OrdersTest.gets', 'test.case.result.status': 'pass' } });
  const server = request(covered, 'GET', '/api/orders/77', { traceId: test.traceId, parentSpanId: test.spanId, environment: 'ci', startTimeUnixNano: test.startTimeUnixNano + 1000n });
  await writes.store([test, server], { sourceId: `report-sources-test-${covered}`, defaultRepo: repo });
  const startedAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
  for (const [id, service] of [['INC-1', covered], ['INC-2', uncovered]] as const) {
    const res = await app.inject({ method: 'POST', url: '/v1/incidents', payload: { id, repo, title: `${service} down`, severity: 'sev2', services: [service], startedAt } });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => app?.close());

describe('weekly report: hot-path coverage and incidents', () => {
  it('reports this week’s calls-weighted coverage, the uncovered operations, and which incidents escaped', async () => {
    const week = weekOf(new Date()).label;
    const res = await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=${week}` });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    // Every production call in the window counts (all services): 3 covered GETs of 4 calls here, plus
    // whatever other tests in this process stored; so check this test's operations by name.
    expect(report.hotPathCoverage.available).toBe(true);
    expect(report.hotPathCoverage.coverage.value).toBeGreaterThan(0);
    expect(report.hotPathCoverage.coverage.value).toBeLessThan(1);
    expect(report.hotPathCoverage.uncoveredOperations.value).toBeGreaterThanOrEqual(1);
    expect(report.incidents.available).toBe(true);
    const byId = Object.fromEntries(report.incidents.list.map((i: { id: string }) => [i.id, i]));
    expect(byId['INC-1']).toMatchObject({ escaped: false, regressionSuite: [expect.stringMatching(/^[0-9a-f]{16}$/)] });
    expect(byId['INC-2']).toMatchObject({ escaped: true, regressionSuite: [] });
    expect(report.incidents.count.value).toBe(2);
    expect(report.incidents.escapeRate.value).toBeCloseTo(0.5, 12);
  });

  it('says there is no data for a week with no incidents and no traffic at hand', async () => {
    const res = await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W10` });
    expect(res.statusCode).toBe(200);
    expect(res.json().hotPathCoverage).toMatchObject({ available: false });
    expect(res.json().incidents).toEqual({ available: false, reason: 'no incident started this week' });
  });
});
