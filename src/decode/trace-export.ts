import { visitTraceExport, type DecodeLimits, type OtlpEncoding } from '../../ingestion/otlp/decode.ts';
import { SpanEncoder, type EncodedSpans } from '../store/traces.ts';

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
  // A batch of spans at a time (decode-protobuf.ts): records are encoded and dropped as they are made.
  const encoder = new SpanEncoder();
  const { rejected, errors } = visitTraceExport(body, encoding, limits, (spans) => encoder.add(spans));
  return { spans: encoder.finish(), rejected, errors };
}
