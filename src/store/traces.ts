import { TestImpactCollector, type TestSpanFiles } from '../../ingestion/otlp/test-impact.ts';
import { isTestCaseSpan, repoFromAttributes, testResultFromSpan } from '../../ingestion/otlp/test-spans.ts';
import type { CiRunRecord, SpanRecord } from '../../ingestion/records.ts';
import type { BatchWriter, WriteUnit } from './batch-writer.ts';
import { RowBinaryChunks, rowCount, type RowBinaryRows } from './row-binary.ts';
import { SPAN_COLUMNS, ciRunRow, clickhouseTime, testResultRows, writeSpanRows, type RunContext } from './rows.ts';

// Stores decoded spans (from OTLP/HTTP or Kafka). Every span is stored as a span; a span that follows
// the OpenTelemetry test conventions is also a test result, with the same identity and tables as
// JUnit, and its cicd.* / vcs.* attributes fill the CI run record.
//
// At least once in, exactly once stored: spans collapse on (trace id, span id) in the spans table
// (ReplacingMergeTree), and a test result derived from a span carries upload_id `span:<trace>:<span>`,
// which the writer looks up before writing, so a redelivered test span is not counted twice.

export interface TraceWriteResult {
  spans: number;
  testResults: number;
  /** Test spans dropped because no repository could be told (no vcs.* attributes, no default). */
  testSpansWithoutRepo: number;
}

/**
 * Spans made ready for the store where they were decoded (a decode worker, see src/decode/): the rows
 * of the spans table, already encoded, and the few spans that are also test results, still as records.
 * What waits for a flush is then a few buffers, not thousands of objects.
 */
export interface EncodedSpans {
  /** Rows of the spans table, in chunks (RowBinaryChunks); none when there are no spans. */
  rows: RowBinaryRows[];
  /** Spans with a `test.case.name`: each is also a test result. */
  testSpans: SpanRecord[];
  /** Code files executed below test spans of the same request (test impact, migration 0035). */
  testFiles: TestSpanFiles[];
}

export function encodeSpans(spans: readonly SpanRecord[]): EncodedSpans {
  return new SpanEncoder().add(spans).finish();
}

/** EncodedSpans built a batch of spans at a time, so that a batch's records can go once added. */
export class SpanEncoder {
  private readonly rows = new RowBinaryChunks(SPAN_COLUMNS);
  private readonly testSpans: SpanRecord[] = [];
  private readonly impact = new TestImpactCollector();

  add(spans: readonly SpanRecord[]): this {
    writeSpanRows(this.rows, spans);
    for (let i = 0; i < spans.length; i++) if (isTestCaseSpan(spans[i]!)) this.testSpans.push(spans[i]!);
    this.impact.add(spans);
    return this;
  }

  finish(): EncodedSpans {
    return { rows: this.rows.finish(), testSpans: this.testSpans, testFiles: this.impact.result() };
  }
}

export class TraceWrites {
  constructor(private readonly writer: BatchWriter) {}

  store(spans: readonly SpanRecord[], opts: { sourceId: string; defaultRepo?: string }): Promise<TraceWriteResult> {
    return this.storeEncoded(encodeSpans(spans), opts);
  }

  async storeEncoded(encoded: EncodedSpans, opts: { sourceId: string; defaultRepo?: string }): Promise<TraceWriteResult> {
    const spanCount = rowCount(encoded.rows);
    const units: WriteUnit[] = [{ id: `spans:${opts.sourceId}`, rows: { spans: encoded.rows } }];
    const runs = new Map<string, CiRunRecord>();
    let testResults = 0;
    let withoutRepo = 0;
    const filesOf = new Map((encoded.testFiles ?? []).map((t) => [`${t.traceId}/${t.spanId}`, t.files] as const));
    for (const span of encoded.testSpans) {
      const repo = repoFromAttributes(span) || opts.defaultRepo || '';
      const found = testResultFromSpan(repo || '?', span);
      if (!found) continue;
      if (repo === '') {
        withoutRepo++;
        continue;
      }
      const run = runRecord(repo, span, found.run);
      const runKey = `${run.repo}\n${run.runId}\n${run.attempt}`;
      const earlier = runs.get(runKey);
      runs.set(runKey, earlier && earlier.startedAt < run.startedAt ? earlier : run);
      const uploadId = `span:${span.traceId}:${span.spanId}`;
      const ctx: RunContext = {
        repo,
        runId: run.runId,
        attempt: run.attempt,
        branch: run.branch,
        commit: run.commit,
        startedAt: run.startedAt,
        source: 'otlp',
        uploadId,
      };
      const result = { ...found.result, traceId: span.traceId, spanId: span.spanId };
      // The files the test executed go with its result: written once, with it.
      const files = filesOf.get(`${span.traceId}/${span.spanId}`) ?? [];
      const seen = clickhouseTime(result.startedAt ?? run.startedAt);
      const impact = files.map((file) => ({ repo, test_id: result.testId, file, first_seen: seen, last_seen: seen, executions: 1 }));
      units.push({
        id: uploadId,
        rows: { test_results: [testResultRows(ctx, [result])], ...(impact.length > 0 ? { test_impact: impact } : {}) },
        dedupKey: { repo, uploadId },
      });
      testResults++;
    }
    if (runs.size > 0) units[0]!.alwaysRows = { ci_runs: [...runs.values()].map(ciRunRow) };
    const result = { spans: spanCount, testResults, testSpansWithoutRepo: withoutRepo };
    await Promise.all(units.map((u) => this.writer.write(u)));
    return result;
  }
}

/** A test span's CI run. Without cicd.pipeline.run.id the trace is the run (one test session). */
function runRecord(repo: string, span: SpanRecord, run: Partial<CiRunRecord>): CiRunRecord {
  const attempt = Number(span.spanAttributes['cicd.pipeline.run.attempt'] ?? span.resourceAttributes['cicd.pipeline.run.attempt'] ?? 1);
  return {
    repo,
    runId: run.runId ?? `trace-${span.traceId}`,
    attempt: Number.isInteger(attempt) && attempt >= 1 && attempt <= 65535 ? attempt : 1,
    branch: run.branch ?? '',
    commit: run.commit ?? '',
    pipeline: run.pipeline ?? '',
    job: run.job ?? '',
    provider: run.provider ?? '',
    url: run.url ?? '',
    changeId: run.changeId ?? '',
    startedAt: new Date(Number(span.startTimeUnixNano / 1_000_000n)),
    finishedAt: null,
    result: run.result ?? '',
    source: 'otlp',
  };
}
