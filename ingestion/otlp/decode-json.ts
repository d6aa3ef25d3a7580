import { MAX_DECODED_DEPTH, TOO_DEEP, type AnyValue, type KeyValue } from './any-value.ts';
import { OtlpDecodeError } from './errors.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES } from './ids.ts';
import {
  JsonShapeError,
  bytesAt,
  doubleAt,
  eachOf,
  enumAt,
  idAt,
  int64At,
  isJsonObject,
  nested,
  objectAt,
  stringAt,
  uint64At,
  wrongType,
  type JsonObject,
} from './json-fields.ts';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from './limits.ts';
import { assembleSpanRecords, type DecodedTraces } from './span-assembly.ts';
import type { MalformedWireSpan, WireEvent, WireLink, WireResourceSpans, WireScopeSpans, WireSpan } from './wire-model.ts';

// OTLP/JSON is the protobuf JSON mapping with OTLP's own deviations
// (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding):
//   - trace and span ids are hex strings, not base64 (base64 still accepted, see ids.ts);
//   - enums are integers (their names are still accepted, as the protobuf mapping allows);
//   - keys are lowerCamelCase (the original snake_case names are still accepted, as the
//     protobuf mapping requires of parsers), unknown keys are ignored;
//   - 64-bit integers are decimal strings, numbers also accepted;
//   - null means "not set", for any field.
// Each reader below walks an object's own keys once with a switch, which gives both spellings
// and the skipping of unknown fields at the cost of one pass.

/** Decodes an OTLP/HTTP `application/json` trace export body. */
export function decodeJsonTraceRequest(body: Uint8Array | string, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): DecodedTraces {
  return assembleSpanRecords(readJsonTraceRequest(body), limits);
}

/** JSON text → the encoding-neutral request. Throws OtlpDecodeError when it is not one. */
export function readJsonTraceRequest(body: Uint8Array | string): WireResourceSpans[] {
  const parsed = parseJson(typeof body === 'string' ? body : utf8(body));
  try {
    return readRequest(parsed);
  } catch (err) {
    if (err instanceof JsonShapeError) throw new OtlpDecodeError(`invalid ExportTraceServiceRequest: ${err.message}`, { cause: err });
    throw err;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true }); // also drops a leading byte order mark

