import type { ClickHouseClient } from '@clickhouse/client';
import { isoTime } from './runs-queries.ts';

// Reads about one test across runs.

export interface TestIdentity {
  testId: string;
  repo: string;
  suite: string;
  className: string;
  name: string;
  file: string;
}

export interface TestAttempt {
  runId: string;
  attempt: number;
  retry: number;
  branch: string;
  commit: string;
  status: string;
  durationMs: number;
  startedAt: string;
  failureType: string;
  message: string;
}

export async function testHistory(
  client: ClickHouseClient,
  q: { testId: string; repo?: string; limit: number; offset: number },
): Promise<{ test: TestIdentity; attempts: TestAttempt[] } | null> {
  const rs = await client.query({
    query: `
      SELECT repo, suite, class_name, name, file, run_id, attempt, retry, branch, commit, status,
             duration_ms, started_at, failure_type, message
      FROM test_results
      WHERE test_id = {testId:String} AND ({repo:String} = '' OR repo = {repo:String})
      ORDER BY started_at DESC, run_id DESC, attempt DESC, retry DESC
      LIMIT {limit:UInt32} OFFSET {offset:UInt32}`,
    query_params: { testId: q.testId, repo: q.repo ?? '', limit: q.limit, offset: q.offset },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.tests-queries.testHistory' },
  });
  const rows = await rs.json<Record<string, string | number>>();
  const first = rows[0];
  if (!first) return null;
  return {
    test: {
      testId: q.testId,
      repo: String(first.repo),
      suite: String(first.suite),
      className: String(first.class_name),
      name: String(first.name),
      file: String(first.file),
    },
    attempts: rows.map((r) => ({
      runId: String(r.run_id),
      attempt: Number(r.attempt),
      retry: Number(r.retry),
      branch: String(r.branch),
      commit: String(r.commit),
      status: String(r.status),
      durationMs: Number(r.duration_ms),
      startedAt: isoTime(String(r.started_at)),
      failureType: String(r.failure_type),
      message: String(r.message),
    })),
  };
}
