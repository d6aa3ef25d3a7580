import { ROOT_CONTEXT, trace, type Span, type Tracer } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Test impact from traces, end to end: a traced test run (spans from the official OpenTelemetry JS
// SDK, sent to POST /v1/traces) records which code files each test executed; POST /v1/risk then ranks
// the test that executed a changed file first, with no failure in the history to learn it from, and
// although nothing in the test's name or folder points at that file.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const CLASSES = [
  'com.acme.orders.OrderFlowTest',
  'com.acme.orders.CartTest',
  'com.acme.catalog.SearchTest',
  'com.acme.catalog.ListingTest',
  'com.acme.users.LoginTest',
  'com.acme.users.ProfileTest',
  'com.acme.shipping.LabelTest',
  'com.acme.shipping.TrackingTest',
];
const ROUNDING = 'services/pricing/src/main/java/com/acme/pricing/Rounding.java';
const TAX = 'services/pricing/src/main/java/com/acme/pricing/TaxTable.java';
const ORDERS = 'services/orders/src/main/java/com/acme/orders/OrderFlow.java';
const CART = 'services/orders/src/main/java/com/acme/orders/Cart.java';
const WORKDIR = '/home/runner/work/shop/shop';
const DAY = 86_400_000;
const t0 = Date.now() - 3 * DAY;
const at = (h: number) => new Date(t0 + h * 3_600_000);

function report(): string {
  const suites = CLASSES.map((cls) => `<testsuite name="${cls}"><testcase classname="${cls}" name="runs" time="0.4"/></testsuite>`);
  return `<testsuites>${suites.join('')}</testsuites>`;
}

/** A traced test run: real SDK spans, a test span per test and the code it ran below it. */
function tracedRun(repo: string, runId: string, commit: string): ReadableSpan[] {
  const [owner, name] = repo.split('/') as [string, string];
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': 'shop-tests',
      'vcs.owner.name': owner,
      'vcs.repository.name': name,
      'vcs.ref.head.revision': commit,
      'vcs.ref.head.name': 'main',
      'cicd.pipeline.run.id': runId,
    }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('junit-otel');
  const start = at(30).getTime();
  const child = (t: Tracer, parent: Span, spanName: string, attributes: Record<string, string>): Span =>
    t.startSpan(spanName, { attributes, startTime: start + 10 }, trace.setSpan(ROOT_CONTEXT, parent));
  const session = tracer.startSpan('gradle test', { startTime: start });
  for (const cls of CLASSES) {
    const test = child(tracer, session, `${cls}.runs`, { 'test.case.name': `${cls}.runs`, 'test.suite.name': cls, 'test.case.result.status': 'pass' });
    if (cls === 'com.acme.orders.OrderFlowTest') {
      // Today's conventions, the CI work directory in front; two levels down, through the order flow.
      const flow = child(tracer, test, 'OrderFlow.place', { 'code.file.path': `${WORKDIR}/${ORDERS}`, 'code.function.name': 'com.acme.orders.OrderFlow.place' });
      child(tracer, flow, 'Rounding.halfEven', { 'code.file.path': `${WORKDIR}/${ROUNDING}`, 'code.function.name': 'com.acme.pricing.Rounding.halfEven' }).end(start + 20);
      // A library: not the repository's code.
      child(tracer, flow, 'Jackson.write', { 'code.file.path': '/home/runner/.m2/repository/com/fasterxml/jackson/ObjectMapper.java' }).end(start + 20);
      flow.end(start + 30);
    }
    if (cls === 'com.acme.orders.CartTest') {
      // The older attribute names, and a work directory of unknown depth (GitLab, nested groups): kept absolute.
      child(tracer, test, 'Cart.add', { 'code.filepath': `/builds/acme/backend/shop/${CART}`, 'code.function': 'add' }).end(start + 20);
    }
    test.end(start + 40);
  }
  session.end(start + 50);
  return exporter.getFinishedSpans();
}

