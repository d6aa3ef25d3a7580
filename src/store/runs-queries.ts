import type { ClickHouseClient } from '@clickhouse/client';

// Reads about CI runs. Counts come from test_results, so a run that got several report files shows
// their sum: `tests` per test by its reported result (the rows with final = 1: a test case repeated in
// one suite element counts once), `attempts` every stored attempt (in-run retries included). The word
// "runs" is kept for CI runs; the JUnit upload answer counts <testcase> elements as `testCases`.

export interface RunSummary {
  repo: string;
  runId: string;
  attempt: number;
  branch: string;
  commit: string;
  pipeline: string;
  job: string;
  provider: string;
  url: string;
  changeId: string;
  startedAt: string;
  finishedAt: string | null;
  result: string;
  source: string;
  tests: { total: number; passed: number; failed: number; errored: number; skipped: number };
  attempts: number;
}

export async function listRuns(
  client: ClickHouseClient,
  q: { repo: string; branch?: string; limit: number; offset: number },
): Promise<RunSummary[]> {
  const rs = await client.query({
    query: `
      WITH page AS (
        SELECT * FROM ci_runs FINAL
        WHERE repo = {repo:String} AND ({branch:String} = '' OR branch = {branch:String})
        ORDER BY started_at DESC, run_id DESC, attempt DESC
        LIMIT {limit:UInt32} OFFSET {offset:UInt32}
      ),
      counts AS (
        SELECT run_id, attempt,
               countIf(final = 1) AS total,
               countIf(final = 1 AND status = 'passed') AS passed,
               countIf(final = 1 AND status = 'failed') AS failed,
               countIf(final = 1 AND status = 'errored') AS errored,
               countIf(final = 1 AND status = 'skipped') AS skipped,
               count() AS attempts
        FROM test_results
        WHERE repo = {repo:String} AND (run_id, attempt) IN (SELECT run_id, attempt FROM page)
        GROUP BY run_id, attempt
      )
      SELECT page.*, counts.total, counts.passed, counts.failed, counts.errored, counts.skipped, counts.attempts
      FROM page LEFT JOIN counts ON page.run_id = counts.run_id AND page.attempt = counts.attempt
      ORDER BY page.started_at DESC, page.run_id DESC, page.attempt DESC`,
    query_params: { repo: q.repo, branch: q.branch ?? '', limit: q.limit, offset: q.offset },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.runs-queries.listRuns' },
  });
  const rows = await rs.json<Record<string, string | number | null>>();
  return rows.map((r) => ({
    repo: String(r.repo),
    runId: String(r.run_id),
    attempt: Number(r.attempt),
    branch: String(r.branch),
    commit: String(r.commit),
    pipeline: String(r.pipeline),
    job: String(r.job),
    provider: String(r.provider),
    url: String(r.url),
    changeId: String(r.change_id),
    startedAt: isoTime(String(r.started_at)),
    finishedAt: r.finished_at == null ? null : isoTime(String(r.finished_at)),
    result: String(r.result),
    source: String(r.source),
    tests: {
      total: Number(r.total ?? 0),
      passed: Number(r.passed ?? 0),
      failed: Number(r.failed ?? 0),
      errored: Number(r.errored ?? 0),
      skipped: Number(r.skipped ?? 0),
    },
    attempts: Number(r.attempts ?? 0),
  }));
}

/** ClickHouse 'YYYY-MM-DD hh:mm:ss.sss' (UTC) → ISO 8601. */
export function isoTime(s: string): string {
  return `${s.replace(' ', 'T')}Z`;
}
