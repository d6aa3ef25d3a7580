import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpanRecord } from '../ingestion/records.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { testApp } from './support/app.ts';
import { runCli } from './support/service-process.ts';
import { productionRequest, spanRecord } from './support/spans.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Hot-path coverage end to end on the real engine: spans stored through the span writer (so the
// rollup view and the operation naming run as in the service), tests linked through their traces.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app?.close());

const HOUR_NS = 3_600_000_000_000n;
const nowNs = () => BigInt(Date.now()) * 1_000_000n;

const request = productionRequest;

/** A test case span and, below it in its trace, the app's server span for `path`. */
function testedRequest(service: string, testName: string, method: string, path: string, daysAgo: number): SpanRecord[] {
  const start = nowNs() - BigInt(daysAgo) * 24n * HOUR_NS;
  const test = spanRecord({
    serviceName: 'test-runner',
    name: `test ${testName}`,
    startTimeUnixNano: start,
    durationNs: 50_000_000n,
    spanAttributes: { 'test.case.name': testName, 'test.case.result.status': 'pass' },
  });
  // The client span of the test's HTTP call, then the app's server span: the test's grandchild.
  const client = spanRecord({ traceId: test.traceId, parentSpanId: test.spanId, serviceName: 'test-runner', name: method, kind: 'client', startTimeUnixNano: start + 1000n });
  const server = request(service, method, path, { traceId: test.traceId, parentSpanId: client.spanId, environment: 'ci', startTimeUnixNano: start + 2000n });
  return [test, client, server];
}

interface Answer {
  coverage: number | null;
  totals: { calls: number; coveredCalls: number; operations: number; coveredOperations: number };
  operations: { service: string; operation: string; kind: string; calls: number; errors: number; errorRate: number; hotness: number; covered: boolean; tests: number; uncoveredRisk: number; p95Ms: number }[];
}

