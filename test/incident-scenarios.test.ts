import { describe, expect, it } from 'vitest';
import { renderSuite } from '../models/incidents/render.ts';
import { failureSignature, requestOf, scenariosOf } from '../models/incidents/scenarios.ts';
import type { IncidentSuite } from '../models/incidents/suite.ts';
import type { Baseline, EntrySpan } from '../src/store/incident-evidence.ts';

// Scenarios from entry spans shaped the way different instrumentations write them, deduplication by
// operation and failure signature, and the rendered test files.

function entry(over: Partial<EntrySpan> & { attributes: Record<string, string> }): EntrySpan {
  return { traceId: 't1', spanId: 's1', service: 'shop', operation: 'GET /api/orders/:id', kind: 'server', startTime: '', durationMs: 12, statusCode: 'unset', statusMessage: '', ...over };
}

describe('requestOf', () => {
  it('reads current semantic conventions, captured headers (arrays joined) and never credentials', () => {
    const r = requestOf(entry({ attributes: { 'http.request.method': 'get', 'url.path': '/api/orders/5', 'url.query': 'expand=lines', 'http.request.header.x-tenant': '["acme","beta"]', 'http.request.header.authorization': '["Bearer s3cret"]' } }));
    expect(r).toEqual({ method: 'GET', path: '/api/orders/5', query: 'expand=lines', headers: { 'x-tenant': 'acme, beta' }, body: null });
  });

  it('reads the older http.target and http.url, and a JSON body as application/json', () => {
    expect(requestOf(entry({ attributes: { 'http.method': 'POST', 'http.target': '/api/carts/9?promo=x', 'http.request.body': '{"qty":0}' } }))).toEqual({
      method: 'POST',
      path: '/api/carts/9',
      query: 'promo=x',
      headers: { 'content-type': 'application/json' },
      body: '{"qty":0}',
    });
    expect(requestOf(entry({ attributes: { 'http.method': 'GET', 'http.url': 'http://shop:8080/api/a?b=1' } }))).toMatchObject({ path: '/api/a', query: 'b=1' });
  });

  it('is null for an entry span that is no HTTP request (a consumer)', () => {
    expect(requestOf(entry({ attributes: { 'messaging.destination.name': 'payments' } }))).toBeNull();
  });
});

describe('scenariosOf', () => {
  const baseline: Baseline[] = [{ service: 'shop', operation: 'GET /api/orders/:id', calls: 100, p95Ms: 40, downstream: [{ service: 'db', operation: 'SELECT orders', kind: 'client' }] }];

  it('one scenario per operation and signature, keeping every trace id; slow only beyond the normal limit', () => {
    const a = { 'http.request.method': 'GET', 'url.path': '/api/orders/5', 'http.response.status_code': '500' };
    const spans = [
      entry({ traceId: 'a1', attributes: a }),
      entry({ traceId: 'a2', attributes: { ...a, 'url.path': '/api/orders/6' } }),
      entry({ traceId: 'b1', statusCode: 'error', statusMessage: 'timeout after 3000 ms on order 77', attributes: { 'http.request.method': 'GET', 'url.path': '/api/orders/7' } }),
      entry({ traceId: 'b2', statusCode: 'error', statusMessage: 'timeout after 3000 ms on order 78', attributes: { 'http.request.method': 'GET', 'url.path': '/api/orders/8' } }),
      entry({ traceId: 'c1', durationMs: 5000, attributes: { 'http.request.method': 'GET', 'url.path': '/api/orders/9' } }),
      entry({ traceId: 'c2', durationMs: 900, attributes: { 'http.request.method': 'GET', 'url.path': '/api/orders/10' } }),
    ];
    const s = scenariosOf(spans, baseline);
    expect(s.map((x) => [x.signature, x.request?.path, x.traceIds])).toEqual([
      ['HTTP 500', '/api/orders/5', ['a1', 'a2']],
      ['error timeout after # ms on order #', '/api/orders/7', ['b1', 'b2']],
      ['slow', '/api/orders/9', ['c1']],
    ]);
    expect(s[0]!.expect).toEqual({ statusBelow: 500, maxLatencyMs: 1040, baselineP95Ms: 40 });
    expect(s[0]!.downstream).toEqual(baseline[0]!.downstream);
  });

  it('without a baseline: no latency limit, and a slow trace is not a failure', () => {
    expect(failureSignature(entry({ durationMs: 99_999, attributes: {} }), null)).toBeNull();
    const [s] = scenariosOf([entry({ attributes: { 'http.request.method': 'GET', 'url.path': '/x', 'http.status_code': '503' } })], []);
    expect(s!.expect.maxLatencyMs).toBeNull();
    expect(s!.signature).toBe('HTTP 503');
  });
});

describe('renderSuite', () => {
  const [scenario] = scenariosOf(
    [entry({ traceId: '0af7651916cd43dd8448eb211c80319c', attributes: { 'http.request.method': 'GET', 'url.path': '/api/orders/5', 'url.query': 'currency=EUR', 'http.response.status_code': '500' } })],
    [{ service: 'shop', operation: 'GET /api/orders/:id', calls: 10, p95Ms: 12.5, downstream: [] }],
  );
  const suite: IncidentSuite = {
    schemaVersion: 1,
    incident: { id: 'INC-42', repo: 'acme/shop', title: 'EUR orders fail */ oops', severity: 'sev1', services: ['shop'], startedAt: '', resolvedAt: null, traceIds: [] },
    generatedAt: '2026-12-03T09:00:00.000Z',
    evidence: { rule: 'named traces', window: { from: '', to: '' }, traces: 1, note: '' },
    operations: [{ service: 'shop', operation: 'GET /api/orders/:id' }],
    scenarios: [scenario!, { ...scenario!, id: 'consumer', request: null, operation: 'process payments' }],
    relatedTests: [{ testId: 'x', repo: 'acme/shop', name: 'totals', className: 'OrdersTest', file: '', durationMs: 500, operations: [], executions: 1 }],
  };

  it('node: node:test + fetch, named after the incident and scenario, trace ids in comments', () => {
    const f = renderSuite(suite, 'node');
    expect(f.name).toBe('inc-42.test.mjs');
    expect(f.content).toContain(`import { test } from 'node:test';`);
    expect(f.content).toContain(`test(${JSON.stringify(scenario!.name)}, async () => {`);
    expect(f.content).toContain(`fetch(new URL("/api/orders/5?currency=EUR", BASE_URL), { method: "GET" })`);
    expect(f.content).toContain('// Source traces: 0af7651916cd43dd8448eb211c80319c');
    expect(f.content).toContain('assert.ok(ms <= 1013');
    expect(f.content).toContain('Existing tests that exercise the failing operations: OrdersTest.totals');
    expect(f.content).toContain('Not replayable over HTTP (no request on its entry span): process payments');
    expect(f.content).not.toContain('*/ oops'); // a title cannot close a comment
    expect(f.content.match(/^test\(/gm)).toHaveLength(1);
  });

  it('vitest and pytest', () => {
    const v = renderSuite(suite, 'vitest');
    expect(v.name).toBe('inc-42.test.ts');
    expect(v.content).toContain(`expect(res.status, 'HTTP status').toBeLessThan(500);`);
    const p = renderSuite(suite, 'pytest');
    expect(p.name).toBe('test_inc_42.py');
    expect(p.content).toContain('def test_shop_get_api_orders_id_http_500():');
    expect(p.content).toContain('_call("GET", "/api/orders/5?currency=EUR", {}, None)');
  });
});
