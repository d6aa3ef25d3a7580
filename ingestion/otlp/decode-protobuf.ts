import { MAX_DECODED_DEPTH, TOO_DEEP, type AnyValue, type KeyValue } from './any-value.ts';
import { OtlpDecodeError } from './errors.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, idFromBytes } from './ids.ts';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from './limits.ts';
import {
  InstrumentationScopeMessage,
  OtlpReader,
  ResourceMessage,
  SpanMessage,
  type PbAnyValue,
  type PbEvent,
  type PbInstrumentationScope,
  type PbKeyValue,
  type PbLink,
  type PbResource,
  type PbSpan,
  type PbUint64,
} from './proto.ts';
import type { SpanRecord } from '../records.ts';
import { assembleSpanRecords, type BatchOrigin, type DecodedTraces } from './span-assembly.ts';
import type { WireEvent, WireLink, WireResourceSpans, WireSpan } from './wire-model.ts';

/** Decodes an OTLP/HTTP `application/x-protobuf` trace export body. */
export function decodeProtobufTraceRequest(body: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): DecodedTraces {
  const spans: SpanRecord[] = [];
  const { rejected, errors } = visitProtobufTraceRequest(body, limits, (batch) => {
    for (let i = 0; i < batch.length; i++) spans.push(batch[i]!);
  });
  return { spans, rejected, errors };
}

/** Spans decoded at a time: ~2 MiB of records, however large the request. */
export const SPAN_BATCH = 2048;

/**
 * Decodes a trace export body a batch of at most `batchSize` spans at a time: each batch's records go
 * to `visit`, which keeps what it needs (encoded rows, test spans) and lets the rest go. Decoded whole,
 * a 46 MiB export held every span three times at once (protobufjs' messages, the wire model, the
 * records): ~400 MiB of heap for 170k spans. The request stays all or nothing: a body that turns out
 * undecodable halfway throws OtlpDecodeError after some batches were visited, and the caller stores
 * none of them.
 */
export function visitProtobufTraceRequest(
  body: Uint8Array,
  limits: DecodeLimits,
  visit: (spans: SpanRecord[]) => void,
  batchSize = SPAN_BATCH,
): { rejected: number; errors: string[] } {
  const result: DecodedTraces = { spans: [], rejected: 0, errors: [] };
  for (const { batch, origin } of wireBatches(body, batchSize)) {
    result.spans = [];
    assembleSpanRecords([batch], limits, result, origin);
    visit(result.spans);
  }
  return { rejected: result.rejected, errors: result.errors };
}

// Field numbers of collector/trace/v1/trace_service.proto and trace/v1/trace.proto.
const REQUEST_RESOURCE_SPANS = 1;
const RESOURCE_SPANS_RESOURCE = 1;
const RESOURCE_SPANS_SCOPE_SPANS = 2;
const SCOPE_SPANS_SCOPE = 1;
const SCOPE_SPANS_SPANS = 2;
const LENGTH_DELIMITED = 2;

/**
 * The request as batches of one resource, one scope and at most `batchSize` spans. The message
 * structure is walked here, field by field; each Resource, InstrumentationScope and Span is decoded
 * by protobufjs' generated code. A singular message field that occurs twice takes the last one, as
 * protobufjs does; the resource and scope are found before their spans are decoded, wherever they are
 * on the wire. Throws OtlpDecodeError when the bytes are not an ExportTraceServiceRequest (a
 * generator: an error thrown by the caller's loop body never passes through here).
 */
function* wireBatches(body: Uint8Array, batchSize: number): Generator<{ batch: WireResourceSpans; origin: BatchOrigin }> {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const reader = new OtlpReader(bytes);
  let r = 0;
  for (const resourceSpans of fields(reader, reader.len, REQUEST_RESOURCE_SPANS)) {
    const { resource, scopeSpans } = decoding(() => {
      let last: PbResource | null = null;
      const ranges: Range[] = [];
      for (const field of fields(reader, resourceSpans.end, RESOURCE_SPANS_RESOURCE, RESOURCE_SPANS_SCOPE_SPANS)) {
        if (field.number === RESOURCE_SPANS_RESOURCE) last = ResourceMessage.decode(reader, field.end - reader.pos) as unknown as PbResource;
        else ranges.push(field);
      }
      return { resource: last, scopeSpans: ranges };
    });
    const resourceAttributes = keyValues(resource?.attributes ?? [], 0);
    for (let s = 0; s < scopeSpans.length; s++) {
      const range = scopeSpans[s]!;
      const scope = decoding(() => {
        reader.pos = range.start;
        let last: PbInstrumentationScope | null = null;
        for (const field of fields(reader, range.end, SCOPE_SPANS_SCOPE)) last = InstrumentationScopeMessage.decode(reader, field.end - reader.pos) as unknown as PbInstrumentationScope;
        return last;
      });
      const scopeName = scope?.name ?? '';
      const scopeVersion = scope?.version ?? '';
      reader.pos = range.start;
      let first = 0;
      let spans: WireSpan[] = [];
      for (;;) {
        // Inline, not decoding(): two closures per span cost more than the rest of this loop.
        let field: Range | null;
        let span: PbSpan | null = null;
        try {
          field = nextField(reader, range.end, SCOPE_SPANS_SPANS);
          if (field !== null) span = SpanMessage.decode(reader, field.end - reader.pos) as unknown as PbSpan;
        } catch (err) {
          throw notATraceExport(err);
        }
        if (span !== null) spans.push(wireSpan(span));
        if (spans.length === batchSize || (field === null && spans.length > 0)) {
          yield { batch: { resourceAttributes, scopeSpans: [{ scopeName, scopeVersion, spans }] }, origin: { resource: r, scope: s, span: first } };
          first += spans.length;
          spans = [];
        }
        if (field === null) break;
      }
    }
    reader.pos = resourceSpans.end;
    r++;
  }
}

