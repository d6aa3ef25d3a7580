import { ROOT_CONTEXT, SpanKind, SpanStatusCode, createTraceState, trace, type Attributes, type SpanContext } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../ingestion/records.ts';
import { DEFAULT_DECODE_LIMITS, OtlpDecodeError, decodeTraceExport, otlpEncodingOf, type DecodedTraces, type OtlpEncoding } from '../ingestion/otlp/decode.ts';
import { ExportTraceServiceRequest } from '../ingestion/otlp/proto.ts';
import { encodeTraceExportResponse, partialSuccessOf, traceExportResponseJson } from '../ingestion/otlp/response.ts';

// Every request here is serialised by the OpenTelemetry JS exporters' own serialisers from spans
// that a real SDK tracer recorded; JSON cases that need what the JS SDK never sends (base64 ids,
// enum names, snake_case) edit that real output.

const REMOTE_PARENT: SpanContext = {
  traceId: '0af7651916cd43dd8448eb211c80319c',
  spanId: 'b7ad6b7169203331',
  traceFlags: 1,
  isRemote: true,
  traceState: createTraceState('congo=t61rcWkgMzE'),
};

const T0: [number, number] = [1_700_000_000, 123_456_789]; // 1700000000.123456789 s
const T0_NS = 1_700_000_000_123_456_789n;

interface Recorded {
  spans: ReadableSpan[];
  /** The SDK span objects keep their ids; recorded here to assert on. */
  checkout: SpanContext;
  cartLookup: SpanContext;
}

function recordSpans(options: { spanAttributeCountLimit?: number; extraAttributes?: Attributes } = {}): Recorded {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': 'checkout',
      'deployment.environment.name': 'staging',
      'host.tags': { zone: 'eu-1', weights: [1, 2.5] } as never, // kvlistValue on the wire
      'host.fingerprint': new Uint8Array([0xde, 0xad, 0xbe, 0xef]) as never, // bytesValue
    }),
    spanLimits: { attributeCountLimit: options.spanAttributeCountLimit ?? 128 },
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('signalhouse.test', '1.2.3');

  const checkoutSpan = tracer.startSpan(
    'POST /checkout',
    {
      kind: SpanKind.SERVER,
      startTime: T0,
      attributes: {
        'http.request.method': 'POST',
        'http.response.status_code': 500,
        'cart.total': 12.75,
        'cart.express': false,
        'cart.skus': ['sku-1', 'sku-2'],
        'cart.quantities': [1, 3],
        ...options.extraAttributes,
      },
    },
    trace.setSpanContext(ROOT_CONTEXT, REMOTE_PARENT),
  );
  const cartSpan = tracer.startSpan(
    'SELECT cart',
    { kind: SpanKind.CLIENT, startTime: [T0[0], T0[1] + 1000], links: [{ context: REMOTE_PARENT, attributes: { 'link.reason': 'retry-of' } }] },
    trace.setSpan(ROOT_CONTEXT, checkoutSpan),
  );
  cartSpan.setStatus({ code: SpanStatusCode.OK });
  cartSpan.end([T0[0], T0[1] + 501_000]);

  checkoutSpan.addEvent('exception', { 'exception.type': 'CartError', 'exception.message': 'empty cart' }, [T0[0] + 1, 1]);
  checkoutSpan.setStatus({ code: SpanStatusCode.ERROR, message: 'empty cart' });
  checkoutSpan.end([T0[0] + 2, 987_654_321]);

  return { spans: exporter.getFinishedSpans(), checkout: checkoutSpan.spanContext(), cartLookup: cartSpan.spanContext() };
}

function serialize(encoding: OtlpEncoding, spans: ReadableSpan[]): Uint8Array {
  const body = encoding === 'protobuf' ? ProtobufTraceSerializer.serializeRequest(spans) : JsonTraceSerializer.serializeRequest(spans);
  if (body === undefined) throw new Error('serializer returned nothing');
  return body;
}

/** The JSON request the JS exporter sends, as an object to edit. */
function jsonRequest(spans: ReadableSpan[]): JsonRequest {
  return JSON.parse(new TextDecoder().decode(serialize('json', spans))) as JsonRequest;
}

// Just enough structure to edit the real exporter's JSON in tests.
interface JsonRequest {
  resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[];
}

