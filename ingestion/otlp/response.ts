import { ExportTraceServiceResponse } from './proto.ts';
import type { DecodedTraces } from './span-assembly.ts';

// ExportTraceServiceResponse, the body of a 200 reply to an OTLP/HTTP trace export:
// https://opentelemetry.io/docs/specs/otlp/#full-success-1 and #partial-success-1.
// `partial_success` is left out when everything was accepted without a warning; it is set with
// rejected_spans = 0 and a message when spans were kept but something was dropped (e.g. a link).

export interface TracePartialSuccess {
  rejectedSpans: number;
  errorMessage: string;
}

/** The partial success to report for a decoded request, or null for a full success. */
export function partialSuccessOf(decoded: Pick<DecodedTraces, 'rejected' | 'errors'>): TracePartialSuccess | null {
  if (decoded.rejected === 0 && decoded.errors.length === 0) return null;
  return { rejectedSpans: decoded.rejected, errorMessage: decoded.errors.join('; ') };
}

/** The response as protobuf bytes, for `application/x-protobuf` requests. */
export function encodeTraceExportResponse(partialSuccess: TracePartialSuccess | null): Uint8Array {
  const message = ExportTraceServiceResponse.fromObject(partialSuccess === null ? {} : { partialSuccess });
  return ExportTraceServiceResponse.encode(message).finish();
}

export interface TraceExportResponseJson {
  /** rejectedSpans is int64, so a decimal string in OTLP/JSON (parsers accept numbers too). */
  partialSuccess?: { rejectedSpans: string; errorMessage: string };
}

/** The response as an OTLP/JSON object, for `application/json` requests. */
export function traceExportResponseJson(partialSuccess: TracePartialSuccess | null): TraceExportResponseJson {
  if (partialSuccess === null) return {};
  return { partialSuccess: { rejectedSpans: String(partialSuccess.rejectedSpans), errorMessage: partialSuccess.errorMessage } };
}
