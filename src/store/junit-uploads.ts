import type { JunitCounts, JunitReport } from '../../ingestion/junit/parse.ts';
import type { CiRunRecord } from '../../ingestion/records.ts';
import type { BatchWriter } from './batch-writer.ts';
import { rowCount, type RowBinaryRows } from './row-binary.ts';
import { ciRunRow, testResultChunks } from './rows.ts';

// Stores one parsed JUnit report as one upload: all of its rows or none, and never twice.
// - The upload id is a hash of (repo, run, attempt, report bytes). The writer looks the id up among the
//   stored rows (upload-ledger.ts) before it writes, and writes a re-sent report's rows no more; an
//   identical report arriving while the first is still being written waits for it here.
// - All or nothing: the report was fully parsed before this runs, and the writer puts its rows in one
//   INSERT, which ClickHouse commits atomically. The run row goes after the rows, and again for a
//   duplicate (harmless: ReplacingMergeTree), which also repairs a run row lost to a crash.

export interface UploadSummary {
  uploadId: string;
  runId: string;
  attempt: number;
  suites: number;
  /** One per <testcase> element, by its reported result. */
  testCases: JunitReport['testCases'];
  /** Tests: like testCases, but a test case repeated in one suite element counts once, by its last result. */
  tests: JunitReport['tests'];
  attempts: number;
  duplicate: boolean;
}

/**
 * A report made ready for the store where it was parsed (a decode worker, see src/decode/): its
 * test_results rows already encoded, and the counts its answer reports. What waits for a flush is
 * then one buffer, not a record per test case.
 */
export interface EncodedJunitReport extends JunitCounts {
  /** The report's test_results rows, in order, in chunks (see testResultChunks). */
  rows: RowBinaryRows[];
}

export function encodeJunitReport(run: CiRunRecord, report: JunitReport, uploadId: string): EncodedJunitReport {
  const ctx = {
    repo: run.repo,
    runId: run.runId,
    attempt: run.attempt,
    branch: run.branch,
    commit: run.commit,
    startedAt: run.startedAt,
    source: 'junit' as const,
    uploadId,
  };
  const { suites, testCases, tests, attempts } = report;
  return { suites, testCases, tests, attempts, rows: testResultChunks(ctx, report.results) };
}

/** Run rows this process wrote lately: the other files of a multi-file run need not write it again. */
const RECENT_RUN_ROWS = 10_000;

export class JunitUploads {
  private readonly inProgress = new Map<string, Promise<UploadSummary>>();
  private readonly recentRunRows = new Set<string>();

  constructor(private readonly writer: BatchWriter) {}

  /** Encodes the report's rows on this thread, then stores them (the Kafka topic's path). */
  store(run: CiRunRecord, report: JunitReport, upload: { uploadId: string; fileName: string }): Promise<UploadSummary> {
    return this.storeEncoded(run, encodeJunitReport(run, report, upload.uploadId), upload);
  }

  async storeEncoded(run: CiRunRecord, report: EncodedJunitReport, upload: { uploadId: string; fileName: string }): Promise<UploadSummary> {
    const key = `${run.repo}\n${upload.uploadId}`;
    const running = this.inProgress.get(key);
    if (running) return { ...(await running), duplicate: true };
    const job = this.write(run, report, upload.uploadId);
    this.inProgress.set(key, job);
    try {
      return await job;
    } finally {
      this.inProgress.delete(key);
    }
  }

  private async write(run: CiRunRecord, report: EncodedJunitReport, uploadId: string): Promise<UploadSummary> {
    const runRow = ciRunRow(run);
    const runKey = JSON.stringify(runRow);
    const writeRun = !this.recentRunRows.has(runKey);
    const { duplicate } = await this.writer.write({
      id: uploadId,
      rows: { test_results: report.rows },
      alwaysRows: writeRun ? { ci_runs: [runRow] } : {},
      dedupKey: rowCount(report.rows) > 0 ? { repo: run.repo, uploadId } : undefined,
    });
    if (writeRun) this.remember(runKey);
    return {
      uploadId,
      runId: run.runId,
      attempt: run.attempt,
      suites: report.suites,
      testCases: report.testCases,
      tests: report.tests,
      attempts: report.attempts,
      duplicate,
    };
  }

  private remember(runKey: string): void {
    if (this.recentRunRows.size >= RECENT_RUN_ROWS) {
      const oldest = this.recentRunRows.values().next().value;
      if (oldest !== undefined) this.recentRunRows.delete(oldest);
    }
    this.recentRunRows.add(runKey);
  }
}
