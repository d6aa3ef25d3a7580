import { InputError } from '../errors.ts';

/**
 * The request body could not be decoded as an ExportTraceServiceRequest at all (truncated or
 * malformed protobuf, invalid JSON, wrong JSON types above the span level).
 *
 * OTLP/HTTP answers such a request with 400 Bad Request and the sender must not retry it:
 * https://opentelemetry.io/docs/specs/otlp/#failures-1
 * Individual bad spans are not an error: they are counted as rejected (partial success).
 */
export class OtlpDecodeError extends InputError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('OTLP_DECODE', message, 400);
    this.name = 'OtlpDecodeError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
