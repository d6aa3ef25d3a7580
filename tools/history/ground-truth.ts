// ground-truth.json and failure-causes.jsonl: what was planted, kept apart from what CI would see so a
// model can be scored against it. Test identities carry the repo-scoped testId from
// ingestion/test-identity.ts, the same id the service computes when it ingests the reports.

import type { Codebase, TestCase } from './codebase.ts';
import type { FlakyMode, FlakyTest } from './flakiness.ts';
import type { OutageKind, OutageWindow } from './outages.ts';
import type { RunnerId } from './runners.ts';
import { RUNNERS } from './runners.ts';
import type { Cause } from './simulate-run.ts';
import type { QueueGroup } from './merge-queue.ts';
import type { Timeline } from './timeline.ts';

export const GROUND_TRUTH_SCHEMA_VERSION = 1;

export interface TestIdentity {
  testId: string;
  qualifiedName: string;
  suite: string;
  className: string;
  name: string;
}

export interface PlantedOutage {
  runId: string;
  attempt: number;
  startedAt: string;
  kind: OutageKind;
  runners: RunnerId[];
  /** Share of each affected runner's tests meant to error (oom: the tail after 1 - share). */
  share: number;
  windowId: number | null;
  target: string;
  /** Test executions that failed or errored because of it. */
  failedExecutions: number;
}

/** One line of failure-causes.jsonl: one failed or errored execution and why it failed. */
export interface FailureCauseRow {
  runId: string;
  attempt: number;
  runner: RunnerId;
  testId: string;
  qualifiedName: string;
  /** Execution index inside the report: 0 first, 1.. Surefire reruns (same order as the decoder). */
  retry: number;
  status: 'failed' | 'errored';
  cause: Cause;
  regressionId?: number;
  outageKind?: OutageKind;
}

export interface HistoryStats {
  commits: number;
  runAttempts: number;
  /** Attempts 2 and 3: CI re-runs of a failed run on the same commit. */
  reruns: number;
  reports: number;
  reportBytes: number;
  /** <testcase> elements, skipped included. */
  testcases: number;
  /** Executions of non-skipped tests, Surefire reruns included. */
  executions: number;
  failedExecutions: Record<Cause, number>;
  /** Failed attempts (some test's final result failed or errored). */
  redAttempts: number;
  outageAttempts: number;
  /** Flaky failed executions / executions. */
  flakyExecutionShare: number;
  /**
   * Share of (run attempt, test file) executions with at least one flaky failure. A test file (a
   * Surefire class, a pytest module, a Jest file) is the closest thing here to a Google "test target",
   * the unit of Google's ~1.5% flaky-result figure.
   */
  flakyTestFileShare: number;
  /** Share of run attempts with at least one flaky failure (before Surefire's reruns absorb it). */
  attemptsWithFlakyFailure: number;
}

export interface GroundTruth {
  schemaVersion: number;
  repo: string;
  seed: number;
  options: Record<string, string | number>;
  window: { start: string; end: string };
  runners: { id: RunnerId; inRunRetries: number; report: string }[];
  files: { path: string; kind: string; module: string }[];
  tests: (TestIdentity & {
    runner: RunnerId;
    file: string;
    module: string;
    integration: boolean;
    skipReason: string | null;
    medianDurationMs: number;
    initiallyPresent: boolean;
    /** File → test dependency graph: the files a change to which can break this test. */
    dependsOn: string[];
    lifecycle: { event: 'added' | 'deleted'; commit: string; branch: string; at: string }[];
  })[];
  flaky: (TestIdentity & {
    runner: RunnerId;
    rate: number;
    modes: FlakyMode[];
    since: string | null;
    until: string | null;
  })[];
  regressions: {
    id: number;
    commit: string;
    branch: string;
    introducedAt: string;
    fixedAt: string | null;
    fixCommit: string | null;
    fixKind: 'fix' | 'revert' | null;
    files: string[];
    brokenTests: TestIdentity[];
    /** Every commit whose runs carry the regression (introducing commit first, fix excluded). */
    commits: string[];
  }[];
  outageWindows: { id: number; kind: string; start: string; end: string; target: string }[];
  /** `--flow merge-queue`: every group the queue tested, in order (merge-queue.ts). */
  mergeQueue?: (Omit<QueueGroup, 'at'> & { at: string })[];
  outages: PlantedOutage[];
  pullRequests: {
    number: number;
    branch: string;
    openedAt: string;
    mergedAt: string | null;
    mergeCommit: string | null;
    abandoned: boolean;
  }[];
  failureCauses: { path: string; rows: number };
  stats: HistoryStats;
}

