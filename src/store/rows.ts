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

export function testResultRow(ctx: RunContext, r: TestResultRecord, ordinal: number) {
  return {
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
    failure_type: r.failureType,
    message: r.message,
    stack: r.stack,
    system_out: r.systemOut,
    system_err: r.systemErr,
    properties: r.properties,
    trace_id: r.traceId ?? '',
    span_id: r.spanId ?? '',
    source: ctx.source,
    upload_id: ctx.uploadId,
    ordinal,
  };
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

export function spanRow(s: SpanRecord) {
  return {
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
    'events.time': s.events.map((e) => nanoTime(e.timeUnixNano)),
    'events.name': s.events.map((e) => e.name),
    'events.attributes': s.events.map((e) => e.attributes),
    'links.trace_id': s.links.map((l) => l.traceId),
    'links.span_id': s.links.map((l) => l.spanId),
    'links.trace_state': s.links.map((l) => l.traceState),
    'links.attributes': s.links.map((l) => l.attributes),
  };
}