function spansOf(request: JsonRequest): Record<string, unknown>[] {
  return request.resourceSpans[0]!.scopeSpans[0]!.spans;
}

function decodeJson(request: unknown): DecodedTraces {
  return decodeTraceExport(JSON.stringify(request), 'json');
}

/** A ReadableSpan with some fields replaced, standing in for what other SDKs may send. */
function withOverrides(span: ReadableSpan, overrides: { traceId?: string; spanId?: string; attributes?: Attributes }): ReadableSpan {
  const context = { ...span.spanContext(), ...(overrides.traceId === undefined ? {} : { traceId: overrides.traceId }), ...(overrides.spanId === undefined ? {} : { spanId: overrides.spanId }) };
  return Object.create(span, {
    spanContext: { value: () => context },
    attributes: { value: overrides.attributes ?? span.attributes },
  }) as ReadableSpan;
}

function byName(decoded: DecodedTraces, name: string): SpanRecord {
  const span = decoded.spans.find((s) => s.name === name);
  if (span === undefined) throw new Error(`no span named ${name}`);
  return span;
}

describe.each(['protobuf', 'json'] as const)('decoding %s trace exports from the OpenTelemetry JS exporter', (encoding) => {
  const recorded = recordSpans();
  const decoded = decodeTraceExport(serialize(encoding, recorded.spans), encoding);

  it('accepts every span', () => {
    expect(decoded).toMatchObject({ rejected: 0, errors: [] });
    expect(decoded.spans).toHaveLength(2);
  });

  it('keeps ids as lowercase hex, with parent and trace state', () => {
    const checkout = byName(decoded, 'POST /checkout');
    expect(checkout.traceId).toBe(REMOTE_PARENT.traceId);
    expect(checkout.spanId).toBe(recorded.checkout.spanId);
    expect(checkout.parentSpanId).toBe(REMOTE_PARENT.spanId);
    expect(checkout.traceState).toBe('congo=t61rcWkgMzE');
    const cart = byName(decoded, 'SELECT cart');
    expect(cart.parentSpanId).toBe(recorded.checkout.spanId);
    expect(cart.spanId).toBe(recorded.cartLookup.spanId);
  });

  it('keeps times to the nanosecond', () => {
    const checkout = byName(decoded, 'POST /checkout');
    expect(checkout.startTimeUnixNano).toBe(T0_NS);
    expect(checkout.durationNs).toBe(2_864_197_532n); // (T0 + 2 s + 987654321 ns) - T0
    const cart = byName(decoded, 'SELECT cart');
    expect(cart.startTimeUnixNano).toBe(T0_NS + 1000n);
    expect(cart.durationNs).toBe(500_000n);
    expect(checkout.events[0]?.timeUnixNano).toBe(1_700_000_001_000_000_001n);
  });

  it('flattens attributes of every AnyValue kind to strings', () => {
    const checkout = byName(decoded, 'POST /checkout');
    expect(checkout.spanAttributes).toEqual({
      'http.request.method': 'POST',
      'http.response.status_code': '500',
      'cart.total': '12.75',
      'cart.express': 'false',
      'cart.skus': '["sku-1","sku-2"]',
      'cart.quantities': '[1,3]',
    });
    expect(checkout.resourceAttributes).toMatchObject({
      'host.tags': '{"zone":"eu-1","weights":[1,2.5]}',
      'host.fingerprint': '3q2+7w==',
    });
  });

  it('reads service, environment, scope, kind and status', () => {
    const checkout = byName(decoded, 'POST /checkout');
    expect(checkout).toMatchObject({
      serviceName: 'checkout',
      environment: 'staging',
      scopeName: 'signalhouse.test',
      scopeVersion: '1.2.3',
      kind: 'server',
      statusCode: 'error',
      statusMessage: 'empty cart',
    });
    expect(byName(decoded, 'SELECT cart')).toMatchObject({ kind: 'client', statusCode: 'ok', statusMessage: '' });
  });

  it('keeps events and links with their attributes', () => {
    expect(byName(decoded, 'POST /checkout').events).toEqual([
      { timeUnixNano: 1_700_000_001_000_000_001n, name: 'exception', attributes: { 'exception.type': 'CartError', 'exception.message': 'empty cart' } },
    ]);
    expect(byName(decoded, 'SELECT cart').links).toEqual([
      { traceId: REMOTE_PARENT.traceId, spanId: REMOTE_PARENT.spanId, traceState: 'congo=t61rcWkgMzE', attributes: { 'link.reason': 'retry-of' } },
    ]);
  });

  it('rejects a span with a bad id and keeps the others (partial success)', () => {
    const [first, second] = recorded.spans;
    const bad = withOverrides(second!, { traceId: '0af7651916cd43dd8448eb211c8031' }); // 15 bytes
    const result = decodeTraceExport(serialize(encoding, [first!, bad]), encoding);
    expect(result.rejected).toBe(1);
    expect(result.spans.map((s) => s.name)).toEqual([first!.name]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[1\]: invalid trace id/);
  });

  it('rejects all-zero ids', () => {
    const [first, second] = recorded.spans;
    const zeroTrace = withOverrides(first!, { traceId: '0'.repeat(32) });
    const zeroSpan = withOverrides(second!, { spanId: '0'.repeat(16) });
    const result = decodeTraceExport(serialize(encoding, [zeroTrace, zeroSpan]), encoding);
    expect(result.rejected).toBe(2);
    expect(result.errors).toEqual([expect.stringContaining('invalid trace id: all zeros'), expect.stringContaining('invalid span id: all zeros')]);
  });

  it('truncates a giant attribute value and caps the attribute count instead of rejecting', () => {
    const many: Attributes = { giant: 'x'.repeat(100_000) };
    for (let i = 0; i < 300; i++) many[`extra.${i}`] = i;
    const big = recordSpans({ spanAttributeCountLimit: 1000, extraAttributes: many });
    const result = decodeTraceExport(serialize(encoding, big.spans), encoding);
    expect(result.rejected).toBe(0);
    const checkout = byName(result, 'POST /checkout');
    expect(checkout.spanAttributes['giant']).toBe('x'.repeat(DEFAULT_DECODE_LIMITS.maxAttributeValueLength));
    expect(Object.keys(checkout.spanAttributes)).toHaveLength(DEFAULT_DECODE_LIMITS.maxAttributesPerSpan);
  });

  it('rejects spans that started before the retention window, naming it, and keeps those inside', () => {
    const body = serialize(encoding, recorded.spans);
    const ageDays = (Date.now() / 1000 - T0[0]) / 86_400; // both spans started at T0, in 2023
    const outside = decodeTraceExport(body, encoding, { ...DEFAULT_DECODE_LIMITS, spansRetentionDays: Math.floor(ageDays) });
    expect(outside.spans).toEqual([]);
    expect(outside.rejected).toBe(2);
    expect(outside.errors[0]).toMatch(
      /^resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[0\]: span started 2023-11-14T22:13:20\.123Z, before the retention window of \d+ days \(SIGNALHOUSE_SPANS_TTL_DAYS\)/,
    );
    const inside = decodeTraceExport(body, encoding, { ...DEFAULT_DECODE_LIMITS, spansRetentionDays: Math.ceil(ageDays) + 1 });
    expect(inside.rejected).toBe(0);
    expect(inside.spans).toHaveLength(2);
    // 0, the decoder's default, keeps spans of any age.
    expect(decoded.rejected).toBe(0);
  });

  it('rejects a test case span past the results retention, and keeps other spans as old', () => {
    const withTest = recordSpans({ extraAttributes: { 'test.case.name': 'com.acme.CheckoutTest.pays' } });
    const ageDays = (Date.now() / 1000 - T0[0]) / 86_400;
    const limits = { ...DEFAULT_DECODE_LIMITS, testResultsRetentionDays: Math.floor(ageDays) };
    const result = decodeTraceExport(serialize(encoding, withTest.spans), encoding, limits);
    expect(result.spans.map((x) => x.name)).toEqual(['SELECT cart']);
    expect(result.rejected).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(/^resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[1\]: span started 2023-11-14T22:13:20\.123Z, before the retention window of \d+ days \(SIGNALHOUSE_RESULTS_TTL_DAYS\)/),
    ]);
  });
});

