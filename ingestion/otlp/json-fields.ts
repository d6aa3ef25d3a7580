import { idFromJsonString, type WireId } from './ids.ts';

// Typed access to parsed JSON for the OTLP/JSON reader (decode-json.ts): each function checks
// one value's JSON type, converts it per the protobuf JSON mapping, and otherwise throws a
// JsonShapeError that says where the value is and what was wrong with it.
// https://protobuf.dev/programming-guides/json/

/**
 * A value of the wrong JSON type. Above the span level it fails the whole request; inside a span
 * it rejects that span only. `path` grows as the error travels up through the readers.
 */
export class JsonShapeError extends Error {
  private readonly path: string[];
  private readonly problem: string;

  /** `field` '' when the value is an array element: the index is added by the array's reader. */
  constructor(field: string, problem: string) {
    super();
    this.path = field === '' ? [] : [field];
    this.problem = problem;
    this.refreshMessage();
  }

  /** Prefixes the path with the enclosing field or array index. */
  within(segment: string): JsonShapeError {
    this.path.unshift(segment);
    this.refreshMessage();
    return this;
  }

  private refreshMessage(): void {
    const path = this.path.join('.').replaceAll('.[', '[');
    this.message = path === '' ? this.problem : `${path}: ${this.problem}`;
  }
}

export function wrongType(field: string, expected: string, got: unknown): JsonShapeError {
  const actual = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got === 'object' ? 'an object' : `a ${typeof got}`;
  const sample = typeof got === 'string' || typeof got === 'number' ? ` (${JSON.stringify(got).slice(0, 40)})` : '';
  return new JsonShapeError(field, `expected ${expected}, got ${actual}${sample}`);
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, field: string): JsonObject {
  if (isJsonObject(value)) return value;
  throw wrongType(field, 'an object', value);
}

/** Reads each element of a JSON array (null or absent = empty), naming the index in errors. */
export function eachOf<T>(value: unknown, field: string, read: (item: unknown) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw wrongType(field, 'an array', value);
  const out: T[] = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) {
    try {
      out[i] = read(value[i]);
    } catch (err) {
      throw err instanceof JsonShapeError ? err.within(`[${i}]`).within(field) : err;
    }
  }
  return out;
}

/** Reads a nested message, naming the field in errors. */
export function nested<T>(value: unknown, field: string, read: (object: JsonObject) => T): T {
  const object = objectAt(value, field);
  try {
    return read(object);
  } catch (err) {
    throw err instanceof JsonShapeError ? err.within(field) : err;
  }
}

export function stringAt(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw wrongType(field, 'a string', value);
  return value;
}

export function idAt(value: unknown, bytes: number, field: string): WireId {
  if (typeof value !== 'string') throw wrongType(field, 'a hex string', value);
  return idFromJsonString(value, bytes);
}

const UNSIGNED_DECIMAL = /^\d+$/;
const SIGNED_DECIMAL = /^-?\d+$/;

/** fixed64 times: a decimal string (exact) or a JSON number (exact up to 2^53, as JSON.parse reads it). */
export function uint64At(value: unknown, field: string): bigint {
  if (typeof value === 'string' && UNSIGNED_DECIMAL.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw wrongType(field, 'an unsigned 64-bit integer', value);
}

export function int64At(value: unknown, field: string): bigint {
  if (typeof value === 'string' && SIGNED_DECIMAL.test(value)) return BigInt.asIntN(64, BigInt(value));
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  throw wrongType(field, 'a 64-bit integer', value);
}

/** Doubles may be numbers or strings, including "NaN", "Infinity" and "-Infinity". */
export function doubleAt(value: unknown, field: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    if (!Number.isNaN(parsed) || value === 'NaN') return parsed;
  }
  throw wrongType(field, 'a number', value);
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

export function bytesAt(value: unknown, field: string): Uint8Array {
  if (typeof value === 'string' && BASE64.test(value)) return Buffer.from(value, 'base64');
  throw wrongType(field, 'a base64 string', value);
}

/** An enum as its number, from a number or from its value name (with or without the prefix). */
export function enumAt(value: unknown, names: readonly string[], prefix: string, field: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string') {
    if (SIGNED_DECIMAL.test(value)) return Number(value);
    const upper = value.toUpperCase();
    const index = names.indexOf(upper.startsWith(prefix) ? upper : prefix + upper);
    if (index >= 0) return index;
  }
  throw wrongType(field, `a ${prefix}* enum value`, value);
}
