import { SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../ingestion/records.ts';
import { DEFAULT_DECODE_LIMITS, OtlpDecodeError, decodeTraceExport } from '../ingestion/otlp/decode.ts';
import { visitProtobufTraceRequest } from '../ingestion/otlp/decode-protobuf.ts';
import { ExportTraceServiceRequest } from '../ingestion/otlp/proto.ts';
import { TestImpactCollector, testSpanFiles } from '../ingestion/otlp/test-impact.ts';
import { encodeTraceExport } from '../src/decode/trace-export.ts';
import { rowCount } from '../src/store/row-binary.ts';
import { spanRecord } from './support/spans.ts';

// A protobuf export is decoded a batch of spans at a time, so a large one is never held whole as
// records (decode-protobuf.ts). Whatever the batch size, the records, rejections and test impact must
// be those of the request decoded at once. Requests come from the JS SDK and its own serialiser.

/** Spans of two services (two resources), each with two instrumentation scopes: 2 × 2 × 7 spans. */
function recordedSpans(): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  for (const service of ['checkout', 'billing']) {
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': service, 'deployment.environment.name': 'prod' }),
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
    for (const scope of ['http', 'db']) {
      const tracer = provider.getTracer(`${service}.${scope}`, '2.0.0');
      for (let i = 0; i < 7; i++) {
        const span = tracer.startSpan(`${scope} ${i}`, { kind: SpanKind.SERVER, attributes: { 'app.n': i, 'url.path': `/${service}/${i}` } });
        if (i % 3 === 0) span.addEvent('retry', { attempt: i });
        span.end();
      }
    }
  }
  return exporter.getFinishedSpans();
}

function batches(body: Uint8Array, batchSize: number): { batches: SpanRecord[][]; rejected: number; errors: string[] } {
  const seen: SpanRecord[][] = [];
  const outcome = visitProtobufTraceRequest(body, DEFAULT_DECODE_LIMITS, (spans) => seen.push(spans), batchSize);
  return { batches: seen, ...outcome };
}

describe('protobuf exports decoded in batches', () => {
  const spans = recordedSpans();
  const body = ProtobufTraceSerializer.serializeRequest(spans)!;

  it('give the records of the request decoded at once, for every batch size', () => {
    const whole = decodeTraceExport(body, 'protobuf');
    expect(whole.spans).toHaveLength(28);
    // The JSON body of the same spans is decoded whole (JSON.parse): the reference.
    expect(whole).toEqual(decodeTraceExport(JsonTraceSerializer.serializeRequest(spans)!, 'json'));
    for (const size of [1, 3, 7, 8, 1000]) {
      const got = batches(body, size);
      expect(got.batches.flat()).toEqual(whole.spans);
      expect(got.batches.every((b) => b.length > 0 && b.length <= size)).toBe(true);
      // A batch never mixes scopes: 4 scopes of 7 spans.
      expect(got.batches.length).toBe(4 * Math.ceil(7 / size));
    }
  });

  it("name a rejected span by its place in the request, not in its batch", () => {
    const request = ExportTraceServiceRequest.decode(body).toJSON() as { resourceSpans: { scopeSpans: { spans: { spanId: string }[] }[] }[] };
    // protobufjs' JSON form carries bytes as base64: 4 bytes is no span id.
    request.resourceSpans[1]!.scopeSpans[1]!.spans[5]!.spanId = Buffer.from('abcd').toString('base64');
    const edited = ExportTraceServiceRequest.encode(ExportTraceServiceRequest.fromObject(request)).finish();
    const whole = decodeTraceExport(edited, 'protobuf');
    const got = batches(edited, 2);
    expect(whole.errors).toEqual([expect.stringMatching(/^resourceSpans\[1\]\.scopeSpans\[1\]\.spans\[5\]: invalid span id/)]);
    expect(got.errors).toEqual(whole.errors);
    expect(got.rejected).toBe(1);
    expect(got.batches.flat()).toEqual(whole.spans);
  });

  it('find a resource written after its spans on the wire', () => {
    const request = ExportTraceServiceRequest.decode(body).toJSON() as { resourceSpans: { resource: unknown; scopeSpans: unknown[] }[] };
    const root = ExportTraceServiceRequest.root;
    const Resource = root.lookupType('opentelemetry.proto.resource.v1.Resource');
    const ScopeSpans = root.lookupType('opentelemetry.proto.trace.v1.ScopeSpans');
    // ResourceSpans with field 2 (scope_spans) before field 1 (resource): valid protobuf, any order.
    const out = protobuf.Writer.create();
    for (const rs of request.resourceSpans) {
      const inner = protobuf.Writer.create();
      for (const ss of rs.scopeSpans) inner.uint32((2 << 3) | 2).bytes(ScopeSpans.encode(ScopeSpans.fromObject(ss as object)).finish());
      inner.uint32((1 << 3) | 2).bytes(Resource.encode(Resource.fromObject(rs.resource as object)).finish());
      out.uint32((1 << 3) | 2).bytes(inner.finish());
    }
    const reordered = out.finish();
    expect(batches(reordered, 3).batches.flat()).toEqual(decodeTraceExport(body, 'protobuf').spans);
  });

  it('throw OtlpDecodeError for a body cut short after some batches were visited', () => {
    let visited = 0;
    const attempt = () => visitProtobufTraceRequest(body.subarray(0, body.length - 40), DEFAULT_DECODE_LIMITS, () => visited++, 2);
    expect(attempt).toThrow(OtlpDecodeError);
    expect(attempt).toThrow(/not a protobuf ExportTraceServiceRequest/);
    expect(visited).toBeGreaterThan(0);
  });

  it('encode the same rows, in chunks, as spans encoded at once', () => {
    const encoded = encodeTraceExport(body, 'protobuf', DEFAULT_DECODE_LIMITS);
    expect(rowCount(encoded.spans.rows)).toBe(28);
    expect(encoded.spans.rows.every((r) => r.bytes.byteOffset === 0 && r.bytes.buffer.byteLength === r.bytes.byteLength)).toBe(true);
    expect(encoded.rejected).toBe(0);
  });
});

describe('test impact collected over batches', () => {
  const traceId = 'ef'.repeat(16);
  const span = (spanId: string, parentSpanId: string, attrs: Record<string, string>) => spanRecord({ traceId, spanId, parentSpanId, spanAttributes: attrs });

  it('owns a code span whose test span comes in a later batch, as one batch would', () => {
    // Exporters write spans as they end: the code below a test before the test itself.
    const spans = [
      span('3000000000000003', '3000000000000002', { 'code.file.path': 'src/pay/charge.ts' }),
      span('3000000000000002', '3000000000000001', {}),
      span('3000000000000004', '3000000000000001', { 'code.filepath': 'src/pay/refund.py' }),
      span('3000000000000001', '', { 'test.case.name': 'pay.charges_once' }),
    ];
    for (let cut = 0; cut <= spans.length; cut++) {
      const impact = new TestImpactCollector();
      impact.add(spans.slice(0, cut));
      impact.add(spans.slice(cut));
      expect(impact.result()).toEqual(testSpanFiles(spans));
    }
    expect(testSpanFiles(spans)).toEqual([{ traceId, spanId: '3000000000000001', files: ['src/pay/charge.ts', 'src/pay/refund.py'] }]);
  });
});
