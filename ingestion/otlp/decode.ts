import { decodeJsonTraceRequest } from './decode-json.ts';
import { decodeProtobufTraceRequest, visitProtobufTraceRequest } from './decode-protobuf.ts';
import { OtlpDecodeError } from './errors.ts';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from './limits.ts';
import type { SpanRecord } from '../records.ts';
import type { DecodedTraces } from './span-assembly.ts';

// Entry point for OTLP/HTTP trace exports (POST /v1/traces). Content-Encoding (gzip) is the HTTP
// layer's business: bodies arrive here already inflated.

export { decodeJsonTraceRequest } from './decode-json.ts';
export { decodeProtobufTraceRequest } from './decode-protobuf.ts';
export { OtlpDecodeError } from './errors.ts';
export { DEFAULT_DECODE_LIMITS, type DecodeLimits } from './limits.ts';
export type { DecodedTraces } from './span-assembly.ts';

export type OtlpEncoding = 'protobuf' | 'json';

/**
 * The encoding named by a request's Content-Type, or null when OTLP/HTTP does not define it
 * (the HTTP layer answers 415). https://opentelemetry.io/docs/specs/otlp/#otlphttp-request
 */
export function otlpEncodingOf(contentType: string | undefined): OtlpEncoding | null {
  const mediaType = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase();
  if (mediaType === 'application/x-protobuf' || mediaType === 'application/protobuf') return 'protobuf';
  if (mediaType === 'application/json') return 'json';
  return null;
}

/** Decodes a trace export body in the given encoding. Throws OtlpDecodeError (400) when undecodable. */
export function decodeTraceExport(body: Uint8Array | string, encoding: OtlpEncoding, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): DecodedTraces {
  if (encoding === 'json') return decodeJsonTraceRequest(body, limits);
  if (typeof body === 'string') throw new OtlpDecodeError('a protobuf body must be bytes, not text');
  return decodeProtobufTraceRequest(body, limits);
}

/**
 * decodeTraceExport for a consumer that takes spans a batch at a time (src/decode/trace-export.ts): a
 * protobuf body is decoded in batches, so the whole request is never held as records at once. A JSON
 * body is one batch (JSON.parse builds it whole anyway). Rejections are counted over the whole request.
 */
export function visitTraceExport(
  body: Uint8Array | string,
  encoding: OtlpEncoding,
  limits: DecodeLimits,
  visit: (spans: SpanRecord[]) => void,
): { rejected: number; errors: string[] } {
  if (encoding === 'protobuf' && typeof body !== 'string') return visitProtobufTraceRequest(body, limits, visit);
  const { spans, rejected, errors } = decodeTraceExport(body, encoding, limits);
  visit(spans);
  return { rejected, errors };
}
