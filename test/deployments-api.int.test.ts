import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpanRecord } from '../ingestion/records.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { testApp } from './support/app.ts';
import { spanRecord } from './support/spans.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Deployments and their post-deploy plan on the real engine: production traffic and test traces
// stored through the span writer, the deployment through the API.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app?.close());

const HOUR_NS = 3_600_000_000_000n;
const nowNs = () => BigInt(Date.now()) * 1_000_000n;

function call(service: string, route: string, environment = 'production'): SpanRecord {
  return spanRecord({ serviceName: service, name: route, kind: 'server', environment, startTimeUnixNano: nowNs() - HOUR_NS, spanAttributes: { 'http.route': route.split(' ')[1]! } });
}

/** One execution of `test` (taking `ms`) reaching `routes` of the service. */
function execution(service: string, test: string, ms: number, routes: string[]): SpanRecord[] {
  const start = nowNs() - 24n * HOUR_NS;
  const t = spanRecord({ serviceName: 'runner', name: test, startTimeUnixNano: start, durationNs: BigInt(ms) * 1_000_000n, spanAttributes: { 'test.case.name': test } });
  return [t, ...routes.map((r) => ({ ...call(service, r, 'ci'), traceId: t.traceId, parentSpanId: t.spanId, startTimeUnixNano: start + 1000n }))];
}

describe('deployments', () => {
  const service = `shop-${randomUUID().slice(0, 8)}`;
  const repo = uniqueRepo('deploy');

  beforeAll(async () => {
    const writes = new TraceWrites((await testStore()).writer);
    const traffic = [
      ...Array.from({ length: 50 }, () => call(service, 'GET /orders/:id')),
      ...Array.from({ length: 30 }, () => call(service, 'GET /products/:sku')),
      ...Array.from({ length: 15 }, () => call(service, 'POST /carts')),
      ...Array.from({ length: 5 }, () => call(service, 'GET /health')),
    ];
    await writes.store(traffic, { sourceId: `deploy-traffic-${service}` });
    const tests = [
      // Slow but covers the two hottest; fast ones cover one each; nothing covers POST /carts.
      execution(service, 'com.acme.ShopIT.browses', 240_000, ['GET /orders/:id', 'GET /products/:sku']),
      execution(service, 'com.acme.OrdersIT.gets', 20_000, ['GET /orders/:id']),
      execution(service, 'com.acme.ProductsIT.gets', 30_000, ['GET /products/:sku']),
      execution(service, 'com.acme.HealthIT.up', 1_000, ['GET /health']),
    ];
    for (const [i, spans] of tests.entries()) await writes.store(spans, { sourceId: `deploy-test-${service}-${i}`, defaultRepo: repo });
  });

  it('stores a deployment event, re-sent as one, and plans the tests of its hottest operations within the budget', async () => {
    const event = { service, version: '2026.12.3-1', environment: 'production', commit: '3f2a9c1', at: new Date().toISOString(), repo };
    const first = await app.inject({ method: 'POST', url: '/v1/deployments', payload: event });
    expect(first.statusCode).toBe(201);
    const { id, plan } = first.json() as { id: string; plan: string };
    const again = await app.inject({ method: 'POST', url: '/v1/deployments', payload: event });
    expect((again.json() as { id: string }).id).toBe(id);
    expect((await app.inject({ url: `/v1/deployments/${id}` })).json()).toMatchObject({ service, version: '2026.12.3-1', commit: '3f2a9c1', repo });

    const res = await app.inject({ url: `${plan}?budgetMinutes=1` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      estimatedMinutes: number;
      trafficValidated: number;
      tests: { name: string; reason: string; validates: { operation: string }[] }[];
      gaps: { operation: string }[];
      operations: { operation: string; hotness: number; tests: number; validatedBy: string | null }[];
    };
    // One minute: the two fast tests of the hottest operations, then the health check; not the 4-minute one.
    expect(body.tests.map((t) => t.name)).toEqual(['gets', 'gets', 'up']);
    expect(body.tests[0]!.reason).toBe("exercises GET /orders/:id (50.0% of the service's traffic)");
    expect(body.tests[1]!.reason).toBe("exercises GET /products/:sku (30.0% of the service's traffic)");
    expect(body.estimatedMinutes).toBeCloseTo(51 / 60, 2);
    expect(body.trafficValidated).toBeCloseTo(0.85, 12);
    expect(body.gaps).toEqual([{ operation: 'POST /carts', kind: 'server', hotness: 0.15 }]);
    expect(body.operations.map((o) => [o.operation, o.tests])).toEqual([
      ['GET /orders/:id', 2],
      ['GET /products/:sku', 2],
      ['POST /carts', 0],
      ['GET /health', 1],
    ]);

    // Five minutes: the slow test covers both hottest at once, which per minute is worth less than the two fast ones.
    const roomy = (await app.inject({ url: `${plan}?budgetMinutes=5&operations=2` })).json() as typeof body;
    expect(roomy.tests.map((t) => t.name)).toEqual(['gets', 'gets']);
    expect(roomy.operations).toHaveLength(2);
  });

  it('refuses a bad event naming the problem, and answers 404 for an unknown deployment', async () => {
    const bad = await app.inject({ method: 'POST', url: '/v1/deployments', payload: { service, version: 'v1', at: 'yesterday' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'BAD_DEPLOYMENT' });
    expect((bad.json() as { message: string }).message).toMatch(/environment: .*; at: /);
    expect((await app.inject({ url: '/v1/deployments/dep-none' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/v1/deployments/dep-none/plan' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/v1/deployments/dep-none/plan?budgetMinutes=0' })).statusCode).toBe(400);
  });
});
