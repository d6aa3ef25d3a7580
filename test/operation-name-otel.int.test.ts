import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.ts';
import { startNodeApp } from './support/node-app.ts';
import { testStore } from './support/store.ts';

// Operation names on spans written by the real official OpenTelemetry Node SDK with the HTTP and
// Express instrumentations, tracing a real Express 5 app (an ES module), exported over OTLP/HTTP to
// the real service. Twice: with the instrumentation's ESM loader hook (Express patched: the server
// span is named "GET /api/orders/:id" and has http.route) and without it (Express not patched: the
// server span is named just "GET" and has only url.path). Both must name the same operations.

const FIXTURE = fileURLToPath(new URL('./fixtures/otel-express/', import.meta.url));

let app: FastifyInstance;
let endpoint: string;
beforeAll(async () => {
  app = await testApp();
  endpoint = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => app?.close());

/** Runs the instrumented app, sends it `requests`, stops it (the SDK flushes on SIGTERM). */
async function traceRequests(serviceName: string, loaderHook: boolean, requests: [string, string][]): Promise<void> {
  const app = await startNodeApp(['--import', `${FIXTURE}telemetry.mjs`, `${FIXTURE}app.mjs`], {
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_SERVICE_NAME: serviceName,
    OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=production',
    OTEL_LOADER_HOOK: loaderHook ? '1' : '0',
  });
  for (const [method, path] of requests) {
    const res = await fetch(`${app.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: '{"sku":"A-1"}' } : {}),
    });
    await res.arrayBuffer();
  }
  expect(await app.stop(), app.output()).toBe(0);
}

interface SpanRow {
  name: string;
  operation: string;
  kind: string;
  calls: string;
}

async function serverSpans(serviceName: string): Promise<SpanRow[]> {
  const store = await testStore();
  const rs = await store.client.query({
    query: `SELECT name, operation, kind, toString(uniqExact(span_id)) AS calls FROM spans
            WHERE service_name = {service:String} AND kind = 'server'
            GROUP BY name, operation, kind ORDER BY operation, name`,
    query_params: { service: serviceName },
    format: 'JSONEachRow',
  });
  return rs.json<SpanRow>();
}

const REQUESTS: [string, string][] = [
  ['GET', '/api/orders/5'],
  ['GET', '/api/orders/6'],
  ['GET', '/api/orders/550e8400-e29b-41d4-a716-446655440000?expand=lines'],
  ['POST', '/api/orders/5/lines'],
  ['GET', '/api/customers'],
  ['GET', '/api/sessions/9f86d081884c7d659a2feaa0c55ad015'],
];

describe('operation names on spans of the official Node HTTP + Express instrumentations', () => {
  it.each([
    { loaderHook: true, sessions: 'GET /api/sessions/:token', names: ['GET /api/customers', 'GET /api/orders/:id', 'GET /api/sessions/:token', 'POST /api/orders/:id/lines'] },
    { loaderHook: false, sessions: 'GET /api/sessions/:id', names: ['GET', 'POST'] },
  ])('ESM app, loader hook $loaderHook: one operation per route, never per raw path', async ({ loaderHook, sessions, names }) => {
    const serviceName = `shop-${randomUUID().slice(0, 8)}`;
    await traceRequests(serviceName, loaderHook, REQUESTS);

    const deadline = Date.now() + 30_000;
    let rows: SpanRow[] = [];
    while (Date.now() < deadline) {
      rows = await serverSpans(serviceName);
      if (rows.reduce((n, r) => n + Number(r.calls), 0) >= REQUESTS.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // The instrumentation named the spans as VERIFIED.md found: routes with the hook, bare methods without.
    expect([...new Set(rows.map((r) => r.name))].sort()).toEqual(names);
    const calls = Object.fromEntries(rows.map((r) => [r.operation, Number(r.calls)]));
    expect(calls).toEqual({
      'GET /api/customers': 1,
      'GET /api/orders/:id': 3,
      'POST /api/orders/:id/lines': 1,
      [sessions]: 1,
    });

    // GET /v1/operations reads the same names.
    const res = await app.inject({ url: `/v1/operations?service=${serviceName}&environment=production` });
    const ops = (res.json() as { operations: { operation: string; kind: string; spans: number; errors: number }[] }).operations;
    const server = ops.filter((o) => o.kind === 'server').map((o) => [o.operation, o.spans]);
    expect(Object.fromEntries(server)).toEqual(calls);
  });
});
