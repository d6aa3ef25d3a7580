import type { CiRunRecord, SpanRecord, TestResultRecord } from '../../ingestion/records.ts';
import { operationName } from '../../ingestion/otlp/operation-name.ts';
import { RowBinaryChunks, RowBinaryRows, RowBinaryWriter, type WireColumn } from './row-binary.ts';

// Records → ClickHouse rows: JSONEachRow objects (snake_case columns, DateTime64 as
// 'YYYY-MM-DD hh:mm:ss.sss'), except spans and test results, which write themselves as RowBinary.

export function clickhouseTime(d: Date): string {
  return d.toISOString().slice(0, 23).replace('T', ' ');
}

export interface RunContext {
  repo: string;
  runId: string;
  attempt: number;
  branch: string;
  commit: string;
  startedAt: Date;
  source: 'junit' | 'otlp';
  uploadId: string;
}

// Test results are written as RowBinary too (see row-binary.ts): a 100k-test report is 100k rows, and
// as JSON their encoding on the event loop and ClickHouse's parsing of the text cost more than
// parsing the XML they came from. A report's rows are encoded where it is parsed (a decode worker).

/**
 * The test_results columns (migrations/0003_test_results.sql) in the order writeTestResult writes
 * them, as written: plain String for LowCardinality and the status Enum8 (by name), DateTime64(3)
 * as millisecond ticks. ingested_at is left to its default. Every other column is written, empty
 * strings included: the same values the table's defaults gave the JSON rows that left them out.
 */
export const TEST_RESULT_COLUMNS: readonly WireColumn[] = Object.freeze(
  (
    [
      ['repo', 'String'],
      ['test_id', 'String'],
      ['run_id', 'String'],
      ['attempt', 'UInt16'],
      ['retry', 'UInt16'],
      ['final', 'UInt8'],
      ['branch', 'String'],
      ['commit', 'String'],
      ['suite', 'String'],
      ['class_name', 'String'],
      ['name', 'String'],
      ['file', 'String'],
      ['status', 'String'],
      ['duration_ms', 'Float64'],
      ['started_at', 'DateTime64(3)'],
      ['failure_type', 'String'],
      ['message', 'String'],
      ['stack', 'String'],
      ['system_out', 'String'],
      ['system_err', 'String'],
      ['properties', 'Map(String, String)'],
      ['source', 'String'],
      ['trace_id', 'String'],
      ['span_id', 'String'],
      ['upload_id', 'String'],
      ['ordinal', 'UInt32'],
    ] as const
  ).map(([name, type]) => ({ name, type })),
);

/** DateTime64(3)'s range (1900-01-01 to 2299-12-31): a time outside it is stored as its nearest end. */
const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(2299, 11, 31, 23, 59, 59, 999);

/** Results of one run as rows of test_results, written at once; row i gets ordinal i (its position in the report). */
export function testResultRows(ctx: RunContext, results: readonly TestResultRecord[]): RowBinaryRows {
  const w = new RowBinaryWriter(results.length * 256 + 1024);
  for (let i = 0; i < results.length; i++) writeTestResult(w, ctx, results[i]!, i);
  return new RowBinaryRows(TEST_RESULT_COLUMNS, results.length, w.bytes());
}

/**
 * The same rows in chunks of about `chunkBytes` (RowBinaryChunks); one empty chunk when there are none.
 * A large report is inserted a chunk at a time (batch-writer.ts inBlocks), so the chunk sets what one
 * INSERT costs the engine: 2 MiB (~7.5k rows) took one 48 MiB report's peak to 314–397 MiB above idle
 * in 5 of 5 runs of bench junit, against 352–476 MiB (3 of 7 under 400) with 4 MiB, at the same
 * throughput (docs/ingestion-performance.md, session 10).
 */
export function testResultChunks(ctx: RunContext, results: readonly TestResultRecord[], chunkBytes = 2 * 2 ** 20): RowBinaryRows[] {
  const out = new RowBinaryChunks(TEST_RESULT_COLUMNS, chunkBytes, results.length * 256);
  for (let i = 0; i < results.length; i++) {
    writeTestResult(out.writer, ctx, results[i]!, i);
    out.rowWritten();
  }
  const chunks = out.finish();
  return chunks.length > 0 ? chunks : [new RowBinaryRows(TEST_RESULT_COLUMNS, 0, Buffer.alloc(0))];
}

