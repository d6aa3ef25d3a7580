import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import type { SpanRecord } from '../ingestion/records.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { testApp } from './support/app.ts';
import { spanRecord } from './support/spans.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Runtime paths in POST /v1/risk, on the real engine: a JUnit history teaches the model two tests
// with identical records; only one of them exercises (in its OpenTelemetry test traces) the hot
// production operation of the service a change touches, and only that one is raised, with a reason
// naming the operation and its share of the service's traffic.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const CLS = 'com.acme.orders.OrdersIT';
const HOUR_NS = 3_600_000_000_000n;
const nowNs = () => BigInt(Date.now()) * 1_000_000n;

describe('POST /v1/risk with runtime paths', () => {
  const repo = uniqueRepo('risk-runtime');
  const service = `orders-${randomUUID().slice(0, 8)}`;
  const gets = junitTestId(repo, CLS, CLS, 'gets');
  const lists = junitTestId(repo, CLS, CLS, 'lists');

  beforeAll(async () => {
    for (let i = 1; i <= 4; i++) {
      const sha = `c${i}`;
      const ch = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: sha, parent: `c${i - 1}`, branch: 'main', files: [{ path: 'docs/x.md', added: 1, removed: 0 }] } });
      expect(ch.statusCode).toBe(201);
      const xml = `<testsuite name="${CLS}"><testcase classname="${CLS}" name="gets" time="1"/><testcase classname="${CLS}" name="lists" time="1"/></testsuite>`;
      const q = new URLSearchParams({ repo, branch: 'main', commit: sha, runId: `run-${i}`, startedAt: new Date(Date.now() - (10 - i) * 3_600_000).toISOString() });
      const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: xml, headers: { 'content-type': 'application/xml' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const writes = new TraceWrites((await testStore()).writer);
    const call = (route: string, environment: string, over: Partial<SpanRecord> = {}) =>
      spanRecord({ serviceName: service, name: route, kind: 'server', environment, startTimeUnixNano: nowNs() - HOUR_NS, ...over });
    await writes.store([...Array.from({ length: 8 }, () => call('GET /orders/:id', 'production')), ...Array.from({ length: 2 }, () => call('POST /orders', 'production'))], { sourceId: `rt-${service}` });
    // OrdersIT.gets, as a test span (same identity as the JUnit test), reaches GET /orders/:id.
    const test = spanRecord({ serviceName: 'runner', name: 'gets', startTimeUnixNano: nowNs() - 2n * HOUR_NS, spanAttributes: { 'test.case.name': `${CLS}.gets`, 'code.file.path': 'e2e/orders.spec.ts' } });
    await writes.store([test, call('GET /orders/:id', 'ci', { traceId: test.traceId, parentSpanId: test.spanId })], { sourceId: `rt-test-${service}`, defaultRepo: repo });
    expect((await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` })).statusCode).toBe(200);
  });

  type Answer = { tests: { testId: string; probability: number; reasons: { code: string; text: string }[] }[] };
  const ask = async (files: string[]) => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, files, budget: { fraction: 1 } } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Answer;
    return { gets: body.tests.find((t) => t.testId === gets)!, lists: body.tests.find((t) => t.testId === lists)! };
  };

  it("raises the tests of a touched service's hot operations, saying which operation and its share", async () => {
    const { gets: g, lists: l } = await ask([`services/${service}/src/orders.ts`]);
    expect(g.probability).toBeGreaterThan(l.probability);
    expect(g.reasons).toContainEqual({
      code: 'runtime',
      text: `exercises GET /orders/:id, 80.0% of ${service}'s production traffic; the change touches ${service} (services/${service}/src/orders.ts is in its folder)`,
      logOdds: 1.6,
    });
    expect(l.reasons.map((r) => r.code)).not.toContain('runtime');
  });

  it('also when the change edits a test file whose traces exercise the service; not for unrelated changes', async () => {
    const viaTest = await ask(['e2e/orders.spec.ts']);
    expect(viaTest.gets.reasons.find((r) => r.code === 'runtime')?.text).toMatch(/\(a changed test file exercises it\)$/);
    const unrelated = await ask(['docs/x.md']);
    expect(unrelated.gets.probability).toBe(unrelated.lists.probability);
    expect(unrelated.gets.reasons.map((r) => r.code)).not.toContain('runtime');
  });
});
