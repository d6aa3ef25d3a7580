/**
 * OTLP AnyValue as plain JavaScript, one JS type per case of the `value` oneof in common.proto,
 * so that the protobuf and the JSON decoder produce the same thing:
 *   string_value → string, bool_value → boolean, int_value → bigint (int64, no precision loss),
 *   double_value → number, bytes_value → Uint8Array, array_value → AnyValue[],
 *   kvlist_value → Map (keys in order), no value set → undefined.
 * https://opentelemetry.io/docs/specs/otel/common/#anyvalue
 */
export type AnyValue =
  | string
  | boolean
  | bigint
  | number
  | Uint8Array
  | readonly AnyValue[]
  | ReadonlyMap<string, AnyValue>
  | undefined;

export interface KeyValue {
  key: string;
  value: AnyValue;
}

/** Written in place of a value nested deeper than the limit. */
export const TOO_DEEP = '…';

/**
 * Nesting the decoders convert at most, far beyond any real attribute: it only keeps a hostile
 * request from exhausting the stack. Flattening then applies the (smaller) configured limit.
 */
export const MAX_DECODED_DEPTH = 64;

/**
 * One attribute value as the string stored in an attribute map: scalars as text, bytes as base64,
 * arrays and kvlists as compact JSON (what ClickHouse's JSON functions can read back).
 */
export function anyValueToString(value: AnyValue, maxDepth: number): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
    case 'number':
      return String(value); // NaN and ±Infinity come out as their names, as in OTLP/JSON
    case 'undefined':
      return '';
  }
  if (value instanceof Uint8Array) return base64(value);
  return compactJson(value, maxDepth);
}

function compactJson(value: AnyValue, depthLeft: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString(); // a JSON number of any size: the digits are exact
    case 'number':
      return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
    case 'undefined':
      return 'null';
  }
  if (value instanceof Uint8Array) return JSON.stringify(base64(value));
  if (depthLeft <= 0) return JSON.stringify(TOO_DEEP);
  if (isAnyValueArray(value)) {
    return `[${value.map((item) => compactJson(item, depthLeft - 1)).join(',')}]`;
  }
  const members: string[] = [];
  for (const [key, item] of value) members.push(`${JSON.stringify(key)}:${compactJson(item, depthLeft - 1)}`);
  return `{${members.join(',')}}`;
}

// Array.isArray does not narrow a union holding a readonly array type.
function isAnyValueArray(value: readonly AnyValue[] | ReadonlyMap<string, AnyValue>): value is readonly AnyValue[] {
  return Array.isArray(value);
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
