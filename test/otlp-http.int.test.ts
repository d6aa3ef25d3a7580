import { gzipSync } from 'node:zlib';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportTraceServiceResponse } from '../ingestion/otlp/proto.ts';
import { testApp } from './support/app.ts';
import { testStore } from './support/store.ts';

// The OTLP/HTTP contract at the edge: encodings, compression, status codes, partial success.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

function record(service: string, n: number): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const p = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'deployment.environment': 'production' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = p.getTracer('t');
  for (let i = 0; i < n; i++) tracer.startSpan(`GET /items/{id}`, { attributes: { i } }).end();
  return exporter.getFinishedSpans();
}

async function spanCount(service: string): Promise<number> {
  const store = await testStore();
  const rs = await store.client.query({
    query: 'SELECT uniqExact(trace_id, span_id) AS n FROM spans WHERE service_name = {s:String}',
    query_params: { s: service },
    format: 'JSONEachRow',
  });
  return Number((await rs.json<{ n: string }>())[0]!.n);
}

describe('POST /v1/traces', () => {
  it('takes protobuf, gzip too, and answers protobuf', async () => {
    const service = `svc-${Date.now()}-pb`;
    const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(record(service, 5))!);
    const res = await app.inject({ method: 'POST', url: '/v1/traces', payload: gzipSync(body), headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/x-protobuf/);
    const decoded = ExportTraceServiceResponse.decode(res.rawPayload);
    expect(decoded.partialSuccess ?? null).toBeNull();
    expect(await spanCount(service)).toBe(5);
    // The environment from the older deployment.environment attribute is kept.
    const store = await testStore();
    const rs = await store.client.query({ query: 'SELECT DISTINCT environment FROM spans WHERE service_name = {s:String}', query_params: { s: service }, format: 'JSONEachRow' });
    expect(await rs.json()).toEqual([{ environment: 'production' }]);
  });

  it('takes JSON (with a charset) and answers JSON', async () => {
    const service = `svc-${Date.now()}-json`;
    const body = Buffer.from(JsonTraceSerializer.serializeRequest(record(service, 3))!);
    const res = await app.inject({ method: 'POST', url: '/v1/traces', payload: body, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({});
    expect(await spanCount(service)).toBe(3);
  });

  it('keeps the good spans and reports the bad ones as partial success', async () => {
    const service = `svc-${Date.now()}-partial`;
    const request = JSON.parse(Buffer.from(JsonTraceSerializer.serializeRequest(record(service, 4))!).toString());
    request.resourceSpans[0].scopeSpans[0].spans[1].spanId = 'abc'; // not 8 bytes
    const res = await app.inject({ method: 'POST', url: '/v1/traces', payload: JSON.stringify(request), headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.partialSuccess.rejectedSpans).toBe('1');
    expect(body.partialSuccess.errorMessage).toMatch(/span/i);
    expect(await spanCount(service)).toBe(3);
  });

  it('answers 400 to an undecodable body, 415 to an unknown type, 413 over the limit; stores nothing', async () => {
    const service = `svc-${Date.now()}-bad`;
    const good = Buffer.from(ProtobufTraceSerializer.serializeRequest(record(service, 50))!);
    const truncated = await app.inject({ method: 'POST', url: '/v1/traces', payload: good.subarray(0, good.length - 7), headers: { 'content-type': 'application/x-protobuf' } });
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json().message).toMatch(/protobuf|truncat|invalid|index out of range/i);
    const notJson = await app.inject({ method: 'POST', url: '/v1/traces', payload: '{"resourceSpans": [', headers: { 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    const xml = await app.inject({ method: 'POST', url: '/v1/traces', payload: '<x/>', headers: { 'content-type': 'application/xml' } });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().message).toMatch(/application\/x-protobuf/);
    const small = await testApp({ SIGNALHOUSE_MAX_BODY_BYTES: '1000' });
    try {
      const big = await small.inject({ method: 'POST', url: '/v1/traces', payload: good, headers: { 'content-type': 'application/x-protobuf' } });
      expect(big.statusCode).toBe(413);
    } finally {
      await small.close();
    }
    expect(await spanCount(service)).toBe(0);
    // Still serving.
    const ok = await app.inject({ method: 'POST', url: '/v1/traces', payload: good, headers: { 'content-type': 'application/x-protobuf' } });
    expect(ok.statusCode).toBe(200);
    expect(await spanCount(service)).toBe(50);
  });

  it('answers 404 for an unknown trace and 400 for a malformed id', async () => {
    expect((await app.inject({ url: `/v1/traces/${'0'.repeat(31)}1` })).statusCode).toBe(404);
    expect((await app.inject({ url: '/v1/traces/xyz' })).statusCode).toBe(400);
  });
});