interface Range {
  number: number;
  start: number;
  end: number;
}

/** Every length-delimited field numbered `a` or `b` up to `end`, the reader left at each one's payload. */
function* fields(reader: OtlpReader, end: number, a: number, b = -1): Generator<Range> {
  for (;;) {
    const field = decoding(() => nextField(reader, end, a, b));
    if (field === null) return;
    const after = field.end;
    yield field;
    reader.pos = after;
  }
}

/** The next length-delimited field numbered `a` or `b` before `end` (others skipped), or null. */
function nextField(reader: OtlpReader, end: number, a: number, b = -1): Range | null {
  while (reader.pos < end) {
    const tag = reader.uint32();
    const number = tag >>> 3;
    const wireType = tag & 7;
    if (number !== a && number !== b) {
      reader.skipType(wireType);
      continue;
    }
    if (wireType !== LENGTH_DELIMITED) throw new RangeError(`field ${number} has wire type ${wireType}, not a message`);
    const length = reader.uint32();
    const start = reader.pos;
    if (start + length > end) throw new RangeError(`index out of range: ${start} + ${length} > ${end}`);
    return { number, start, end: start + length };
  }
  if (reader.pos > end) throw new RangeError(`index out of range: ${reader.pos} > ${end}`);
  return null;
}

/** Runs a step of protobuf reading; what it throws means the body is not a trace export. */
function decoding<T>(step: () => T): T {
  try {
    return step();
  } catch (err) {
    throw notATraceExport(err);
  }
}

function notATraceExport(err: unknown): OtlpDecodeError {
  const reason = err instanceof Error ? err.message : String(err);
  return new OtlpDecodeError(`body is not a protobuf ExportTraceServiceRequest: ${reason}`, { cause: err });
}

function wireSpan(span: PbSpan): WireSpan {
  return {
    traceId: idFromBytes(span.traceId, TRACE_ID_BYTES),
    spanId: idFromBytes(span.spanId, SPAN_ID_BYTES),
    parentSpanId: idFromBytes(span.parentSpanId, SPAN_ID_BYTES),
    traceState: span.traceState,
    name: span.name,
    kind: span.kind,
    startTimeUnixNano: uint64(span.startTimeUnixNano),
    endTimeUnixNano: uint64(span.endTimeUnixNano),
    attributes: keyValues(span.attributes, 0),
    events: span.events.length === 0 ? [] : span.events.map(wireEvent),
    links: span.links.length === 0 ? [] : span.links.map(wireLink),
    statusCode: span.status?.code ?? 0,
    statusMessage: span.status?.message ?? '',
  };
}

function wireEvent(event: PbEvent): WireEvent {
  return { timeUnixNano: uint64(event.timeUnixNano), name: event.name, attributes: keyValues(event.attributes, 0) };
}

function wireLink(link: PbLink): WireLink {
  return {
    traceId: idFromBytes(link.traceId, TRACE_ID_BYTES),
    spanId: idFromBytes(link.spanId, SPAN_ID_BYTES),
    traceState: link.traceState,
    attributes: keyValues(link.attributes, 0),
  };
}

function keyValues(list: readonly PbKeyValue[], depth: number): KeyValue[] {
  const out: KeyValue[] = new Array<KeyValue>(list.length);
  for (let i = 0; i < list.length; i++) {
    const kv = list[i]!;
    out[i] = { key: kv.key, value: kv.value === null ? undefined : anyValue(kv.value, depth) };
  }
  return out;
}

function anyValue(value: PbAnyValue, depth: number): AnyValue {
  if (depth > MAX_DECODED_DEPTH) return TOO_DEEP;
  switch (value.value) {
    case 'stringValue':
      return value.stringValue;
    case 'boolValue':
      return value.boolValue;
    case 'intValue':
      return BigInt.asIntN(64, uint64(value.intValue));
    case 'doubleValue':
      return value.doubleValue;
    case 'bytesValue':
      return value.bytesValue;
    case 'arrayValue':
      return (value.arrayValue?.values ?? []).map((item) => anyValue(item, depth + 1));
    case 'kvlistValue':
      return new Map(keyValues(value.kvlistValue?.values ?? [], depth + 1).map((kv) => [kv.key, kv.value]));
    default:
      // Unset, or string_value_strindex, which only the profiles signal uses: common.proto says to
      // treat it as absent elsewhere.
      return undefined;
  }
}

/** A fixed64/int64 as its unsigned 64 bits; Long keeps all of them, unlike a JS number. */
function uint64(value: PbUint64): bigint {
  if (typeof value === 'number') return BigInt(value);
  const low = value.low >>> 0;
  const high = value.high >>> 0;
  // Below 2^53 one exact Number conversion will do (small int attributes); above, two halves.
  if (high < 0x200000) return BigInt(high * 0x1_0000_0000 + low);
  return (BigInt(high) << 32n) | BigInt(low);
}