describe('both encodings', () => {
  it('decode the same spans to the same records', () => {
    const { spans } = recordSpans();
    expect(decodeTraceExport(serialize('json', spans), 'json')).toEqual(decodeTraceExport(serialize('protobuf', spans), 'protobuf'));
  });

  it('keep int64 attribute values beyond 2^53 exactly', () => {
    const intValue = (value: string) => ({ key: value, value: { intValue: value } });
    const request = {
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: '0af7651916cd43dd8448eb211c80319c',
                  spanId: 'b7ad6b7169203331',
                  name: 'big',
                  startTimeUnixNano: '18446744073709551615', // the largest fixed64
                  endTimeUnixNano: '18446744073709551615',
                  attributes: [intValue('9223372036854775807'), intValue('-9223372036854775808')],
                },
              ],
            },
          ],
        },
      ],
    };
    // protobufjs, with the same official schema, is the reference encoder for values no JS SDK sends.
    const protobuf = ExportTraceServiceRequest.encode(
      ExportTraceServiceRequest.fromObject({
        resourceSpans: request.resourceSpans.map((rs) => ({
          scopeSpans: rs.scopeSpans.map((ss) => ({
            spans: ss.spans.map((s) => ({ ...s, traceId: Buffer.from(s.traceId, 'hex'), spanId: Buffer.from(s.spanId, 'hex') })),
          })),
        })),
      }),
    ).finish();
    for (const result of [decodeJson(request), decodeTraceExport(protobuf, 'protobuf')]) {
      expect(result.rejected).toBe(0);
      expect(result.spans[0]?.startTimeUnixNano).toBe(18_446_744_073_709_551_615n);
      expect(result.spans[0]?.spanAttributes).toEqual({ '9223372036854775807': '9223372036854775807', '-9223372036854775808': '-9223372036854775808' });
    }
  });
});

