import type { CiRunRecord, SpanRecord, TestResultRecord } from '../../ingestion/records.ts';

// Records → ClickHouse JSONEachRow rows (snake_case columns, DateTime64 as 'YYYY-MM-DD hh:mm:ss.sss').

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

/** Nanoseconds since the epoch → DateTime64(9) text, exact (no float on the way). */
export function nanoTime(ns: bigint): string {
  const ms = ns / 1_000_000n;
  const base = new Date(Number(ms)).toISOString().slice(0, 19).replace('T', ' ');
  return `${base}.${(ns % 1_000_000_000n).toString().padStart(9, '0')}`;
}

export function spanRow(s: SpanRecord): Record<string, unknown> {
  const row = {
    trace_id: s.traceId,
    span_id: s.spanId,
    parent_span_id: s.parentSpanId,
    trace_state: s.traceState,
    service_name: s.serviceName,
    name: s.name,
    kind: s.kind,
    start_time: nanoTime(s.startTimeUnixNano),
    duration_ns: s.durationNs.toString(),
    status_code: s.statusCode,
    status_message: s.statusMessage,
    environment: s.environment,
    scope_name: s.scopeName,
    scope_version: s.scopeVersion,
    resource_attributes: s.resourceAttributes,
    span_attributes: s.spanAttributes,
  } as Record<string, unknown>;
  // Empty nested columns are left to their defaults, as in testResultRow.
  if (s.events.length > 0) {
    row['events.time'] = s.events.map((e) => nanoTime(e.timeUnixNano));
    row['events.name'] = s.events.map((e) => e.name);
    row['events.attributes'] = s.events.map((e) => e.attributes);
  }
  if (s.links.length > 0) {
    row['links.trace_id'] = s.links.map((l) => l.traceId);
    row['links.span_id'] = s.links.map((l) => l.spanId);
    row['links.trace_state'] = s.links.map((l) => l.traceState);
    row['links.attributes'] = s.links.map((l) => l.attributes);
  }
  return row;
}
