import type { DecodeLimits, OtlpEncoding } from '../../ingestion/otlp/decode.ts';
import type { JunitCounts } from '../../ingestion/junit/parse.ts';
import type { CiRunRecord, SpanRecord } from '../../ingestion/records.ts';
import type { TestSpanFiles } from '../../ingestion/otlp/test-impact.ts';
import type { JunitDecodeParams } from './junit-upload.ts';
import type { RowChunk } from './row-chunks.ts';

// What the decode workers and the main thread send each other (structured clone). Byte buffers are
// transferred, not copied; class instances do not survive the crossing, so rows travel as bytes and a
// decode error as its message (an input error with its code and status too).

/**
 * A worker that decoded a request this large is replaced by a fresh one (trace-decoder.ts). V8 keeps
 * the heap a large report grew (~180 MiB after a 48 MiB JUnit report, even after a full collection)
 * and gives it back only when it decides the isolate is idle, which under steady uploads it never is:
 * the service then held it through the whole insert of the report's rows. Ended, the worker returns
 * all of it; a new one costs ~0.1–0.3 CPU s to start, once per request of this size. The worker reads
 * it too: a full collection just before it is ended would be wasted.
 */
export const RETIRE_AFTER_BYTES = 16 * 2 ** 20;

export interface WorkerSetup {
  /** The worker's TypeScript entry, for worker-bootstrap.mjs. */
  entry: string;
  limits: DecodeLimits;
  /** Linux nice value for the worker's thread. */
  nice: number;
}

export interface DecodeRequest {
  kind: 'otlp';
  id: number;
  body: Uint8Array;
  encoding: OtlpEncoding;
}

/**
 * A JUnit upload streams in as start, chunks and end (or abort) under one id, to one worker: messages
 * on a port arrive in order. The worker answers once: at the end, or at the first chunk that fails.
 */
export type JunitRequest =
  | { kind: 'junit-start'; id: number; params: JunitDecodeParams }
  | { kind: 'junit-chunk'; id: number; chunk: Uint8Array }
  | { kind: 'junit-end'; id: number }
  | { kind: 'junit-abort'; id: number };

export type WorkerRequest = DecodeRequest | JunitRequest;

export type DecodeReply =
  | { id: number; ok: true; chunks: RowChunk[]; testSpans: SpanRecord[]; testFiles: TestSpanFiles[]; rejected: number; errors: string[] }
  /** `decodeError`: the body is not a trace export (a 400); otherwise a fault of ours (a 500). */
  | { id: number; ok: false; decodeError: boolean; message: string };

export type JunitReply =
  | { id: number; ok: true; run: CiRunRecord; uploadId: string; counts: JunitCounts; chunks: RowChunk[] }
  /** `input`: the report's own fault (an InputError: code and HTTP status); otherwise a fault of ours. */
  | { id: number; ok: false; input: { code: string; statusCode: number } | null; message: string };

export type WorkerReply = DecodeReply | JunitReply;
