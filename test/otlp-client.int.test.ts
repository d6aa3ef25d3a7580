import { context, propagation, trace, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdOf } from '../ingestion/test-identity.ts';
import { startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// A real OpenTelemetry client: the JS SDK's OTLP/HTTP exporters (protobuf and JSON), configured the
// standard way (OTEL_EXPORTER_OTLP_ENDPOINT, default /v1/traces path), sending to the started service.
// A "test runner" service records a test span; the system under test continues the trace through W3C
// trace context propagation, exactly as an instrumented app receiving the test's HTTP request would.

let service: ServiceProcess;
beforeAll(async () => {
  service = await startServiceProcess();
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = service.url;
});
afterAll(async () => service?.stop());

const propagator = new W3CTraceContextPropagator();

function provider(serviceName: string, exporter: SpanExporter, env: string) {
  return new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'deployment.environment.name': env }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
}

/** One test case span, with the app's server and database spans below it via propagated context. */
function runTest(runner: Tracer, app: Tracer, repo: string, testName: string, fail: boolean): string {
  const [owner, name] = repo.split('/');
  const span = runner.startSpan(`test ${testName}`, {
    attributes: {
      'test.case.name': testName,
      'test.suite.name': 'CheckoutTest',
      'test.case.result.status': fail ? 'fail' : 'pass',
      'cicd.pipeline.name': 'ci',
      'cicd.pipeline.run.id': `run-${repo}`,
      'cicd.pipeline.result': 'error',
      'vcs.owner.name': owner!,
      'vcs.repository.name': name!,
      'vcs.ref.head.revision': '3f2a9c1',
      'vcs.ref.head.name': 'main',
    },
  });
  if (fail) {
    span.recordException({ name: 'AssertionError', message: 'expected 200, got 500', stack: 'AssertionError: expected 200\n    at pays (checkout.test.ts:12)' });
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  // The runner injects its context into the request; the app extracts it.
  const carrier: Record<string, string> = {};
  propagator.inject(trace.setSpan(context.active(), span), carrier, { set: (c, k, v) => (c[k] = v) });
  const remote = propagator.extract(context.active(), carrier, { get: (c, k) => c[k], keys: (c) => Object.keys(c) });
  const server = app.startSpan('POST /checkout', { kind: SpanKind.SERVER }, remote);
  app.startSpan('SELECT orders', { kind: SpanKind.CLIENT }, trace.setSpan(remote, server)).end();
  server.end();
  span.end();
  return span.spanContext().traceId;
}

async function exportAll(...providers: BasicTracerProvider[]) {
  for (const p of providers) await p.forceFlush();
}

describe('OpenTelemetry SDK exporters → POST /v1/traces', () => {
  for (const [encoding, make] of [
    ['protobuf', () => new ProtoExporter()],
    ['json', () => new JsonExporter()],
  ] as const) {
    it(`stores spans, test results and links sent as ${encoding}`, async () => {
      const repo = uniqueRepo(`otel-${encoding}`);
      const runnerP = provider('test-runner', make(), 'ci');
      const appP = provider('checkout-api', make(), 'ci');
      const runner = runnerP.getTracer('runner');
      const app = appP.getTracer('app');
      const failing = runTest(runner, app, repo, 'com.acme.CheckoutTest.pays', true);
      runTest(runner, app, repo, 'com.acme.CheckoutTest.refunds', false);
      await exportAll(runnerP, appP);

      const traceRes = await fetch(`${service.url}/v1/traces/${failing}`);
      expect(traceRes.status).toBe(200);
      const t = (await traceRes.json()) as { spans: { name: string; serviceName: string; parentSpanId: string; spanId: string; environment: string; events: { name: string }[] }[] };
      expect(t.spans.map((s) => `${s.serviceName}:${s.name}`).sort()).toEqual([
        'checkout-api:POST /checkout',
        'checkout-api:SELECT orders',
        'test-runner:test com.acme.CheckoutTest.pays',
      ]);
      const byName = Object.fromEntries(t.spans.map((s) => [s.name, s]));
      expect(byName['POST /checkout']!.parentSpanId).toBe(byName['test com.acme.CheckoutTest.pays']!.spanId);
      expect(byName['SELECT orders']!.parentSpanId).toBe(byName['POST /checkout']!.spanId);
      expect(t.spans.every((s) => s.environment === 'ci')).toBe(true);
      expect(byName['test com.acme.CheckoutTest.pays']!.events.map((e) => e.name)).toEqual(['exception']);

      // The test spans are test results, with the JUnit identity, in a CI run from cicd.* / vcs.*.
      const runs = (await (await fetch(`${service.url}/v1/runs?repo=${encodeURIComponent(repo)}`)).json()) as { runs: Record<string, unknown>[] };
      expect(runs.runs).toHaveLength(1);
      expect(runs.runs[0]).toMatchObject({
        runId: `run-${repo}`,
        commit: '3f2a9c1',
        branch: 'main',
        pipeline: 'ci',
        result: 'error',
        source: 'otlp',
        tests: { total: 2, passed: 1, failed: 1, errored: 0, skipped: 0 },
      });
      const testId = testIdOf(repo, 'com.acme.CheckoutTest.pays');
      const hist = (await (await fetch(`${service.url}/v1/tests/${testId}/history?repo=${encodeURIComponent(repo)}`)).json()) as Record<string, unknown> & { attempts: { status: string; message: string }[] };
      expect(hist).toMatchObject({ suite: 'CheckoutTest', className: 'com.acme.CheckoutTest', name: 'pays' });
      expect(hist.attempts.map((a) => [a.status, a.message])).toEqual([['failed', 'expected 200, got 500']]);

      // The app's spans below the test span are the runtime operations the test exercises.
      const ops = (await (await fetch(`${service.url}/v1/tests/${testId}/operations`)).json()) as { executions: number; operations: { serviceName: string; operation: string; kind: string; spans: number }[] };
      expect(ops.executions).toBe(1);
      expect(ops.operations.map((o) => [o.serviceName, o.operation, o.kind, o.spans])).toEqual([
        ['checkout-api', 'POST /checkout', 'server', 1],
        ['checkout-api', 'SELECT orders', 'client', 1],
      ]);
      await runnerP.shutdown();
      await appP.shutdown();
    });
  }

  it('does not count a re-sent export twice (the exporter retries on failure)', async () => {
    const repo = uniqueRepo('otel-resend');
    const exported: Parameters<SpanExporter['export']>[0][] = [];
    const proto = new ProtoExporter();
    const recording: SpanExporter = {
      export: (spans, done) => {
        exported.push(spans);
        proto.export(spans, done);
      },
      shutdown: () => proto.shutdown(),
    };
    const p = provider('test-runner', recording, 'ci');
    runTest(p.getTracer('r'), p.getTracer('a'), repo, 'com.acme.CheckoutTest.pays', true);
    await p.forceFlush();
    expect(exported.flat().length).toBe(3);
    // Send the very same spans again, as a retrying exporter or a redelivering queue would.
    for (const spans of exported) await new Promise<void>((resolve) => proto.export(spans, () => resolve()));
    const testId = testIdOf(repo, 'com.acme.CheckoutTest.pays');
    const hist = (await (await fetch(`${service.url}/v1/tests/${testId}/history`)).json()) as { attempts: unknown[] };
    expect(hist.attempts).toHaveLength(1);
    const runs = (await (await fetch(`${service.url}/v1/runs?repo=${encodeURIComponent(repo)}`)).json()) as { runs: { tests: { total: number } }[] };
    expect(runs.runs[0]!.tests.total).toBe(1);
    await p.shutdown();
  });

  it('refuses spans older than the spans retention in partial_success, instead of storing them for the TTL to delete', async () => {
    // The service runs with the default SIGNALHOUSE_SPANS_TTL_DAYS (30). ClickHouse applies a TTL when it
    // writes a part, so a 40-day-old span accepted as usual would be gone before anyone could read it.
    const recorded = new InMemorySpanExporter();
    const p = provider('replayer', recorded, 'production');
    const old = p.getTracer('r').startSpan('GET /old', { startTime: new Date(Date.now() - 40 * 86_400_000) });
    old.end(new Date(Date.now() - 40 * 86_400_000 + 5));
    const recent = p.getTracer('r').startSpan('GET /recent', { startTime: new Date(Date.now() - 29 * 86_400_000) });
    recent.end();
    const res = await fetch(`${service.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JsonTraceSerializer.serializeRequest(recorded.getFinishedSpans())!),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { partialSuccess?: { rejectedSpans: string; errorMessage: string } };
    expect(answer.partialSuccess?.rejectedSpans).toBe('1');
    expect(answer.partialSuccess?.errorMessage).toMatch(/spans\[0\]: span started .*, before the retention window of 30 days \(SIGNALHOUSE_SPANS_TTL_DAYS\)/);
    expect((await fetch(`${service.url}/v1/traces/${old.spanContext().traceId}`)).status).toBe(404);
    const kept = (await (await fetch(`${service.url}/v1/traces/${recent.spanContext().traceId}`)).json()) as { spans: { name: string }[] };
    expect(kept.spans.map((s) => s.name)).toEqual(['GET /recent']);
    await p.shutdown();
  });
});
