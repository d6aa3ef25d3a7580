import { readFileSync } from 'node:fs';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { globSync } from 'tinyglobby';

// What the fuzzer starts from: real inputs, so mutations stay close to what clients really send.
// JUnit: every real report kept by the project (../shared/fixtures and test/fixtures/junit-real).
// OTLP: exports serialised by the OpenTelemetry JS SDK's own serialisers, made now (so their spans
// are inside the retention window), with production, client and test case spans, events and links.
// The test span names no repo of its own: the fuzzer gives each case its repo in x-signalhouse-repo.

export function junitSeeds(repoRoot: string, sharedDir: string): Buffer[] {
  const files = [
    ...globSync('fixtures/junit/**/*.xml', { cwd: sharedDir, absolute: true }),
    ...globSync('test/fixtures/junit-real/**/*.xml', { cwd: repoRoot, absolute: true }),
  ].sort();
  if (files.length === 0) throw new Error(`no JUnit fixtures under ${sharedDir} or ${repoRoot}`);
  return files.map((f) => readFileSync(f));
}

export function otlpSeeds(): { protobuf: Buffer[]; json: Buffer[] } {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': 'checkout-api',
      'deployment.environment.name': 'production',
    }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('fuzz-seed', '1.0.0');
  const server = tracer.startSpan('GET /api/orders/:id', {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'GET', 'http.route': '/api/orders/:id', 'url.path': '/api/orders/42', 'http.response.status_code': 500, 'http.request.header.x-tenant': ['t1'] },
  });
  server.addEvent('cache miss', { key: 'order:42' });
  server.recordException(new Error('connection reset by peer'));
  server.setStatus({ code: SpanStatusCode.ERROR, message: 'upstream failed' });
  const client = tracer.startSpan('SELECT orders', { kind: SpanKind.CLIENT, links: [{ context: server.spanContext(), attributes: { why: 'retry' } }] });
  client.end();
  server.end();
  const test = tracer.startSpan('test pays', {
    attributes: { 'test.case.name': 'CheckoutTest.pays', 'test.case.result.status': 'fail', 'test.suite.name': 'CheckoutTest', 'cicd.pipeline.run.id': '77', 'vcs.ref.head.revision': 'abc123' },
  });
  test.end();
  const spans = exporter.getFinishedSpans();
  const halves = [spans, spans.slice(0, 1), spans.slice(1)];
  return {
    protobuf: halves.map((s) => Buffer.from(ProtobufTraceSerializer.serializeRequest(s)!)),
    json: halves.map((s) => Buffer.from(JsonTraceSerializer.serializeRequest(s)!)),
  };
}

/** Change and risk requests as the CLI sends them. */
export const CHANGE_SEEDS: unknown[] = [
  { repo: 'acme/shop', commit: '3f2a9c1', parent: '1b2c3d4', branch: 'main', files: [{ path: 'src/pay.ts', added: 3, removed: 1 }, { path: 'test/pay.test.ts' }] },
  { repo: 'acme/shop', commit: 'abc', files: [] },
];