function writeTestResult(w: RowBinaryWriter, ctx: RunContext, r: TestResultRecord, ordinal: number): void {
  w.string(ctx.repo);
  w.string(r.testId);
  w.string(ctx.runId);
  w.uint16(ctx.attempt);
  w.uint16(r.retry);
  w.uint8(r.final ? 1 : 0);
  w.string(ctx.branch);
  w.string(ctx.commit);
  w.string(r.suite);
  w.string(r.className);
  w.string(r.name);
  w.string(r.file);
  w.string(r.status);
  w.float64(r.durationMs);
  w.dateTime64Millis(Math.min(MAX_MS, Math.max(MIN_MS, (r.startedAt ?? ctx.startedAt).getTime())));
  w.string(r.failureType);
  w.string(r.message);
  w.string(r.stack);
  w.string(r.systemOut);
  w.string(r.systemErr);
  w.stringMap(r.properties);
  w.string(ctx.source);
  w.string(r.traceId ?? '');
  w.string(r.spanId ?? '');
  w.string(ctx.uploadId);
  w.uint32(ordinal);
}

export function ciRunRow(r: CiRunRecord) {
  return {
    repo: r.repo,
    run_id: r.runId,
    attempt: r.attempt,
    branch: r.branch,
    commit: r.commit,
    pipeline: r.pipeline,
    job: r.job,
    provider: r.provider,
    url: r.url,
    change_id: r.changeId,
    started_at: clickhouseTime(r.startedAt),
    finished_at: r.finishedAt ? clickhouseTime(r.finishedAt) : null,
    result: r.result,
    source: r.source,
  };
}

// Spans are written as RowBinary too (see row-binary.ts): a busy service sends tens of
// thousands a second, and JSON encoding of them cost more than decoding the OTLP requests they came in.

/**
 * The spans table's columns, in the order writeSpan writes them, as written: plain strings (the table
 * makes some LowCardinality) and times as DateTime64(9) nanosecond ticks. ingested_at is left to its default.
 */
export const SPAN_COLUMNS: readonly WireColumn[] = Object.freeze(
  (
    [
      ['trace_id', 'String'],
      ['span_id', 'String'],
      ['parent_span_id', 'String'],
      ['trace_state', 'String'],
      ['service_name', 'String'],
      ['name', 'String'],
      ['operation', 'String'],
      ['kind', 'String'],
      ['start_time', 'DateTime64(9)'],
      ['duration_ns', 'UInt64'],
      ['status_code', 'String'],
      ['status_message', 'String'],
      ['environment', 'String'],
      ['scope_name', 'String'],
      ['scope_version', 'String'],
      ['resource_attributes', 'Map(String, String)'],
      ['span_attributes', 'Map(String, String)'],
      ['events.time', 'Array(DateTime64(9))'],
      ['events.name', 'Array(String)'],
      ['events.attributes', 'Array(Map(String, String))'],
      ['links.trace_id', 'Array(String)'],
      ['links.span_id', 'Array(String)'],
      ['links.trace_state', 'Array(String)'],
      ['links.attributes', 'Array(Map(String, String))'],
    ] as const
  ).map(([name, type]) => ({ name, type })),
);

/** Spans appended to rows of the spans table (migrations/0004_spans.sql) in chunks (RowBinaryChunks), as a request is decoded. */
export function writeSpanRows(out: RowBinaryChunks, spans: readonly SpanRecord[]): void {
  for (let i = 0; i < spans.length; i++) {
    writeSpan(out.writer, spans[i]!);
    out.rowWritten();
  }
}

function writeSpan(w: RowBinaryWriter, s: SpanRecord): void {
  w.string(s.traceId);
  w.string(s.spanId);
  w.string(s.parentSpanId);
  w.string(s.traceState);
  w.string(s.serviceName);
  w.string(s.name);
  w.string(operationName(s));
  w.string(s.kind);
  w.dateTime64Nanos(s.startTimeUnixNano);
  w.uint64(s.durationNs);
  w.string(s.statusCode);
  w.string(s.statusMessage);
  w.string(s.environment);
  w.string(s.scopeName);
  w.string(s.scopeVersion);
  w.sharedStringMap(s.resourceAttributes); // one object for all spans of a resource
  w.stringMap(s.spanAttributes);
  // Nested events and links: one array per field, all of the same length.
  const { events, links } = s;
  w.varUInt(events.length);
  for (const e of events) w.dateTime64Nanos(e.timeUnixNano);
  w.varUInt(events.length);
  for (const e of events) w.string(e.name);
  w.varUInt(events.length);
  for (const e of events) w.stringMap(e.attributes);
  w.varUInt(links.length);
  for (const l of links) w.string(l.traceId);
  w.varUInt(links.length);
  for (const l of links) w.string(l.spanId);
  w.varUInt(links.length);
  for (const l of links) w.string(l.traceState);
  w.varUInt(links.length);
  for (const l of links) w.stringMap(l.attributes);
}