describe('undecodable bodies', () => {
  it('throws OtlpDecodeError (400) for truncated protobuf', () => {
    const body = serialize('protobuf', recordSpans().spans);
    const attempt = () => decodeTraceExport(body.subarray(0, body.length - 7), 'protobuf');
    expect(attempt).toThrow(OtlpDecodeError);
    expect(attempt).toThrow(/not a protobuf ExportTraceServiceRequest/);
    try {
      attempt();
    } catch (err) {
      expect(err).toMatchObject({ statusCode: 400, code: 'OTLP_DECODE' });
    }
  });

  it('reads protobuf strings of any length and script, and rejects invalid UTF-8 in them', () => {
    const name = (text: string) =>
      ExportTraceServiceRequest.encode(
        ExportTraceServiceRequest.fromObject({
          resourceSpans: [
            {
              scopeSpans: [
                {
                  spans: [{ traceId: Buffer.from(REMOTE_PARENT.traceId, 'hex'), spanId: Buffer.from(REMOTE_PARENT.spanId, 'hex'), name: text, startTimeUnixNano: 1 }],
                },
              ],
            },
          ],
        }),
      ).finish();
    // Short ASCII (sliced), non-ASCII short and long (strict decoder), a byte order mark kept.
    for (const text of ['GET /items/{id}', 'résumé ✓ 𝄞', `${'ü'.repeat(100)}!`, '\ufeffbom', 'x'.repeat(300)]) {
      expect(decodeTraceExport(name(text), 'protobuf').spans[0]?.name).toBe(text);
    }
    const body = Buffer.from(name('caf\u00e9'));
    body[body.indexOf(0xc3)] = 0xff; // 'é' is C3 A9; FF A9 is no UTF-8
    expect(() => decodeTraceExport(body, 'protobuf')).toThrow(OtlpDecodeError);
  });

  it('throws OtlpDecodeError for invalid JSON', () => {
    const body = serialize('json', recordSpans().spans);
    expect(() => decodeTraceExport(body.subarray(0, body.length - 3), 'json')).toThrow(/not valid JSON/);
    expect(() => decodeTraceExport(new Uint8Array([0x7b, 0xff, 0x7d]), 'json')).toThrow(/not valid UTF-8/);
  });

  it('throws OtlpDecodeError naming the path for wrong types above the span level', () => {
    expect(() => decodeJson([])).toThrow(/request body: expected a JSON object, got an array/);
    expect(() => decodeJson({ resourceSpans: {} })).toThrow(/resourceSpans: expected an array, got an object/);
    expect(() => decodeJson({ resourceSpans: [{ scopeSpans: [{ spans: 'x' }] }] })).toThrow(OtlpDecodeError);
    expect(() => decodeJson({ resourceSpans: [{ scopeSpans: [{ spans: 'x' }] }] })).toThrow(/resourceSpans\[0\]\.scopeSpans\[0\]\.spans: expected an array/);
  });

  it('reads an empty body as an empty request, as protobuf does', () => {
    expect(decodeTraceExport(new Uint8Array(0), 'protobuf')).toEqual({ spans: [], rejected: 0, errors: [] });
    expect(decodeJson({})).toEqual({ spans: [], rejected: 0, errors: [] });
  });
});

