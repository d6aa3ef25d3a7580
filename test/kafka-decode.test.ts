import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { KafkaDecodeError } from '../ingestion/kafka/errors.ts';
import { decodeIncidentMessage } from '../ingestion/kafka/incidents.ts';
import { decodeJunitMessage } from '../ingestion/kafka/junit.ts';
import type { KafkaMessage } from '../ingestion/kafka/message.ts';
import { decodeSpansMessage } from '../ingestion/kafka/spans.ts';
import { decodeTraceExport, type OtlpEncoding } from '../ingestion/otlp/decode.ts';
import { junitUpload } from '../ingestion/junit/upload-identity.ts';
import { deadLetterRow } from '../src/kafka/dead-letters.ts';
import { SHARED_JUNIT } from './support/fixtures.ts';

/** The spans topic's decoder, on this thread (the service's decode workers run the same function). */
const decodeHere = (body: Uint8Array, encoding: OtlpEncoding) => decodeTraceExport(body, encoding);

// Decoders of the Kafka topics, on the bytes real producers write: OTLP serialised by the
// OpenTelemetry JS exporters' own serialisers (the Collector's Kafka exporter writes the same
// TracesData bytes), JUnit reports from real runners.

function message(value: Buffer | string | null, headers: Record<string, string> = {}, extra: Partial<KafkaMessage> = {}): KafkaMessage {
  return {
    topic: 't',
    partition: 0,
    offset: '7',
    key: null,
    value: value === null ? null : Buffer.from(value),
    headers,
    timestampMs: Date.UTC(2026, 10, 20, 10, 0, 0),
    ...extra,
  };
}

function recordSpans(n: number): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('kafka-decode-test');
  for (let i = 0; i < n; i++) tracer.startSpan(`op-${i}`, { kind: SpanKind.SERVER, attributes: { i } }).end();
  return exporter.getFinishedSpans();
}

async function rejection(p: Promise<unknown>): Promise<KafkaDecodeError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(KafkaDecodeError);
  return e as KafkaDecodeError;
}

describe('spans topic', () => {
  const spans = recordSpans(3);

  it.each([
    ['otlp_proto', Buffer.from(ProtobufTraceSerializer.serializeRequest(spans)!)],
    ['otlp_json', Buffer.from(JsonTraceSerializer.serializeRequest(spans)!)],
  ] as const)('decodes %s', async (encoding, bytes) => {
    const decoded = await decodeSpansMessage(message(bytes), encoding, decodeHere);
    expect(decoded.rejected).toBe(0);
    expect(decoded.spans.map((s) => s.name).sort()).toEqual(['op-0', 'op-1', 'op-2']);
    expect(decoded.spans.map((s) => s.spanId).sort()).toEqual(spans.map((s) => s.spanContext().spanId).sort());
    expect(decoded.spans[0]!.serviceName).toBe('checkout');
  });

  it('refuses bytes that are not a trace batch in the configured encoding, and tombstones', async () => {
    const json = Buffer.from(JsonTraceSerializer.serializeRequest(spans)!);
    await expect(decodeSpansMessage(message(json), 'otlp_proto', decodeHere)).rejects.toThrow(KafkaDecodeError);
    await expect(decodeSpansMessage(message(Buffer.from([0x0a, 0xff, 0xff])), 'otlp_proto', decodeHere)).rejects.toThrow(/OTLP|otlp_proto/);
    await expect(decodeSpansMessage(message('{"resourceSpans": 5}'), 'otlp_json', decodeHere)).rejects.toThrow(KafkaDecodeError);
    await expect(decodeSpansMessage(message(null), 'otlp_proto', decodeHere)).rejects.toThrow(/no value/);
  });
});

