/**
 * Trace and span ids: 16 and 8 bytes, stored as lowercase hex.
 * Protobuf carries them as bytes; OTLP/JSON as hex strings (not protobuf's usual base64:
 * https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding). Some older SDKs sent base64
 * in JSON anyway, so that is accepted too: it cannot be mistaken for hex, since base64 of 16 bytes
 * is 22–24 characters and base64 of 8 bytes 11–12, never 32 or 16.
 */

export const TRACE_ID_BYTES = 16;
export const SPAN_ID_BYTES = 8;

/** An id as decoded: lowercase hex, '' when absent, or what is wrong with it. */
export type WireId = string | { malformed: string };

export function idFromBytes(bytes: Uint8Array, expectedBytes: number): WireId {
  if (bytes.length === 0) return '';
  if (bytes.length !== expectedBytes) return { malformed: `${bytes.length} bytes, want ${expectedBytes}` };
  // protobufjs hands out Buffers when it decodes a Buffer (as the HTTP and Kafka layers give it).
  return (bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('hex');
}

const HEX = /^[0-9a-fA-F]*$/;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

export function idFromJsonString(text: string, expectedBytes: number): WireId {
  if (text === '') return '';
  if (text.length === expectedBytes * 2 && HEX.test(text)) return text.toLowerCase();
  if (BASE64.test(text)) {
    const bytes = Buffer.from(text, 'base64'); // also reads the URL-safe alphabet
    if (bytes.length === expectedBytes) return bytes.toString('hex');
  }
  return { malformed: `${JSON.stringify(shorten(text))} is neither ${expectedBytes * 2} hex digits nor base64 of ${expectedBytes} bytes` };
}

/** All-zero ids are invalid: https://www.w3.org/TR/trace-context/#trace-id */
export function isAllZeroHex(hex: string): boolean {
  for (let i = 0; i < hex.length; i++) if (hex.charCodeAt(i) !== 0x30) return false;
  return true;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