describe('OTLP/JSON leniency', () => {
  it('accepts base64 trace and span ids, as some older SDKs sent', () => {
    const { spans } = recordSpans();
    const request = jsonRequest(spans);
    for (const span of spansOf(request)) {
      for (const key of ['traceId', 'spanId', 'parentSpanId'] as const) {
        if (typeof span[key] === 'string' && span[key] !== '') span[key] = Buffer.from(span[key], 'hex').toString('base64');
      }
    }
    expect(decodeJson(request)).toEqual(decodeTraceExport(serialize('json', spans), 'json'));
  });

  it('ignores unknown fields, takes snake_case keys, enum names and 64-bit numbers as numbers or strings', () => {
    const { spans } = recordSpans();
    const reference = decodeTraceExport(serialize('json', spans), 'json');
    const request = jsonRequest(spans);
    Object.assign(request, { futureTopLevel: { a: 1 } });
    for (const span of spansOf(request)) {
      span['start_time_unix_nano'] = span['startTimeUnixNano'];
      delete span['startTimeUnixNano'];
      span['kind'] = ['SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT'][span['kind'] as number];
      span['someFutureField'] = { nested: [1, 2, 3] };
      const attributes = span['attributes'] as { key: string; value: Record<string, unknown> }[];
      for (const attribute of attributes) {
        if ('intValue' in attribute.value) attribute.value = { int_value: String(attribute.value['intValue']), unknownToo: true };
      }
    }
    expect(decodeJson(request)).toEqual(reference);
  });

  it('accepts 64-bit integers sent as JSON numbers', () => {
    const request = jsonRequest(recordSpans().spans);
    const span = spansOf(request)[0]!;
    // Exact while below 2^53; nanosecond epoch times are above it, which is why OTLP/JSON uses strings.
    span['startTimeUnixNano'] = 9_007_199_254_740_000;
    span['endTimeUnixNano'] = 9_007_199_254_740_991;
    expect(decodeJson(request).spans[0]).toMatchObject({ startTimeUnixNano: 9_007_199_254_740_000n, durationNs: 991n });
  });

  it('rejects a span whose fields have the wrong types, keeping the others', () => {
    const request = jsonRequest(recordSpans().spans);
    spansOf(request)[0]!['attributes'] = [{ key: 'n', value: { intValue: 'twelve' } }];
    const result = decodeJson(request);
    expect(result.rejected).toBe(1);
    expect(result.spans).toHaveLength(1);
    expect(result.errors).toEqual(['resourceSpans[0].scopeSpans[0].spans[0]: attributes[0].value.intValue: expected a 64-bit integer, got a string ("twelve")']);
  });

  it('rejects a span with a missing start time or a malformed id', () => {
    const request = jsonRequest(recordSpans().spans);
    const [first, second] = spansOf(request);
    delete first!['startTimeUnixNano'];
    second!['spanId'] = 'not-an-id';
    const result = decodeJson(request);
    expect(result.rejected).toBe(2);
    expect(result.errors).toEqual([
      'resourceSpans[0].scopeSpans[0].spans[0]: missing start time',
      'resourceSpans[0].scopeSpans[0].spans[1]: invalid span id: "not-an-id" is neither 16 hex digits nor base64 of 8 bytes',
    ]);
  });

  it('caps the error messages but counts every rejected span', () => {
    const request = jsonRequest(recordSpans().spans);
    const template = spansOf(request)[0]!;
    request.resourceSpans[0]!.scopeSpans[0]!.spans = Array.from({ length: 25 }, () => ({ ...template, traceId: 'zz' }));
    const result = decodeJson(request);
    expect(result.rejected).toBe(25);
    expect(result.errors).toHaveLength(DEFAULT_DECODE_LIMITS.maxErrors);
  });

  it('falls back to deployment.environment and unknown_service', () => {
    const request = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'deployment.environment', value: { stringValue: 'prod' } }] },
          scopeSpans: [{ spans: [{ traceId: REMOTE_PARENT.traceId, spanId: REMOTE_PARENT.spanId, name: 'x', startTimeUnixNano: '1' }] }],
        },
      ],
    };
    expect(decodeJson(request).spans[0]).toMatchObject({ environment: 'prod', serviceName: 'unknown_service', kind: 'unspecified', statusCode: 'unset' });
  });

  it('flattens doubles, bytes, empty values and nested values as OTLP/JSON writes them', () => {
    const attributes = [
      { key: 'nan', value: { doubleValue: 'NaN' } },
      { key: 'inf', value: { doubleValue: '-Infinity' } },
      { key: 'bytes', value: { bytesValue: 'AQID' } },
      { key: 'empty', value: {} },
      { key: 'nested', value: { kvlistValue: { values: [{ key: 'a', value: { arrayValue: { values: [{ boolValue: true }, {}, { doubleValue: 'Infinity' }] } } }] } } },
      { key: 'plain', value: { string_value: 'plain' } },
    ];
    const request = { resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: REMOTE_PARENT.traceId, spanId: REMOTE_PARENT.spanId, startTimeUnixNano: '1', attributes }] }] }] };
    expect(decodeJson(request).spans[0]?.spanAttributes).toEqual({
      nan: 'NaN',
      inf: '-Infinity',
      bytes: 'AQID',
      empty: '',
      nested: '{"a":[true,null,"Infinity"]}',
      plain: 'plain',
    });
  });
});

