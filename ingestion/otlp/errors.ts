/**
 * The request body could not be decoded as an ExportTraceServiceRequest at all (truncated or
 * malformed protobuf, invalid JSON, wrong JSON types above the span level).
 *
 * OTLP/HTTP answers such a request with 400 Bad Request and the sender must not retry it:
 * https://opentelemetry.io/docs/specs/otlp/#failures-1
 * Individual bad spans are not an error: they are counted as rejected (partial success).
 */
export class OtlpDecodeError extends Error {
  readonly statusCode = 400;
  readonly code = 'OTLP_DECODE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OtlpDecodeError';
  }
}
