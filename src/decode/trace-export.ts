import { decodeTraceExport, type DecodeLimits, type OtlpEncoding } from '../../ingestion/otlp/decode.ts';
import { encodeSpans, type EncodedSpans } from '../store/traces.ts';

/** An OTLP trace export decoded and made ready for the store, plus what its answer reports. */
export interface EncodedTraceExport {
  spans: EncodedSpans;
  /** Spans rejected by validation, and why (at most limits.maxErrors messages): OTLP's partial success. */
  rejected: number;
  errors: string[];
}

/**
 * Bytes in, rows out: the whole per-request CPU work of span ingestion short of the INSERT. Runs in a
 * decode worker (trace-decoder.ts); throws OtlpDecodeError for a body that is not a trace export.
 */
export function encodeTraceExport(body: Uint8Array, encoding: OtlpEncoding, limits: DecodeLimits): EncodedTraceExport {
  const decoded = decodeTraceExport(body, encoding, limits);
  return { spans: encodeSpans(decoded.spans), rejected: decoded.rejected, errors: decoded.errors };
}