describe('hostile attribute values', () => {
  const spanWith = (attributes: unknown[]) => ({
    resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: REMOTE_PARENT.traceId, spanId: REMOTE_PARENT.spanId, startTimeUnixNano: '1', attributes }] }] }],
  });

  it('flattens values nested deeper than the limit without failing', () => {
    const levels = 10_000; // built as text: JSON.stringify itself would overflow the stack
    const value = `${'{"arrayValue":{"values":['.repeat(levels)}{"stringValue":"bottom"}${']}}'.repeat(levels)}`;
    const body = JSON.stringify(spanWith([{ key: 'deep', value: 'PLACEHOLDER' }])).replace('"PLACEHOLDER"', value);
    const flattened = decodeTraceExport(body, 'json').spans[0]?.spanAttributes['deep'];
    expect(flattened).toBe(`${'['.repeat(DEFAULT_DECODE_LIMITS.maxValueDepth)}"…"${']'.repeat(DEFAULT_DECODE_LIMITS.maxValueDepth)}`);
  });

  it('keeps a "__proto__" key as an ordinary attribute', () => {
    const attributes = decodeJson(spanWith([{ key: '__proto__', value: { stringValue: 'x' } }])).spans[0]?.spanAttributes;
    expect(Object.keys(attributes ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
  });
});

describe('export responses', () => {
  it('report full success as an empty response', () => {
    const decoded = decodeTraceExport(serialize('protobuf', recordSpans().spans), 'protobuf');
    const partial = partialSuccessOf(decoded);
    expect(partial).toBeNull();
    expect(encodeTraceExportResponse(partial)).toHaveLength(0);
    expect(traceExportResponseJson(partial)).toEqual({});
  });

  it('report rejected spans as partial_success, readable by the OpenTelemetry JS exporter', () => {
    const partial = partialSuccessOf({ rejected: 2, errors: ['spans[0]: missing start time', 'spans[3]: invalid trace id: all zeros'] });
    expect(partial).toEqual({ rejectedSpans: 2, errorMessage: 'spans[0]: missing start time; spans[3]: invalid trace id: all zeros' });
    expect(ProtobufTraceSerializer.deserializeResponse(encodeTraceExportResponse(partial))).toEqual({ partialSuccess: partial });
    const json = traceExportResponseJson(partial);
    expect(json).toEqual({ partialSuccess: { rejectedSpans: '2', errorMessage: partial?.errorMessage } });
    expect(JsonTraceSerializer.deserializeResponse(new TextEncoder().encode(JSON.stringify(json)))).toEqual(json);
  });
});

describe('otlpEncodingOf', () => {
  it('maps OTLP/HTTP content types', () => {
    expect(otlpEncodingOf('application/x-protobuf')).toBe('protobuf');
    expect(otlpEncodingOf('Application/JSON; charset=utf-8')).toBe('json');
    expect(otlpEncodingOf('text/plain')).toBeNull();
    expect(otlpEncodingOf(undefined)).toBeNull();
  });
});
