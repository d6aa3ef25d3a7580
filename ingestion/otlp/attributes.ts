import { anyValueToString, type KeyValue } from './any-value.ts';
import type { DecodeLimits } from './limits.ts';

/**
 * Flattens OTLP attributes into the string map stored with a span, applying the limits: values
 * and keys longer than the limit are cut, attributes past the count limit are dropped.
 * Keys are unique per the spec; if a sender repeats one anyway, the last value wins.
 */
export function attributeMap(attributes: readonly KeyValue[], limits: DecodeLimits): Record<string, string> {
  const map: Record<string, string> = {};
  const maxLength = limits.maxAttributeValueLength;
  let count = 0;
  // An indexed loop and a direct path for short string values: this runs for every attribute of
  // every span.
  for (let i = 0; i < attributes.length; i++) {
    const { key: rawKey, value } = attributes[i]!;
    const key = rawKey.length > maxLength ? truncate(rawKey, maxLength) : rawKey;
    const isNew = !Object.hasOwn(map, key);
    if (isNew && count >= limits.maxAttributesPerSpan) continue;
    const text = typeof value === 'string' ? value : anyValueToString(value, limits.maxValueDepth);
    setOwn(map, key, text.length > maxLength ? truncate(text, maxLength) : text);
    if (isNew) count++;
  }
  return map;
}

/** Cuts at `max` UTF-16 code units, never between the two halves of a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

// A key named "__proto__" is legal in OTLP; plain assignment would treat it as the prototype
// setter and silently lose it.
function setOwn(map: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}
