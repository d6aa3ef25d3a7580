import type { CiRunRecord, SpanRecord, TestResultRecord } from '../../ingestion/records.ts';
import { operationName } from '../../models/operations/operation-name.ts';
import { RowBinaryRows, RowBinaryWriter, type WireColumn } from './row-binary.ts';

// Records → ClickHouse rows: JSONEachRow objects (snake_case columns, DateTime64 as
// 'YYYY-MM-DD hh:mm:ss.sss'), except spans, which write themselves as RowBinary.

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

export function testResultRow(ctx: RunContext, r: TestResultRecord, ordinal: number): Record<string, unknown> {
  const row: Record<string, unknown> = {
    repo: ctx.repo,
    test_id: r.testId,
    run_id: ctx.runId,
    attempt: ctx.attempt,
    retry: r.retry,
    final: r.final ? 1 : 0,
    branch: ctx.branch,
    commit: ctx.commit,
    suite: r.suite,
    class_name: r.className,
    name: r.name,
    file: r.file,
    status: r.status,
    duration_ms: r.durationMs,
    started_at: clickhouseTime(r.startedAt ?? ctx.startedAt),
    source: ctx.source,
    upload_id: ctx.uploadId,
    ordinal,
  };
  // Most results passed and carry no text: leaving empty columns out of the row (ClickHouse fills
  // their defaults) makes the typical row half as long to encode here and to parse there.
  if (r.failureType) row.failure_type = r.failureType;
  if (r.message) row.message = r.message;
  if (r.stack) row.stack = r.stack;
  if (r.systemOut) row.system_out = r.systemOut;
  if (r.systemErr) row.system_err = r.systemErr;
  for (const _ in r.properties) {
    row.properties = r.properties;
    break;
  }
  if (r.traceId) row.trace_id = r.traceId;
  if (r.spanId) row.span_id = r.spanId;
  return row;
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

// Spans are the one table written as RowBinary (see row-binary.ts): a busy service sends tens of
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

/** Spans as rows of the spans table (migrations/0004_spans.sql), written at once. */
export function spanRows(spans: readonly SpanRecord[]): RowBinaryRows {
  const w = new RowBinaryWriter(spans.length * 512 + 1024);
  for (const s of spans) writeSpan(w, s);
  return new RowBinaryRows(SPAN_COLUMNS, spans.length, w.bytes());
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