async function commit(repo: string, i: number, files: string[]): Promise<void> {
  const sha = `c${String(i).padStart(2, '0')}`;
  const ch = await app.inject({
    method: 'POST',
    url: '/v1/changes',
    payload: { repo, commit: sha, parent: `c${String(i - 1).padStart(2, '0')}`, branch: 'main', files: files.map((path) => ({ path, added: 5, removed: 1 })) },
  });
  expect(ch.statusCode, ch.body).toBe(201);
  const q = new URLSearchParams({ repo, branch: 'main', commit: sha, runId: `run-${i}`, startedAt: at(i * 2).toISOString() });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(), headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
}

describe('test impact from traces', () => {
  const repo = uniqueRepo('impact');
  const id = (cls: string) => junitTestId(repo, cls, cls, 'runs');

  beforeAll(async () => {
    // Ten green commits touching other files: no test ever failed, so no co-failure to learn from.
    for (let i = 1; i <= 10; i++) await commit(repo, i, [i % 2 === 0 ? 'README.md' : TAX]);
    const spans = tracedRun(repo, 'nightly-1', 'c10');
    // The session span goes in a request of its own: the tests and their code still resolve, since
    // each code span's chain reaches its test span within the request that holds both.
    const session = spans.filter((s) => s.name === 'gradle test');
    const rest = spans.filter((s) => s.name !== 'gradle test');
    const json = await app.inject({
      method: 'POST',
      url: '/v1/traces',
      payload: Buffer.from(JsonTraceSerializer.serializeRequest(rest)!),
      headers: { 'content-type': 'application/json' },
    });
    expect(json.statusCode, json.body).toBe(200);
    const pb = await app.inject({
      method: 'POST',
      url: '/v1/traces',
      payload: Buffer.from(ProtobufTraceSerializer.serializeRequest(session)!),
      headers: { 'content-type': 'application/x-protobuf' },
    });
    expect(pb.statusCode, pb.body).toBe(200);
  });

  it('stores which repository files each traced test executed, paths made repository-relative where the CI work directory is known', async () => {
    const store = await testStore();
    const rs = await store.client.query({
      query: `SELECT test_id, file, sum(executions) AS executions FROM test_impact WHERE repo = {repo:String} GROUP BY test_id, file ORDER BY test_id, file`,
      query_params: { repo },
      format: 'JSONEachRow',
    });
    const rows = await rs.json<{ test_id: string; file: string; executions: string }>();
    expect(rows.map((r) => ({ test: r.test_id, file: r.file, executions: Number(r.executions) })).sort((a, b) => (a.test + a.file < b.test + b.file ? -1 : 1))).toEqual(
      [
        { test: id('com.acme.orders.OrderFlowTest'), file: ORDERS, executions: 1 },
        { test: id('com.acme.orders.OrderFlowTest'), file: ROUNDING, executions: 1 },
        { test: id('com.acme.orders.CartTest'), file: `/builds/acme/backend/shop/${CART}`, executions: 1 },
      ].sort((a, b) => (a.test + a.file < b.test + b.file ? -1 : 1)),
    );
  });

  it('ranks the test that executed the changed file first, with the reason, though it never failed', async () => {
    const train = await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` });
    expect(train.statusCode, train.body).toBe(200);
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, files: [{ path: ROUNDING, added: 3, removed: 1 }], budget: { fraction: 0.1 } } });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.tests[0]).toMatchObject({ testId: id('com.acme.orders.OrderFlowTest'), selected: true, always: false });
    expect(a.tests[0].reasons[0]).toMatchObject({ code: 'impact', text: `executed changed file ${ROUNDING} in a traced run` });
    expect(a.tests[0].probability).toBeGreaterThan(a.tests[1].probability * 5);
    // Its neighbour in the same package executed other files: no impact reason.
    const cart = a.tests.find((t: { testId: string }) => t.testId === id('com.acme.orders.CartTest'));
    expect(cart.reasons.map((r: { code: string }) => r.code)).not.toContain('impact');

    // A file recorded under an unknown work directory matches a change by its repository-relative suffix.
    const byCart = (await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, files: [CART], budget: { fraction: 0.1 } } })).json();
    expect(byCart.tests[0]).toMatchObject({ testId: id('com.acme.orders.CartTest') });
    expect(byCart.tests[0].reasons.map((r: { code: string }) => r.code)).toContain('impact');
  });
});