export interface GroundTruthInputs {
  seed: number;
  options: Record<string, string | number>;
  start: number;
  end: number;
  codebase: Codebase;
  flaky: readonly FlakyTest[];
  timeline: Timeline;
  windows: readonly OutageWindow[];
  outages: PlantedOutage[];
  failureCauseRows: number;
  stats: HistoryStats;
}

export function identityOf(t: TestCase): TestIdentity {
  return { testId: t.testId, qualifiedName: t.qualifiedName, suite: t.suite, className: t.className, name: t.name };
}

export function buildGroundTruth(x: GroundTruthInputs): GroundTruth {
  const cb = x.codebase;
  const iso = (ms: number): string => new Date(ms).toISOString();
  const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));
  const lifecycle = new Map<number, GroundTruth['tests'][number]['lifecycle']>();
  for (const e of x.timeline.lifecycle) {
    const list = lifecycle.get(e.test) ?? [];
    list.push({ event: e.event, commit: e.commit, branch: e.branch, at: iso(e.at) });
    lifecycle.set(e.test, list);
  }
  return {
    schemaVersion: GROUND_TRUTH_SCHEMA_VERSION,
    repo: cb.repo,
    seed: x.seed,
    options: x.options,
    window: { start: iso(x.start), end: iso(x.end) },
    runners: cb.runners.map((id) => ({
      id,
      inRunRetries: RUNNERS[id].inRunRetries,
      report: `junit/<runId>-<attempt>-${id}.xml`,
    })),
    files: cb.files.map((f) => ({ path: f.path, kind: f.kind, module: f.module })),
    tests: cb.tests.map((t) => ({
      ...identityOf(t),
      runner: t.runner,
      file: t.path,
      module: t.module,
      integration: t.integration,
      skipReason: t.skipReason,
      medianDurationMs: Math.round(t.medianMs * 10) / 10,
      initiallyPresent: t.initiallyPresent,
      dependsOn: t.dependsOn.map((f) => cb.files[f]!.path),
      lifecycle: lifecycle.get(t.index) ?? [],
    })),
    flaky: x.flaky.map((f) => {
      const t = cb.tests[f.test]!;
      const since = isoOrNull(f.since);
      const until = isoOrNull(f.until);
      return { ...identityOf(t), runner: t.runner, rate: f.rate, modes: f.modes, since, until };
    }),
    regressions: x.timeline.regressions.map((r) => ({
      id: r.id,
      commit: r.commit,
      branch: r.branch,
      introducedAt: iso(r.introducedAt),
      fixedAt: isoOrNull(r.fixedAt),
      fixCommit: r.fixCommit,
      fixKind: r.fixKind,
      files: [cb.files[r.file]!.path],
      brokenTests: r.brokenTests.map((t) => identityOf(cb.tests[t]!)),
      commits: r.commits,
    })),
    outageWindows: x.windows.map((w) => ({ ...w, start: iso(w.start), end: iso(w.end) })),
    outages: x.outages,
    pullRequests: x.timeline.pullRequests.map((p) => ({ ...p, openedAt: iso(p.openedAt), mergedAt: isoOrNull(p.mergedAt) })),
    // Only with a merge queue, so the other flows' ground truth keeps its bytes.
    ...(x.timeline.queueGroups.length > 0 ? { mergeQueue: x.timeline.queueGroups.map((g) => ({ ...g, at: iso(g.at) })) } : {}),
    failureCauses: { path: 'failure-causes.jsonl', rows: x.failureCauseRows },
    stats: x.stats,
  };
}
