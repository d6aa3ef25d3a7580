import type { ClickHouseClient } from '@clickhouse/client';
import type { JunitReport } from '../../ingestion/junit/parse.ts';
import type { CiRunRecord } from '../../ingestion/records.ts';
import { withRetry } from './retry.ts';
import { ciRunRow, testResultRow, type RunContext } from './rows.ts';

// Stores one parsed JUnit report as one upload: all of its rows or none.
// - Exactly once: the upload id is a hash of (repo, run, attempt, report bytes). A re-sent report is
//   found in the `uploads` ledger and not stored again; a retried insert that races the ledger is
//   dropped by ClickHouse itself (insert_deduplication_token = upload id).
// - All or nothing: the report was fully parsed before this runs, and its rows go in one INSERT that
//   forms one block (max_insert_block_size raised above the row count), which ClickHouse commits
//   atomically. The ledger row is written last, after the rows are durable.

export interface UploadSummary {
  uploadId: string;
  runId: string;
  attempt: number;
  suites: number;
  runs: JunitReport['runs'];
  attempts: number;
  duplicate: boolean;
}

export async function storeJunitUpload(
  client: ClickHouseClient,
  run: CiRunRecord,
  report: JunitReport,
  upload: { uploadId: string; fileName: string },
): Promise<UploadSummary> {
  const summary: UploadSummary = {
    uploadId: upload.uploadId,
    runId: run.runId,
    attempt: run.attempt,
    suites: report.suites,
    runs: report.runs,
    attempts: report.attempts,
    duplicate: false,
  };
  const earlier = await findUpload(client, run.repo, upload.uploadId);
  if (earlier) return { ...summary, ...earlier, duplicate: true };

  const ctx: RunContext = {
    repo: run.repo,
    runId: run.runId,
    attempt: run.attempt,
    branch: run.branch,
    commit: run.commit,
    startedAt: run.startedAt,
    source: 'junit',
    uploadId: upload.uploadId,
  };
  if (report.results.length > 0) {
    await withRetry(() =>
      client.insert({
        table: 'test_results',
        values: report.results.map((r, i) => testResultRow(ctx, r, i)),
        format: 'JSONEachRow',
        clickhouse_settings: {
          insert_deduplication_token: upload.uploadId,
          max_insert_block_size: String(Math.max(1_048_576, report.results.length + 1)),
          log_comment: 'store.junit-uploads',
        },
      }),
    );
  }
  await withRetry(() => client.insert({ table: 'ci_runs', values: [ciRunRow(run)], format: 'JSONEachRow' }));
  await withRetry(() =>
    client.insert({
      table: 'uploads',
      values: [
        {
          repo: run.repo,
          upload_id: upload.uploadId,
          run_id: run.runId,
          attempt: run.attempt,
          source: 'junit',
          file_name: upload.fileName,
          suites: report.suites,
          runs: report.runs.total,
          passed: report.runs.passed,
          failed: report.runs.failed,
          errored: report.runs.errored,
          skipped: report.runs.skipped,
          attempts: report.attempts,
        },
      ],
      format: 'JSONEachRow',
    }),
  );
  return summary;
}

async function findUpload(
  client: ClickHouseClient,
  repo: string,
  uploadId: string,
): Promise<Omit<UploadSummary, 'uploadId' | 'duplicate'> | null> {
  const rs = await client.query({
    query: `SELECT run_id, attempt, suites, runs, passed, failed, errored, skipped, attempts
            FROM uploads FINAL WHERE repo = {repo:String} AND upload_id = {uploadId:String} LIMIT 1`,
    query_params: { repo, uploadId },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.junit-uploads.find' },
  });
  const row = (await rs.json<Record<string, string | number>>())[0];
  if (!row) return null;
  const n = (k: string) => Number(row[k]);
  return {
    runId: String(row.run_id),
    attempt: n('attempt'),
    suites: n('suites'),
    runs: { total: n('runs'), passed: n('passed'), failed: n('failed'), errored: n('errored'), skipped: n('skipped') },
    attempts: n('attempts'),
  };
}