function utf8(body: Uint8Array): string {
  try {
    return UTF8.decode(body);
  } catch (err) {
    throw new OtlpDecodeError('body is not valid UTF-8', { cause: err });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new OtlpDecodeError(`body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}


function readRequest(json: unknown): WireResourceSpans[] {
  if (!isJsonObject(json)) throw wrongType('request body', 'a JSON object', json);
  let resourceSpans: WireResourceSpans[] = [];
  for (const key in json) {
    if (key === 'resourceSpans' || key === 'resource_spans') resourceSpans = eachOf(json[key], 'resourceSpans', readResourceSpans);
  }
  return resourceSpans;
}

function readResourceSpans(item: unknown): WireResourceSpans {
  const json = objectAt(item, '');
  const result: WireResourceSpans = { resourceAttributes: [], scopeSpans: [] };
  for (const key in json) {
    const value = json[key];
    if (value === null) continue;
    switch (key) {
      case 'resource':
        result.resourceAttributes = nested(value, 'resource', readAttributesOf);
        break;
      case 'scopeSpans':
      case 'scope_spans':
        result.scopeSpans = eachOf(value, 'scopeSpans', readScopeSpans);
        break;
    }
  }
  return result;
}

function readScopeSpans(item: unknown): WireScopeSpans {
  const json = objectAt(item, '');
  const result: WireScopeSpans = { scopeName: '', scopeVersion: '', spans: [] };
  for (const key in json) {
    const value = json[key];
    if (value === null) continue;
    switch (key) {
      case 'scope':
        nested(value, 'scope', (scope) => {
          result.scopeName = stringAt(scope['name'], 'name');
          result.scopeVersion = stringAt(scope['version'], 'version');
        });
        break;
      case 'spans':
        result.spans = eachOf(value, 'spans', readSpanOrMalformed);
        break;
    }
  }
  return result;
}

/** Wrong types inside a span reject that span alone (partial success), not the request. */
function readSpanOrMalformed(item: unknown): WireSpan | MalformedWireSpan {
  try {
    return readSpan(item);
  } catch (err) {
    if (err instanceof JsonShapeError) return { malformed: err.message };
    throw err;
  }
}

function readSpan(item: unknown): WireSpan {
  const json = objectAt(item, '');
  const span: WireSpan = {
    traceId: '',
    spanId: '',
    parentSpanId: '',
    traceState: '',
    name: '',
    kind: 0,
    startTimeUnixNano: 0n,
    endTimeUnixNano: 0n,
    attributes: [],
    events: [],
    links: [],
    statusCode: 0,
    statusMessage: '',
  };
  for (const key in json) {
    const value = json[key];
    if (value === null) continue;
    switch (key) {
      case 'traceId':
      case 'trace_id':
        span.traceId = idAt(value, TRACE_ID_BYTES, key);
        break;
      case 'spanId':
      case 'span_id':
        span.spanId = idAt(value, SPAN_ID_BYTES, key);
        break;
      case 'parentSpanId':
      case 'parent_span_id':
        span.parentSpanId = idAt(value, SPAN_ID_BYTES, key);
        break;
      case 'traceState':
      case 'trace_state':
        span.traceState = stringAt(value, key);
        break;
      case 'name':
        span.name = stringAt(value, key);
        break;
      case 'kind':
        span.kind = enumAt(value, SPAN_KINDS, 'SPAN_KIND_', key);
        break;
      case 'startTimeUnixNano':
      case 'start_time_unix_nano':
        span.startTimeUnixNano = uint64At(value, key);
        break;
      case 'endTimeUnixNano':
      case 'end_time_unix_nano':
        span.endTimeUnixNano = uint64At(value, key);
        break;
      case 'attributes':
        span.attributes = eachOf(value, key, readKeyValue);
        break;
      case 'events':
        span.events = eachOf(value, key, readEvent);
        break;
      case 'links':
        span.links = eachOf(value, key, readLink);
        break;
      case 'status':
        nested(value, key, (status) => {
          for (const statusKey in status) {
            const field = status[statusKey];
            if (field === null) continue;
            if (statusKey === 'code') span.statusCode = enumAt(field, STATUS_CODES, 'STATUS_CODE_', statusKey);
            else if (statusKey === 'message') span.statusMessage = stringAt(field, statusKey);
          }
        });
        break;
    }
  }
  return span;
}

// Enum value names from trace.proto, indexed by number.
const SPAN_KINDS = ['SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT', 'SPAN_KIND_PRODUCER', 'SPAN_KIND_CONSUMER'];
const STATUS_CODES = ['STATUS_CODE_UNSET', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'];

function readEvent(item: unknown): WireEvent {
  const json = objectAt(item, '');
  const event: WireEvent = { timeUnixNano: 0n, name: '', attributes: [] };
  for (const key in json) {
    const value = json[key];
    if (value === null) continue;
    switch (key) {
      case 'timeUnixNano':
      case 'time_unix_nano':
        event.timeUnixNano = uint64At(value, key);
        break;
      case 'name':
        event.name = stringAt(value, key);
        break;
      case 'attributes':
        event.attributes = eachOf(value, key, readKeyValue);
        break;
    }
  }
  return event;
}

function readLink(item: unknown): WireLink {
  const json = objectAt(item, '');
  const link: WireLink = { traceId: '', spanId: '', traceState: '', attributes: [] };
  for (const key in json) {
    const value = json[key];
    if (value === null) continue;
    switch (key) {
      case 'traceId':
      case 'trace_id':
        link.traceId = idAt(value, TRACE_ID_BYTES, key);
        break;
      case 'spanId':
      case 'span_id':
        link.spanId = idAt(value, SPAN_ID_BYTES, key);
        break;
      case 'traceState':
      case 'trace_state':
        link.traceState = stringAt(value, key);
        break;
      case 'attributes':
        link.attributes = eachOf(value, key, readKeyValue);
        break;
    }
  }
  return link;
}

function readAttributesOf(json: JsonObject): KeyValue[] {
  return eachOf(json['attributes'], 'attributes', readKeyValue);
}

function readKeyValue(item: unknown, depth = 0): KeyValue {
  const json = objectAt(item, '');
  let key = '';
  let value: AnyValue;
  for (const field in json) {
    const fieldValue = json[field];
    if (fieldValue === null) continue;
    if (field === 'key') key = stringAt(fieldValue, field);
    else if (field === 'value') value = nested(fieldValue, field, (anyValue) => readAnyValue(anyValue, depth));
  }
  return { key, value };
}

/** AnyValue: the first oneof field present wins; `{}` is the empty value. */
function readAnyValue(json: JsonObject, depth: number): AnyValue {
  if (depth > MAX_DECODED_DEPTH) return TOO_DEEP;
  for (const key in json) {
    const value = json[key];
    if (value === null) continue;
    switch (key) {
      case 'stringValue':
      case 'string_value':
        return stringAt(value, key);
      case 'boolValue':
      case 'bool_value':
        if (typeof value !== 'boolean') throw wrongType(key, 'a boolean', value);
        return value;
      case 'intValue':
      case 'int_value':
        return int64At(value, key);
      case 'doubleValue':
      case 'double_value':
        return doubleAt(value, key);
      case 'bytesValue':
      case 'bytes_value':
        return bytesAt(value, key);
      case 'arrayValue':
      case 'array_value':
        return nested(value, key, (array) => eachOf(array['values'], 'values', (item) => readAnyValue(objectAt(item, ''), depth + 1)));
      case 'kvlistValue':
      case 'kvlist_value':
        return nested(value, key, (list) => {
          const entries = eachOf(list['values'], 'values', (item) => readKeyValue(item, depth + 1));
          return new Map(entries.map((kv) => [kv.key, kv.value]));
        });
    }
  }
  return undefined;
}
