import type { DecodeLimits, OtlpEncoding } from '../../ingestion/otlp/decode.ts';
import type { SpanRecord } from '../../ingestion/records.ts';

// What the decode workers and the main thread send each other (structured clone). Byte buffers are
// transferred, not copied; class instances do not survive the crossing, so rows travel as bytes and a
// decode error as its message.

export interface WorkerSetup {
  /** The worker's TypeScript entry, for worker-bootstrap.mjs. */
  entry: string;
  limits: DecodeLimits;
}

export interface DecodeRequest {
  id: number;
  body: Uint8Array;
  encoding: OtlpEncoding;
}

export type DecodeReply =
  | { id: number; ok: true; rowCount: number; rowBytes: Uint8Array; testSpans: SpanRecord[]; rejected: number; errors: string[] }
  /** `decodeError`: the body is not a trace export (a 400); otherwise a fault of ours (a 500). */
  | { id: number; ok: false; decodeError: boolean; message: string };
