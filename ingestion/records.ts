// Typed records: what every decoder (JUnit XML, OTLP, Kafka) produces and what the store writes.
// Field names are camelCase here and snake_case in ClickHouse; src/store/rows.ts maps between them.

export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped';

/** The CI run that results belong to. One per (repo, runId, attempt). */
export interface CiRunRecord {
  repo: string;
  runId: string;
  /** Re-run of the same CI run: same runId, higher attempt (1-based). */
  attempt: number;
  branch: string;
  commit: string;
  pipeline: string;
  job: string;
  provider: string;
  url: string;
  /** Pull/merge request id (OpenTelemetry `vcs.change.id`), '' when none. */
  changeId: string;
  startedAt: Date;
  finishedAt: Date | null;
  /**
   * OpenTelemetry `cicd.pipeline.result`: success | failure | error | timeout | cancellation | skip,
   * or '' when the source does not say. `error` means the CI system failed, `failure` a test or build.
   */
  result: string;
  source: 'junit' | 'otlp';
}

/** One executed attempt of one test case. A JUnit rerun element is its own attempt. */
export interface TestResultRecord {
  testId: string;
  suite: string;
  className: string;
  name: string;
  file: string;
  status: TestStatus;
  durationMs: number;
  /** 0 for the first execution inside a CI run attempt, 1.. for in-run retries (Surefire reruns). */
  retry: number;
  /** The attempt that carries the test case's reported result (JUnit counts these). */
  final: boolean;
  startedAt: Date | null;
  failureType: string;
  message: string;
  stack: string;
  systemOut: string;
  systemErr: string;
  properties: Record<string, string>;
  /** The test span, for results reported as OpenTelemetry spans; absent for JUnit. */
  traceId?: string;
  spanId?: string;
}

/** A span as stored: ids are lowercase hex, times are nanoseconds since the epoch as bigint. */
export interface SpanRecord {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  traceState: string;
  serviceName: string;
  name: string;
  /** OTLP SpanKind name without prefix: unspecified | internal | server | client | producer | consumer */
  kind: string;
  startTimeUnixNano: bigint;
  durationNs: bigint;
  /** unset | ok | error */
  statusCode: string;
  statusMessage: string;
  /** `deployment.environment.name`, else the older `deployment.environment`, else ''. */
  environment: string;
  scopeName: string;
  scopeVersion: string;
  resourceAttributes: Record<string, string>;
  spanAttributes: Record<string, string>;
  events: SpanEventRecord[];
  links: SpanLinkRecord[];
}

export interface SpanEventRecord {
  timeUnixNano: bigint;
  name: string;
  attributes: Record<string, string>;
}

export interface SpanLinkRecord {
  traceId: string;
  spanId: string;
  traceState: string;
  attributes: Record<string, string>;
}

/** A commit and the files it changed. */
export interface ChangeRecord {
  repo: string;
  commit: string;
  parent: string;
  branch: string;
  files: { path: string; added: number; removed: number }[];
}