describe('GET /v1/coverage/hot-paths', () => {
  const service = `orders-${randomUUID().slice(0, 8)}`;
  const repo = uniqueRepo('coverage');

  beforeAll(async () => {
    const store = await testStore();
    const writes = new TraceWrites(store.writer);
    const orderIds = ['5', '6', '7', '550e8400-e29b-41d4-a716-446655440000', '8', '9'];
    const production = [
      ...orderIds.map((id, i) => request(service, 'GET', `/api/orders/${id}`, i === 0 ? { statusCode: 'error' } : {})),
      // No environment: production, unless a test or CI span.
      request(service, 'GET', '/api/orders/10', { environment: '' }),
      request(service, 'GET', '/api/orders/11', { environment: '' }),
      ...[1, 2, 3].map(() => request(service, 'POST', '/api/orders')),
      spanRecord({ serviceName: service, name: 'payments process', kind: 'consumer', environment: 'production', startTimeUnixNano: nowNs() - HOUR_NS, spanAttributes: { 'messaging.operation.type': 'process', 'messaging.destination.name': 'payments' } }),
      // Not production traffic: staging, a CI span, a span that is not an entry.
      ...[1, 2, 3, 4, 5].map(() => request(service, 'POST', '/api/orders', { environment: 'staging' })),
      request(service, 'GET', '/api/orders/12', { environment: '', resourceAttributes: { 'cicd.pipeline.name': 'ci' } }),
      request(service, 'GET', '/api/orders/13', { kind: 'internal', parentSpanId: 'aaaaaaaaaaaaaaaa' }),
      // Older than 7 days: only in a longer window.
      request(service, 'DELETE', '/api/orders/14', { startTimeUnixNano: nowNs() - 10n * 24n * HOUR_NS }),
    ];
    await writes.store(production, { sourceId: `coverage-prod-${service}` });
    // Tests: one hits GET /api/orders/:id with an id production never used, 20 days ago (inside the
    // 30 days tests always count); one hits DELETE 40 days ago, too old to count.
    await writes.store(testedRequest(service, 'com.acme.OrdersTest.gets', 'GET', '/api/orders/4242', 20), { sourceId: `coverage-t1-${service}`, defaultRepo: repo });
    await writes.store(testedRequest(service, 'com.acme.OrdersTest.deletes', 'DELETE', '/api/orders/1', 40), { sourceId: `coverage-t2-${service}`, defaultRepo: repo });
  });

  it('weighs production calls of templated operations by whether a test exercised them', async () => {
    const res = await app.inject({ url: `/v1/coverage/hot-paths?service=${service}` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as Answer;
    const ops = body.operations.map((o) => [o.operation, o.kind, o.calls, o.errors, o.covered, o.tests]);
    expect(ops).toEqual([
      ['GET /api/orders/:id', 'server', 8, 1, true, 1],
      ['POST /api/orders', 'server', 3, 0, false, 0],
      ['process payments', 'consumer', 1, 0, false, 0],
    ]);
    expect(body.coverage).toBeCloseTo(8 / 12, 12);
    expect(body.totals).toEqual({ calls: 12, coveredCalls: 8, operations: 3, coveredOperations: 1 });
    const [get, post, consume] = body.operations;
    expect(get!.hotness).toBeCloseTo(8 / 12, 12);
    expect(get!.errorRate).toBeCloseTo(1 / 8, 12);
    expect(get!.uncoveredRisk).toBe(0);
    expect(get!.p95Ms).toBeGreaterThan(19);
    expect(post!.uncoveredRisk).toBeCloseTo(3 / 12, 12);
    expect(consume!.uncoveredRisk).toBeCloseTo(1 / 12, 12);
  });

  it('ranks gaps by risk, limits, and scopes by window, environment and repo', async () => {
    const risk = (await app.inject({ url: `/v1/coverage/hot-paths?service=${service}&sort=risk&limit=1` })).json() as Answer;
    expect(risk.operations.map((o) => o.operation)).toEqual(['POST /api/orders']);
    expect(risk.totals.operations).toBe(3); // the limit cuts the list, not the figures

    const month = (await app.inject({ url: `/v1/coverage/hot-paths?service=${service}&window=30d` })).json() as Answer;
    // Tests count over max(window, 30 days): the 40-day-old DELETE test still does not.
    expect(month.operations.find((o) => o.operation === 'DELETE /api/orders/:id')).toMatchObject({ calls: 1, covered: false });
    expect(month.totals.calls).toBe(13);

    const staging = (await app.inject({ url: `/v1/coverage/hot-paths?service=${service}&environment=staging` })).json() as Answer;
    expect(staging.operations.map((o) => [o.operation, o.calls])).toEqual([['POST /api/orders', 5]]);
    expect(staging.coverage).toBe(0);

    // A repository without data is named as unknown (src/api/known-repo.ts), not answered as 0% covered.
    const unknownRepo = await app.inject({ url: `/v1/coverage/hot-paths?service=${service}&repo=${encodeURIComponent(uniqueRepo('none'))}` });
    expect(unknownRepo.statusCode).toBe(404);
    expect(unknownRepo.json()).toMatchObject({ error: 'UNKNOWN_REPO' });
    const ownRepo = (await app.inject({ url: `/v1/coverage/hot-paths?service=${service}&repo=${encodeURIComponent(repo)}` })).json() as Answer;
    expect(ownRepo.coverage).toBeCloseTo(8 / 12, 12);
  });

  it('answers the same per service', async () => {
    const res = await app.inject({ url: `/v1/coverage/hot-paths/services?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    const mine = (res.json() as { services: Record<string, unknown>[] }).services.find((s) => s.service === service);
    expect(mine).toMatchObject({
      calls: 12,
      coveredCalls: 8,
      operations: 3,
      coveredOperations: 1,
      errors: 1,
      topGaps: [
        { operation: 'POST /api/orders', kind: 'server' },
        { operation: 'process payments', kind: 'consumer' },
      ],
    });
    expect(mine!.coverage).toBeCloseTo(8 / 12, 12);
  });

  it('is in the CLI: one service, or every service', async () => {
    const server = await app.listen({ port: 0, host: '127.0.0.1' });
    const one = await runCli(['coverage', '--service', service, '--server', server]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n').slice(0, 4)).toEqual([
      `${service}: 66.7% of 12 production calls in the last 7d run through tested operations`,
      expect.stringMatching(/^tested ×1 +66\.7% +8 calls +12\.5% errors +p95 +[\d.]+ ms +GET \/api\/orders\/:id \(server\)$/),
      expect.stringMatching(/^UNTESTED +25\.0% +3 calls +0\.0% errors .* POST \/api\/orders \(server\) +risk 0\.250$/),
      expect.stringMatching(/^UNTESTED +8\.3% +1 calls .* process payments \(consumer\) +risk 0\.083$/),
    ]);
    const json = await runCli(['coverage', '--service', service, '--json', '--server', server]);
    expect((JSON.parse(json.stdout) as Answer).totals).toEqual({ calls: 12, coveredCalls: 8, operations: 3, coveredOperations: 1 });
    const all = await runCli(['coverage', '--repo', repo, '--server', server]);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(new RegExp(`66\\.7% of +12 calls +1/3 operations tested +${service} +biggest gap: POST /api/orders`));
    const bad = await runCli(['coverage', '--window', 'forever', '--server', server]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/coverage: the service answered 400/);
  });

  it('says what is wrong with a bad query', async () => {
    const window = await app.inject({ url: '/v1/coverage/hot-paths?window=7x' });
    expect(window.statusCode).toBe(400);
    const sort = await app.inject({ url: '/v1/coverage/hot-paths?sort=loudest' });
    expect(sort.statusCode).toBe(400);
    const long = await app.inject({ url: '/v1/coverage/hot-paths/services?window=99999d' });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ error: 'BAD_WINDOW' });
  });
});
