import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentSuite } from '../models/incidents/suite.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { testApp } from './support/app.ts';
import { startNodeApp, type RunningApp } from './support/node-app.ts';
import { REPO_ROOT, runCli } from './support/service-process.ts';
import { spanRecord } from './support/spans.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Incident → regression tests, end to end on real OpenTelemetry data: a small Express app with a
// planted bug (test/fixtures/incident-app), instrumented with the official Node SDK and the HTTP +
// Express instrumentations, exports OTLP to the service while it takes production traffic, healthy
// first, then failing. The incident is declared twice: once naming the failing traces, once naming
// only the service and window (the service finds the evidence). The CLI writes node:test files from
// the suite; `node --test` runs them against the app with the bug (they fail) and with the fix (they pass).

const FIXTURE = fileURLToPath(new URL('./fixtures/incident-app/', import.meta.url));

/** Starts the fixture app: with telemetry when `otlp` is given (exporting there), with the bug when `bug`. */
function startApp(o: { bug: boolean; otlp?: string; service?: string }): Promise<RunningApp> {
  const preload = o.otlp ? ['--import', `${FIXTURE}telemetry.mjs`] : [];
  return startNodeApp([...preload, `${FIXTURE}app.mjs`], {
    BUG: o.bug ? '1' : '0',
    ...(o.otlp ? { OTEL_EXPORTER_OTLP_ENDPOINT: o.otlp, OTEL_SERVICE_NAME: o.service!, OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=production' } : {}),
  });
}

/** A W3C traceparent with a fresh trace id: the instrumentation continues it, so we know the trace. */
function traceparent(): { traceId: string; header: string } {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, header: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
}

async function send(base: string, method: string, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}): Promise<number> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...o.headers },
    ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Runs `node --test dir` against the app at baseUrl. */
function nodeTest(dir: string, baseUrl: string): Promise<{ code: number | null; out: string }> {
  return runTests(process.execPath, ['--test', dir], { BASE_URL: baseUrl });
}

/** Runs `vitest run` in dir (which links this repository's node_modules) against the app at appUrl. */
function vitestRun(dir: string, appUrl: string): Promise<{ code: number | null; out: string }> {
  return runTests(process.execPath, [join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir], { APP_URL: appUrl, CI: 'true', NO_COLOR: '1' });
}

function runTests(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

let service: FastifyInstance;
let serviceUrl: string;
const repo = uniqueRepo('incidents');
const svc = `orders-${randomUUID().slice(0, 8)}`;
const failingGets: string[] = [];
const failingPosts: string[] = [];
let startedAt: Date;
let resolvedAt: Date;

beforeAll(async () => {
  service = await testApp();
  serviceUrl = await service.listen({ port: 0, host: '127.0.0.1' });

  const prod = await startApp({ bug: true, otlp: serviceUrl, service: svc });
  // Healthy production traffic before the incident: what "normal" is.
  for (let i = 1; i <= 10; i++) {
    expect(await send(prod.url, 'GET', `/api/orders/${i}?currency=USD`, { headers: { 'x-tenant': 'acme' } })).toBe(200);
    expect(await send(prod.url, 'POST', `/api/orders/${i}/lines`, { body: { sku: 'A-1', qty: 2 } })).toBe(201);
    expect(await send(prod.url, 'GET', '/api/customers')).toBe(200);
  }
  await new Promise((r) => setTimeout(r, 20)); // the incident starts strictly after the healthy traffic
  startedAt = new Date();
  // The incident: EUR orders and zero-quantity lines fail; other traffic goes on.
  for (let i = 0; i < 5; i++) {
    const t = traceparent();
    failingGets.push(t.traceId);
    expect(await send(prod.url, 'GET', `/api/orders/${100 + i}?currency=EUR`, { headers: { 'x-tenant': 'acme', traceparent: t.header } })).toBe(500);
    expect(await send(prod.url, 'GET', `/api/orders/${200 + i}?currency=USD`)).toBe(200);
  }
  for (let i = 0; i < 3; i++) {
    const t = traceparent();
    failingPosts.push(t.traceId);
    expect(await send(prod.url, 'POST', `/api/orders/${300 + i}/lines`, { body: { sku: 'B-2', qty: 0 }, headers: { traceparent: t.header } })).toBe(500);
  }
  resolvedAt = new Date(Date.now() + 20);
  expect(await prod.stop()).toBe(0); // the SDK flushes on SIGTERM

  // Wait until every server span is stored: 30 healthy + 13 during the incident.
  const store = await testStore();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const rs = await store.client.query({
      query: `SELECT count() AS n FROM spans WHERE service_name = {svc:String} AND kind = 'server'`,
      query_params: { svc },
      format: 'JSONEachRow',
    });
    const n = Number((await rs.json<{ n: string }>())[0]!.n);
    if (n >= 43) break;
    if (Date.now() > deadline) throw new Error(`only ${n} of 43 server spans arrived`);
    await new Promise((r) => setTimeout(r, 100));
  }

  // A CI test whose trace reached GET /api/orders/:id: the suite lists it as a related test.
  const test = spanRecord({ serviceName: 'test-runner', name: 'test OrdersTest.totals', startTimeUnixNano: BigInt(Date.now() - 3_600_000) * 1_000_000n, durationNs: 50_000_000n, spanAttributes: { 'test.case.name': 'com.acme.OrdersTest.totals', 'test.case.result.status': 'pass' } });
  const server = spanRecord({ traceId: test.traceId, parentSpanId: test.spanId, serviceName: svc, name: 'GET /api/orders/:id', kind: 'server', environment: 'ci', startTimeUnixNano: test.startTimeUnixNano + 1000n, spanAttributes: { 'http.request.method': 'GET', 'http.route': '/api/orders/:id' } });
  await new TraceWrites(store.writer).store([test, server], { sourceId: `incident-test-${svc}`, defaultRepo: repo });
}, 180_000);

