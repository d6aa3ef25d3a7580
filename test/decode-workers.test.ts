import { SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DECODE_LIMITS, OtlpDecodeError, type OtlpEncoding } from '../ingestion/otlp/decode.ts';
import { InThreadTraceDecoder, WorkerTraceDecoder, createTraceDecoder } from '../src/decode/trace-decoder.ts';
import type { EncodedTraceExport } from '../src/decode/trace-export.ts';
import { rowCount } from '../src/store/row-binary.ts';

// The decode workers (src/decode/) must give exactly what decoding on the calling thread gives, and
// fail the way it fails: requests serialised by the OpenTelemetry SDK's own serialisers.

function recordSpans(n: number, service = 'checkout'): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'vcs.repository.name': 'acme/shop' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('signalhouse.test', '1.0.0');
  for (let i = 0; i < n; i++) {
    const attributes = i === 0 ? { 'test.case.name': 'com.acme.CartTest.addsItem', 'test.case.result.status': 'fail' } : { 'url.path': `/items/${i}`, 'ünïcode': 'värde' };
    const span = tracer.startSpan(`op ${i % 3}`, { kind: SpanKind.SERVER, attributes });
    if (i % 2 === 0) span.addEvent('exception', { 'exception.message': `boom ${i}` });
    span.end();
  }
  return exporter.getFinishedSpans();
}

function body(spans: ReadableSpan[], encoding: OtlpEncoding): Uint8Array {
  return encoding === 'protobuf' ? ProtobufTraceSerializer.serializeRequest(spans)! : JsonTraceSerializer.serializeRequest(spans)!;
}

/** A JSON export whose second span has a span id of the wrong length (rejected, the rest kept). */
function bodyWithBadSpan(spans: ReadableSpan[]): Uint8Array {
  const request = JSON.parse(Buffer.from(JsonTraceSerializer.serializeRequest(spans)!).toString('utf8'));
  request.resourceSpans[0].scopeSpans[0].spans[1].spanId = 'abc';
  return Buffer.from(JSON.stringify(request));
}

function comparable(e: EncodedTraceExport) {
  return { count: rowCount(e.spans.rows), bytes: Buffer.concat(e.spans.rows.map((r) => r.bytes)).toString('hex'), testSpans: e.spans.testSpans, rejected: e.rejected, errors: e.errors };
}

const inThread = new InThreadTraceDecoder(DEFAULT_DECODE_LIMITS);
const workers = new WorkerTraceDecoder(2, DEFAULT_DECODE_LIMITS);
afterAll(() => workers.close());

describe('decode workers', () => {
  const spans = recordSpans(40);
  const cases: [string, Uint8Array, OtlpEncoding][] = [
    ['protobuf', body(spans, 'protobuf'), 'protobuf'],
    ['JSON', body(spans, 'json'), 'json'],
    ['JSON with an invalid span', bodyWithBadSpan(spans), 'json'],
  ];

  it.each(cases)('give what the calling thread gives: %s', async (_name, bytes, encoding) => {
    const expected = await inThread.decode(bytes, encoding);
    const got = await workers.decode(bytes, encoding);
    expect(comparable(got)).toEqual(comparable(expected));
    expect(rowCount(got.spans.rows)).toBe(encoding === 'json' && _name.includes('invalid') ? 39 : 40);
    expect(got.spans.testSpans.map((s) => s.spanAttributes['test.case.name'])).toEqual(['com.acme.CartTest.addsItem']);
  });

  it('reports a rejected span as the calling thread does', async () => {
    const got = await workers.decode(bodyWithBadSpan(spans), 'json');
    expect(got.rejected).toBe(1);
    expect(got.errors).toEqual(['resourceSpans[0].scopeSpans[0].spans[1]: invalid span id: "abc" is neither 16 hex digits nor base64 of 8 bytes']);
  });

  it('answer a body that is not a trace export with OtlpDecodeError (400), and keep serving', async () => {
    const whole = body(spans, 'protobuf');
    const truncated = whole.subarray(0, whole.length - 7);
    const err = await workers.decode(truncated, 'protobuf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OtlpDecodeError);
    expect((err as OtlpDecodeError).statusCode).toBe(400);
    await expect(workers.decode(Buffer.from('{"resourceSpans": 7}'), 'json')).rejects.toBeInstanceOf(OtlpDecodeError);
    expect(rowCount((await workers.decode(whole, 'protobuf')).spans.rows)).toBe(40);
  });

  it('move a body given away to the worker without copying it, and copy one that is a view or kept', async () => {
    const whole = body(spans, 'protobuf');
    const given = new Uint8Array(whole); // fills its own ArrayBuffer, as a large request body does
    expect(rowCount((await workers.decode(given, 'protobuf', { givenAway: true })).spans.rows)).toBe(40);
    expect(given.byteLength).toBe(0); // transferred: detached here
    const view = Buffer.concat([Buffer.alloc(8), whole]).subarray(8);
    expect(rowCount((await workers.decode(view, 'protobuf', { givenAway: true })).spans.rows)).toBe(40);
    expect(view.byteLength).toBe(whole.byteLength);
    const kept = new Uint8Array(whole);
    await workers.decode(kept, 'protobuf');
    expect(kept).toEqual(whole);
  });

  it('keep the answers of many concurrent requests apart', async () => {
    const bodies = Array.from({ length: 24 }, (_, i) => body(recordSpans(1 + i, `svc-${i}`), i % 2 ? 'json' : 'protobuf'));
    const answers = await Promise.all(bodies.map((b, i) => workers.decode(b, i % 2 ? 'json' : 'protobuf')));
    expect(answers.map((a) => rowCount(a.spans.rows))).toEqual(bodies.map((_, i) => 1 + i));
    for (const [i, a] of answers.entries()) expect(a.spans.testSpans[0]!.resourceAttributes['service.name']).toBe(`svc-${i}`);
  });

  it('replace a worker that dies: its pending requests fail, later ones are served', async () => {
    const decoder = new WorkerTraceDecoder(1, DEFAULT_DECODE_LIMITS);
    try {
      const big = body(recordSpans(2000), 'protobuf');
      const pending = decoder.decode(big, 'protobuf');
      // A crash, as an out-of-memory or a fault of ours would end the thread.
      await (decoder as unknown as { slots: { worker: Worker }[] }).slots[0]!.worker.terminate();
      await expect(pending).rejects.toThrow(/decode worker exited/);
      expect(rowCount((await decoder.decode(body(spans, 'protobuf'), 'protobuf')).spans.rows)).toBe(40);
    } finally {
      await decoder.close();
    }
  });

  it('refuse work once closed; 0 workers decode on the calling thread', async () => {
    const decoder = createTraceDecoder(1, DEFAULT_DECODE_LIMITS);
    await decoder.close();
    await expect(decoder.decode(body(spans, 'protobuf'), 'protobuf')).rejects.toThrow(/closed/);
    expect(createTraceDecoder(0, DEFAULT_DECODE_LIMITS)).toBeInstanceOf(InThreadTraceDecoder);
  });
});