describe('JUnit topic', () => {
  const xml = readFileSync(`${SHARED_JUNIT}pytest/junit.fail.xml`);
  const headers = { repo: 'acme/shop', branch: 'main', commit: '3f2a9c1' };
  const JUNIT_OPTS = { maxBodyBytes: 1 << 20, resultsRetentionDays: 0 };

  it('reads the report and its run from the headers', async () => {
    const d = await decodeJunitMessage(
      message(xml, { ...headers, runId: 'ci-9', attempt: '2', url: 'https://ci/9', fileName: 'py.xml', pipeline: 'build' }),
      JUNIT_OPTS,
    );
    expect(d.report.testCases.total).toBe(5);
    expect(d.fileName).toBe('py.xml');
    expect(d.run).toMatchObject({ repo: 'acme/shop', branch: 'main', commit: '3f2a9c1', runId: 'ci-9', attempt: 2, url: 'https://ci/9', pipeline: 'build', source: 'junit' });
  });

  it('names a report the same way the HTTP API does, gzipped or not, whatever the header case', async () => {
    const plain = await decodeJunitMessage(message(xml, headers), JUNIT_OPTS);
    const gz = await decodeJunitMessage(message(gzipSync(xml), { REPO: 'acme/shop', Branch: 'main', commit: '3f2a9c1', 'Content-Encoding': 'gzip' }), JUNIT_OPTS);
    expect(gz.uploadId).toBe(plain.uploadId);
    expect(gz.run.runId).toBe(plain.run.runId);
    expect(plain.run.runId).toMatch(/^junit-[0-9a-f]{16}$/);
    // The HTTP route's rule, from the shared module.
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(xml).digest('hex');
    expect(junitUpload({ ...headers, attempt: 1 }, plain.report, sha, new Date()).uploadId).toBe(plain.uploadId);
  });

  it('falls back to the message timestamp, which a redelivery keeps, for the run start', async () => {
    const noTimes = Buffer.from('<testsuite name="s"><testcase classname="a.B" name="c"/></testsuite>');
    const d = await decodeJunitMessage(message(noTimes, headers), JUNIT_OPTS);
    expect(d.run.startedAt.toISOString()).toBe('2026-11-20T10:00:00.000Z');
  });

  it('refuses a message without a required header, naming it', async () => {
    const e = await rejection(decodeJunitMessage(message(xml, { repo: 'acme/shop', branch: 'main' }), JUNIT_OPTS));
    expect(e.code).toBe('BAD_HEADERS');
    expect(e.message).toContain('header "commit" is missing');
  });

  it('refuses bad header values, corrupt XML, bad gzip, oversized reports and empty messages', async () => {
    const opts = JUNIT_OPTS;
    expect((await rejection(decodeJunitMessage(message(xml, { ...headers, attempt: '0' }), opts))).message).toContain('attempt');
    expect((await rejection(decodeJunitMessage(message(xml, { ...headers, startedAt: 'yesterday' }), opts))).message).toContain('startedAt');
    expect((await rejection(decodeJunitMessage(message('<testsuite><testcase', headers), opts))).code).toMatch(/XML|JUNIT/);
    expect((await rejection(decodeJunitMessage(message(xml, { ...headers, 'content-encoding': 'gzip' }), opts))).code).toBe('BAD_COMPRESSION');
    expect((await rejection(decodeJunitMessage(message(xml, headers), { ...opts, maxBodyBytes: 100 }))).code).toBe('PAYLOAD_TOO_LARGE');
    expect((await rejection(decodeJunitMessage(message(null, headers), opts))).code).toBe('EMPTY_REPORT');
  });

  it('refuses a report whose tests are past the results retention, naming the window', async () => {
    // The shared pytest report ran in 2020; the run's start comes from it.
    const tooOld = await rejection(decodeJunitMessage(message(xml, headers), { ...JUNIT_OPTS, resultsRetentionDays: 90 }));
    expect(tooOld.code).toBe('OUTSIDE_RETENTION');
    expect(tooOld.message).toMatch(/^report\.xml: tests started 20\d\d-.*, before the retention window of 90 days \(SIGNALHOUSE_RESULTS_TTL_DAYS\)/);
    // Without timestamps, the tests ran when the message was written: inside the window.
    const noTimes = Buffer.from('<testsuite name="s"><testcase classname="a.B" name="c"/></testsuite>');
    const recent = message(noTimes, headers, { timestampMs: Date.now() });
    expect((await decodeJunitMessage(recent, { ...JUNIT_OPTS, resultsRetentionDays: 90 })).report.testCases.total).toBe(1);
  });
});

describe('incidents topic', () => {
  const incident = {
    id: 'INC-42',
    repo: 'acme/shop',
    title: 'Checkout 500s',
    severity: 'sev1',
    services: ['checkout'],
    traceIds: ['0AF7651916CD43DD8448EB211C80319C'],
    startedAt: '2026-11-20T10:00:00+01:00',
    resolvedAt: null,
    runbook: 'https://wiki/checkout', // unknown fields are kept in raw
  };

  it('validates and keeps the raw JSON', () => {
    const raw = JSON.stringify(incident);
    const r = decodeIncidentMessage(message(raw));
    expect(r).toMatchObject({ id: 'INC-42', repo: 'acme/shop', status: '', services: ['checkout'], resolvedAt: null, raw });
    expect(r.traceIds).toEqual(['0af7651916cd43dd8448eb211c80319c']);
    expect(r.startedAt.toISOString()).toBe('2026-11-20T09:00:00.000Z');
    expect(decodeIncidentMessage(message(JSON.stringify({ id: 'x', title: 't', startedAt: '2026-11-20T10:00:00Z' }))).repo).toBe('');
  });

  it.each([
    ['not JSON', '{"id":', 'BAD_JSON'],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x7b]), 'BAD_JSON'],
    ['no id', JSON.stringify({ ...incident, id: undefined }), 'BAD_INCIDENT'],
    ['a bad time', JSON.stringify({ ...incident, startedAt: '20 Nov' }), 'BAD_INCIDENT'],
    ['a bad trace id', JSON.stringify({ ...incident, traceIds: ['abc'] }), 'BAD_INCIDENT'],
    ['services not strings', JSON.stringify({ ...incident, services: [1] }), 'BAD_INCIDENT'],
    ['an array', '[]', 'BAD_INCIDENT'],
  ])('refuses %s', (_what, value, code) => {
    try {
      decodeIncidentMessage(message(value));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KafkaDecodeError);
      expect((e as KafkaDecodeError).code).toBe(code);
    }
  });
});

describe('dead-letter rows', () => {
  it('keep the original bytes, key, headers and place', () => {
    const bytes = Buffer.from([0, 1, 2, 255]);
    const row = deadLetterRow(message(bytes, { repo: 'r' }, { key: Buffer.from([0xff, 0x01]), partition: 3, offset: '12345678901234' }), 'BAD: why');
    expect(row).toMatchObject({ source: 'kafka', topic: 't', partition: 3, offset: '12345678901234', headers: { repo: 'r' }, reason: 'BAD: why' });
    expect(Buffer.from(row.value_b64, 'base64')).toEqual(bytes);
    expect(row.key).toBe(`base64:${Buffer.from([0xff, 0x01]).toString('base64')}`);
    expect(deadLetterRow(message('x', {}, { key: Buffer.from('trace-1') }), 'r').key).toBe('trace-1');
    expect(deadLetterRow(message('x', {}, { key: Buffer.from([0x0a, 0x41]) }), 'r').key).toBe('base64:CkE=');
  });
});