afterAll(async () => service?.close());

async function declare(id: string, extra: Record<string, unknown>): Promise<void> {
  const res = await service.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { id, repo, title: 'Orders answer 500', severity: 'sev2', services: [svc], startedAt: startedAt.toISOString(), resolvedAt: resolvedAt.toISOString(), ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function suite(id: string): Promise<IncidentSuite> {
  const res = await service.inject({ url: `/v1/incidents/${id}/suite?repo=${encodeURIComponent(repo)}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as IncidentSuite;
}

/** What the tests replay, per scenario: operation, signature, request, trace ids. */
function replayed(s: IncidentSuite) {
  return s.scenarios.map((x) => ({ operation: x.operation, signature: x.signature, request: x.request, traces: [...x.traceIds].sort() }));
}

const EXPECTED_GET = {
  operation: 'GET /api/orders/:id',
  signature: 'HTTP 500',
  request: { method: 'GET', path: '/api/orders/100', query: 'currency=EUR', headers: { 'x-tenant': 'acme' }, body: null },
};
const EXPECTED_POST = {
  operation: 'POST /api/orders/:id/lines',
  signature: 'HTTP 500',
  request: { method: 'POST', path: '/api/orders/300/lines', query: '', headers: { 'content-type': 'application/json' }, body: '{"sku":"B-2","qty":0}' },
};

describe('incident → regression tests, on traces of the official OpenTelemetry Node SDK', () => {
  it('with trace ids: one scenario per failing operation, replaying the real request, with its traces and related tests', async () => {
    await declare('INC-1', { traceIds: [...failingGets, ...failingPosts] });
    const s = await suite('INC-1');
    expect(s.schemaVersion).toBe(1);
    expect(s.evidence.rule).toBe('named traces');
    expect(replayed(s)).toEqual([
      { ...EXPECTED_GET, traces: [...failingGets].sort() },
      { ...EXPECTED_POST, traces: [...failingPosts].sort() },
    ]);
    const get = s.scenarios[0]!;
    // Healthy answers before the incident set the latency limit; the normal p95 is measured, not assumed.
    expect(get.expect.baselineP95Ms).toBeGreaterThan(0);
    expect(get.expect.maxLatencyMs).toBeGreaterThanOrEqual(get.expect.baselineP95Ms! + 1000);
    expect(get.observed.status).toBe(500);
    expect(s.relatedTests.map((t) => [t.className, t.name, t.operations])).toEqual([['com.acme.OrdersTest', 'totals', [`${svc} GET /api/orders/:id`]]]);
  });

  it('without trace ids: the service finds the same failures in the window', async () => {
    await declare('INC-2', {});
    const s = await suite('INC-2');
    expect(s.evidence.rule).toBe('errors and slowest traces in the window');
    // The first failing request of each operation is the scenario's request; all its traces are listed.
    expect(replayed(s)).toEqual([
      { ...EXPECTED_GET, traces: [...failingGets].sort() },
      { ...EXPECTED_POST, traces: [...failingPosts].sort() },
    ]);
    // Stored: a second read answers the same generation.
    expect((await suite('INC-2')).generatedAt).toBe(s.generatedAt);
  });

  it('the generated node:test files fail against the bug and pass against the fix', async () => {
    for (const id of ['INC-1', 'INC-2']) {
      const dir = mkdtempSync(join(tmpdir(), 'signalhouse-incident-'));
      const cli = await runCli(['incident', 'tests', id, '--repo', repo, '--out', dir, '--server', serviceUrl]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(cli.stdout).toContain('2 tests');
      expect(readdirSync(dir)).toEqual([`${id.toLowerCase()}.test.mjs`]);
      const source = readFileSync(join(dir, `${id.toLowerCase()}.test.mjs`), 'utf8');
      for (const t of [...failingGets, ...failingPosts]) expect(source).toContain(t); // trace ids in comments

      const buggy = await startApp({ bug: true });
      const withBug = await nodeTest(dir, buggy.url);
      await buggy.stop();
      expect(withBug.code, withBug.out).not.toBe(0);
      expect(withBug.out).toMatch(/# fail 2/);

      const fixed = await startApp({ bug: false });
      const withFix = await nodeTest(dir, fixed.url);
      await fixed.stop();
      expect(withFix.code, withFix.out).toBe(0);
      expect(withFix.out).toMatch(/# pass 2/);
    }
  }, 120_000);

  it('the vitest format fails against the bug and passes against the fix too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-incident-vitest-'));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
    const cli = await runCli(['incident', 'tests', 'INC-2', '--repo', repo, '--out', dir, '--format', 'vitest', '--server', serviceUrl]);
    expect(cli.code, cli.stderr).toBe(0);
    const buggy = await startApp({ bug: true });
    const withBug = await vitestRun(dir, buggy.url);
    await buggy.stop();
    expect(withBug.code, withBug.out).not.toBe(0);
    expect(withBug.out).toMatch(/Tests\s+2 failed/);
    const fixed = await startApp({ bug: false });
    const withFix = await vitestRun(dir, fixed.url);
    await fixed.stop();
    expect(withFix.code, withFix.out).toBe(0);
    expect(withFix.out).toMatch(/Tests\s+2 passed/);
  }, 120_000);
});
