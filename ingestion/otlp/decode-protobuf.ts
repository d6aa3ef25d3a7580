import { MAX_DECODED_DEPTH, TOO_DEEP, type AnyValue, type KeyValue } from './any-value.ts';
import { OtlpDecodeError } from './errors.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, idFromBytes } from './ids.ts';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from './limits.ts';
import {
  ExportTraceServiceRequest,
  OtlpReader,
  type PbAnyValue,
  type PbEvent,
  type PbExportTraceServiceRequest,
  type PbKeyValue,
  type PbLink,
  type PbSpan,
  type PbUint64,
} from './proto.ts';
import { assembleSpanRecords, type DecodedTraces } from './span-assembly.ts';
import type { WireEvent, WireLink, WireResourceSpans, WireSpan } from './wire-model.ts';

/** Decodes an OTLP/HTTP `application/x-protobuf` trace export body. */
export function decodeProtobufTraceRequest(body: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): DecodedTraces {
  return assembleSpanRecords(readProtobufTraceRequest(body), limits);
}

/** Protobuf bytes → the encoding-neutral request. Throws OtlpDecodeError when the bytes are not one. */
export function readProtobufTraceRequest(body: Uint8Array): WireResourceSpans[] {
  let request: PbExportTraceServiceRequest;
  try {
    // The cast is safe: decode builds the message from the schema that the view types mirror.
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    request = ExportTraceServiceRequest.decode(new OtlpReader(bytes)) as unknown as PbExportTraceServiceRequest;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new OtlpDecodeError(`body is not a protobuf ExportTraceServiceRequest: ${reason}`, { cause: err });
  }
  // Plain loops, no closures: this runs for every span, attribute and event of every request.
  const out: WireResourceSpans[] = new Array<WireResourceSpans>(request.resourceSpans.length);
  for (let r = 0; r < request.resourceSpans.length; r++) {
    const resourceSpans = request.resourceSpans[r]!;
    const scopes = resourceSpans.scopeSpans;
    const scopeSpans: WireResourceSpans['scopeSpans'] = new Array<WireResourceSpans['scopeSpans'][number]>(scopes.length);
    for (let s = 0; s < scopes.length; s++) {
      const { scope, spans } = scopes[s]!;
      const wireSpans: WireSpan[] = new Array<WireSpan>(spans.length);
      for (let i = 0; i < spans.length; i++) wireSpans[i] = wireSpan(spans[i]!);
      scopeSpans[s] = { scopeName: scope?.name ?? '', scopeVersion: scope?.version ?? '', spans: wireSpans };
    }
    out[r] = { resourceAttributes: keyValues(resourceSpans.resource?.attributes ?? [], 0), scopeSpans };
  }
  return out;
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
