import type { CiRunRecord, TestResultRecord } from '../../ingestion/records.ts';

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
