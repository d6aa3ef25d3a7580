// Generates a CI history into a directory:
//   junit/<runId>-<attempt>-<runner>.xml   one report per runner per run attempt
//   manifest.jsonl                        one line per run attempt, in start-time order (what CI knows)
//   ground-truth.json                     what was planted (flaky tests, regressions, outages, graph)
//   failure-causes.jsonl                  why each failed execution failed
//   traces/<runId>-<attempt>-<runner>.json OTLP/JSON test traces of traced runs (--traced-runs-per-day)
//   checkout/                             the code base as files, whose imports realise the dependency
//                                         graph (checkout.ts; drawn from its own stream: the files above
//                                         are the same with or without it)
// Everything is a function of the options: the same seed gives byte-identical files.
//
// Each commit triggers a run (attempt 1); a red attempt is re-run on the same commit with some
// probability (more likely after an outage, when the cause is obviously not the code), up to
// attempt 3 — what developers do with GitHub's "Re-run failed jobs".

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCheckout, writeCheckout } from './checkout.ts';
import { buildCodebase, type Codebase } from './codebase.ts';
import { plantFlakyTests, type FlakyTest } from './flakiness.ts';
import { buildGroundTruth, type FailureCauseRow, type HistoryStats, type PlantedOutage } from './ground-truth.ts';
import { JunitWriter } from './junit-writer.ts';
import { LineSink } from './line-sink.ts';
import { WriteQueue } from './write-queue.ts';
import { compareEntries, type ManifestEntry } from './manifest.ts';
import { decideOutage, planOutageWindows, type Outage, type OutageKind } from './outages.ts';
import { Rng } from './prng.ts';
import type { RunnerId } from './runners.ts';
import { layoutSpec, LAYOUTS, type Layout } from './layouts.ts';
import { simulateRunner, type RunnerOutcome } from './simulate-run.ts';
import { buildTimeline, FLOWS, type Flow } from './timeline.ts';
import { CHANGE_RISKS, type ChangeRisk } from './change-weight.ts';
import { WORDINGS, type Wording } from './failure-text.ts';
import { testTraceExport, TracedRuns } from './test-traces.ts';

export interface HistoryOptions {
  out: string;
  seed: number;
  /** First day of the history (UTC midnight). */
  start: Date;
  days: number;
  /** Tests that exist on day one; about 10% more are added during the history. */
  tests: number;
  /** Source, schema and build files (test files come on top). */
  files: number;
  commitsPerDay: number;
  /** Share of tests planted flaky. */
  flakyRate: number;
  flakyMinRate: number;
  flakyMaxRate: number;
  /** Chance that a branch commit introduces a regression. */
  regressionRate: number;
  /** Chance of a sporadic outage per run attempt (incident windows come on top). */
  outageRate: number;
  /** Chance that a red run is re-run on the same commit. */
  rerunRate: number;
  /** How a regression's failure text changes from run to run (failure-text.ts). */
  wording: Wording;
  /** Whether a commit's chance of a regression follows its size (change-weight.ts). */
  changeRisk: ChangeRisk;
  /** How commits reach main (timeline.ts). */
  flow: Flow;
  /** Run attempts a day, on main, whose tests are also exported as OTLP traces (test-traces.ts); 0: none. */
  tracedRunsPerDay: number;
  /** Where sources and tests live and which runners report them (layouts.ts). */
  layout: Layout;
  repo: string;
  /** Also write the code base as files into `out/checkout` (checkout.ts). */
  checkout: boolean;
  /** Replace the generated files of an earlier history in `out`. */
  force: boolean;
}

export const DEFAULT_OPTIONS: Omit<HistoryOptions, 'out'> = {
  seed: 1,
  start: new Date('2025-01-06T00:00:00Z'),
  days: 90,
  tests: 2000,
  files: 400,
  commitsPerDay: 20,
  flakyRate: 0.03,
  flakyMinRate: 0.01,
  flakyMaxRate: 0.4,
  regressionRate: 0.03,
  outageRate: 0.008,
  rerunRate: 0.5,
  wording: 'stable',
  changeRisk: 'uniform',
  flow: 'pr',
  tracedRunsPerDay: 0,
  layout: 'monorepo',
  repo: 'acme/shop',
  checkout: true,
  force: false,
};

export class HistoryOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryOptionsError';
  }
}

export interface GenerationSummary {
  out: string;
  elapsedMs: number;
  stats: HistoryStats;
  planted: {
    flakyTests: number;
    regressions: number;
    outageAttempts: number;
    outageWindows: number;
    testsAdded: number;
    testsDeleted: number;
  };
  files: { reports: number; reportBytes: number; manifestBytes: number; groundTruthBytes: number; failureCauseBytes: number };
}

const GENERATED = ['junit', 'traces', 'manifest.jsonl', 'ground-truth.json', 'failure-causes.jsonl', 'checkout'];
/** Runner work directories differ between runner pools: paths in stack traces vary with them. */
const WORKDIRS = ['/home/runner/work/{name}/{name}', '/home/runner/_work/{name}/{name}', '/actions-runner/_work/{name}/{name}'];

export function validateOptions(o: HistoryOptions): void {
  const bad = (msg: string): never => {
    throw new HistoryOptionsError(msg);
  };
  if (o.out.trim() === '') bad('--out must name a directory');
  if (!Number.isSafeInteger(o.seed)) bad('--seed must be an integer');
  if (Number.isNaN(o.start.getTime())) bad('--start must be a date such as 2025-01-06');
  if (!Number.isInteger(o.days) || o.days < 1 || o.days > 3650) bad('--days must be an integer from 1 to 3650');
  if (!Number.isInteger(o.tests) || o.tests < 10 || o.tests > 200_000) bad('--tests must be an integer from 10 to 200000');
  if (!Number.isInteger(o.files) || o.files < 40 || o.files > 100_000) bad('--files must be an integer from 40 to 100000');
  if (!(o.commitsPerDay > 0 && o.commitsPerDay <= 2000)) bad('--commits-per-day must be above 0 and at most 2000');
  const shares = [
    ['--flaky-rate', o.flakyRate],
    ['--regression-rate', o.regressionRate],
    ['--outage-rate', o.outageRate],
    ['--rerun-rate', o.rerunRate],
  ] as const;
  for (const [flag, v] of shares) {
    if (!(v >= 0 && v <= 1)) bad(`${flag} must be a number from 0 to 1`);
  }
  if (!(o.flakyMinRate > 0 && o.flakyMinRate <= o.flakyMaxRate && o.flakyMaxRate < 1)) {
    bad('flaky failure rates must satisfy 0 < --flaky-min-rate <= --flaky-max-rate < 1');
  }
  if (!WORDINGS.includes(o.wording)) bad(`--wording must be one of ${WORDINGS.join(', ')}`);
  if (!CHANGE_RISKS.includes(o.changeRisk)) bad(`--change-risk must be one of ${CHANGE_RISKS.join(', ')}`);
  if (!FLOWS.includes(o.flow)) bad(`--flow must be one of ${FLOWS.join(', ')}`);
  if (!Number.isInteger(o.tracedRunsPerDay) || o.tracedRunsPerDay < 0 || o.tracedRunsPerDay > 100) bad('--traced-runs-per-day must be an integer from 0 to 100');
  if (!LAYOUTS.includes(o.layout)) bad(`--layout must be one of ${LAYOUTS.join(', ')}`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(o.repo)) bad('--repo must look like owner/name');
}

export async function generateHistory(o: HistoryOptions): Promise<GenerationSummary> {
  validateOptions(o);
  const began = performance.now();
  prepareOutDir(o.out, o.force);
  if (o.tracedRunsPerDay > 0) mkdirSync(join(o.out, 'traces'), { recursive: true });
  const start = Date.UTC(o.start.getUTCFullYear(), o.start.getUTCMonth(), o.start.getUTCDate());
  const end = start + o.days * 86_400_000;

  const codebase = codebaseOf(o);
  if (o.checkout) writeCheckout(join(o.out, 'checkout'), buildCheckout(codebase, layoutSpec(o.layout), o.seed));
  const flaky = plantFlakyTests(Rng.derive(o.seed, 'flaky'), codebase, {
    share: o.flakyRate,
    minRate: o.flakyMinRate,
    maxRate: o.flakyMaxRate,
    skew: 2,
    start,
    end,
  });
  const flakyByTest = new Map<number, FlakyTest>(flaky.map((f) => [f.test, f]));
  const timeline = buildTimeline(Rng.derive(o.seed, 'timeline'), codebase, {
    start,
    days: o.days,
    commitsPerDay: o.commitsPerDay,
    regressionRate: o.regressionRate,
    changeRisk: o.changeRisk,
    flow: o.flow,
  });
  const windows = planOutageWindows(Rng.derive(o.seed, 'outage-windows'), start, o.days);

  const writer = new JunitWriter();
  const reportFiles = new WriteQueue();
  const causes = new LineSink(join(o.out, 'failure-causes.jsonl'));
  const stats = emptyStats(timeline.commits.length);
  const flakyPairs = { hit: 0, total: 0 };
  const manifest: ManifestEntry[] = [];
  const outages: PlantedOutage[] = [];
  const repoName = o.repo.split('/')[1]!;
  const runIds = Rng.derive(o.seed, 'run-ids');
  let runNumber = 7_100_000_000 + runIds.int(0, 800_000_000);
  const tracedRuns = new TracedRuns(o.tracedRunsPerDay);

  for (const commit of timeline.commits) {
    // Other workflows share the run-id sequence, so ids have gaps.
    runNumber += runIds.int(1, 40);
    const runId = String(runNumber);
    const timing = Rng.derive(o.seed, 'timing', runId);
    let startedAt = commit.at + Math.round(timing.logNormal(40_000, 0.8));
    for (let attempt = 1; attempt <= 3; attempt++) {
      const rng = Rng.derive(o.seed, 'attempt', runId, attempt);
      const outage = onRunners(decideOutage(rng, startedAt, windows, o.outageRate), codebase.runners);
      const host = outage?.kind === 'runner-lost' ? outage.target : `gha-runner-${rng.hex(6)}`;
      const workdir = rng.pick(WORKDIRS).replaceAll('{name}', repoName);
      const reports: string[] = [];
      const traces: string[] = [];
      const traced = tracedRuns.take(commit.branch, attempt, startedAt);
      let wallMs = 0;
      let red = false;
      let flakyInAttempt = false;
      let outageFailures = 0;
      for (const runner of codebase.runners) {
        const result = simulateRunner(runner, {
          seed: o.seed,
          codebase,
          flaky: flakyByTest,
          regressions: timeline.regressions,
          state: commit.state,
          outage,
          startedAt,
          host,
          workdir,
          wording: o.wording,
          rng: Rng.derive(o.seed, 'execute', runId, attempt, runner),
        });
        const rel = `junit/${runId}-${attempt}-${runner}.xml`;
        const xml = writer.renderReport(result, { startedAt, host, workdir });
        await reportFiles.write(join(o.out, rel), xml);
        reports.push(rel);
        if (traced) {
          const trace = `traces/${runId}-${attempt}-${runner}.json`;
          const ctx = { repo: o.repo, runId, attempt, branch: commit.branch, commit: commit.sha, startedAt, workdir };
          await reportFiles.write(join(o.out, trace), JSON.stringify(testTraceExport(codebase, result, ctx)));
          traces.push(trace);
        }
        wallMs = Math.max(wallMs, result.wallMs);
        red ||= result.failed;
        const tally = tallyRunner(result, runId, attempt, outage?.kind ?? null, causes, stats, flakyPairs);
        flakyInAttempt ||= tally.flaky;
        outageFailures += tally.infrastructure;
      }
      const finishedAt = startedAt + wallMs;
      manifest.push({
        repo: o.repo,
        runId,
        attempt,
        branch: commit.branch,
        commit: commit.sha,
        parent: commit.parent,
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(finishedAt).toISOString(),
        changeId: commit.changeId,
        files: commit.files,
        reports,
        ...(traces.length > 0 ? { traces } : {}),
      });
      stats.runAttempts++;
      if (attempt > 1) stats.reruns++;
      if (red) stats.redAttempts++;
      if (flakyInAttempt) stats.attemptsWithFlakyFailure++;
      if (outage) {
        stats.outageAttempts++;
        outages.push({
          runId,
          attempt,
          startedAt: new Date(startedAt).toISOString(),
          kind: outage.kind,
          runners: outage.runners,
          share: round3(outage.share),
          windowId: outage.windowId,
          target: outage.target,
          failedExecutions: outageFailures,
        });
      }
      if (!red || attempt === 3) break;
      const p = (outage ? 0.85 : o.rerunRate) * (attempt === 1 ? 1 : 0.5);
      if (!rng.chance(p)) break;
      startedAt = finishedAt + Math.round(rng.logNormal(20 * 60_000, 0.9));
    }
  }
  causes.close();
  await reportFiles.drain();
  stats.reports = reportFiles.files;
  stats.reportBytes = reportFiles.bytes;

  stats.flakyExecutionShare = round6(stats.failedExecutions.flaky / Math.max(1, stats.executions));
  stats.flakyTestFileShare = round6(flakyPairs.hit / Math.max(1, flakyPairs.total));
  stats.attemptsWithFlakyFailure = round6(stats.attemptsWithFlakyFailure / Math.max(1, stats.runAttempts));

  manifest.sort(compareEntries);
  const manifestText = manifest.map((m) => JSON.stringify(m)).join('\n') + '\n';
  writeFileSync(join(o.out, 'manifest.jsonl'), manifestText);

  const options: Record<string, string | number> = {
    seed: o.seed,
    start: new Date(start).toISOString(),
    days: o.days,
    tests: o.tests,
    files: o.files,
    commitsPerDay: o.commitsPerDay,
    flakyRate: o.flakyRate,
    flakyMinRate: o.flakyMinRate,
    flakyMaxRate: o.flakyMaxRate,
    regressionRate: o.regressionRate,
    outageRate: o.outageRate,
    rerunRate: o.rerunRate,
    wording: o.wording,
    flow: o.flow,
    ...(o.tracedRunsPerDay > 0 ? { tracedRunsPerDay: o.tracedRunsPerDay } : {}),
    repo: o.repo,
  };
  // Only when not the default, so the monorepo's ground truth stays byte for byte what it was.
  if (o.layout !== DEFAULT_OPTIONS.layout) options.layout = o.layout;
  if (o.changeRisk !== DEFAULT_OPTIONS.changeRisk) options.changeRisk = o.changeRisk;
  const truth = buildGroundTruth({
    seed: o.seed,
    options,
    start,
    end,
    codebase,
    flaky,
    timeline,
    windows,
    outages,
    failureCauseRows: causes.lines,
    stats,
  });
  const truthText = JSON.stringify(truth, null, 1) + '\n';
  // With a merge queue, main moves to the commits of green queue groups.
  const queuedOnMain = new Set(timeline.queueGroups.filter((g) => g.green).map((g) => g.commit));
  const onMain = (e: { branch: string; commit: string }): boolean => e.branch === 'main' || queuedOnMain.has(e.commit);
  writeFileSync(join(o.out, 'ground-truth.json'), truthText);

  return {
    out: o.out,
    elapsedMs: Math.round(performance.now() - began),
    stats,
    planted: {
      flakyTests: flaky.length,
      regressions: timeline.regressions.length,
      outageAttempts: outages.length,
      outageWindows: windows.length,
      testsAdded: timeline.lifecycle.filter((e) => e.event === 'added' && onMain(e)).length,
      testsDeleted: timeline.lifecycle.filter((e) => e.event === 'deleted' && onMain(e)).length,
    },
    files: {
      reports: stats.reports,
      reportBytes: stats.reportBytes,
      manifestBytes: Buffer.byteLength(manifestText),
      groundTruthBytes: Buffer.byteLength(truthText),
      failureCauseBytes: causes.bytes,
    },
  };
}

/** The code base of a history: a function of the options alone (its own random stream). */
export function codebaseOf(o: Pick<HistoryOptions, 'seed' | 'repo' | 'files' | 'tests' | 'layout'>): Codebase {
  return buildCodebase(Rng.derive(o.seed, 'codebase'), {
    repo: o.repo,
    files: o.files,
    tests: o.tests,
    newTestShare: 0.1,
    layout: layoutSpec(o.layout),
  });
}

/**
 * Writes (or rewrites) the checkout of the history `o` describes into `dir`, without generating the
 * history: for histories generated before the checkout existed (their files are unchanged by it).
 */
export function generateCheckout(o: Pick<HistoryOptions, 'seed' | 'repo' | 'files' | 'tests' | 'layout'>, dir: string): void {
  writeCheckout(dir, buildCheckout(codebaseOf(o), layoutSpec(o.layout), o.seed));
}

/**
 * Outages name the monorepo's runners; a single-language repository has one runner, and every
 * outage that hits a runner at all hits that one.
 */
function onRunners(outage: Outage | null, runners: readonly RunnerId[]): Outage | null {
  if (outage === null || runners.length !== 1) return outage;
  return { ...outage, runners: [...runners] };
}

/** Counts executions and writes one failure-causes row per failed execution. */
function tallyRunner(
  result: RunnerOutcome,
  runId: string,
  attempt: number,
  outageKind: OutageKind | null,
  causes: LineSink,
  stats: HistoryStats,
  flakyPairs: { hit: number; total: number },
): { flaky: boolean; infrastructure: number } {
  let anyFlaky = false;
  let infrastructure = 0;
  for (const suite of result.suites) {
    let suiteFlaky = false;
    let executed = false;
    for (const o of suite.outcomes) {
      stats.testcases++;
      o.executions.forEach((e, retry) => {
        stats.executions++;
        executed = true;
        if (e.cause === null || e.status === 'passed') return;
        stats.failedExecutions[e.cause]++;
        if (e.cause === 'flaky') suiteFlaky = true;
        if (e.cause === 'infrastructure') infrastructure++;
        const row: FailureCauseRow = {
          runId,
          attempt,
          runner: result.runner,
          testId: o.test.testId,
          qualifiedName: o.test.qualifiedName,
          retry,
          status: e.status,
          cause: e.cause,
        };
        if (e.regression !== null) row.regressionId = e.regression;
        if (e.cause === 'infrastructure' && outageKind !== null) row.outageKind = outageKind;
        causes.write(JSON.stringify(row));
      });
    }
    if (executed) flakyPairs.total++;
    if (suiteFlaky) {
      flakyPairs.hit++;
      anyFlaky = true;
    }
  }
  return { flaky: anyFlaky, infrastructure };
}

function emptyStats(commits: number): HistoryStats {
  return {
    commits,
    runAttempts: 0,
    reruns: 0,
    reports: 0,
    reportBytes: 0,
    testcases: 0,
    executions: 0,
    failedExecutions: { flaky: 0, regression: 0, infrastructure: 0 },
    redAttempts: 0,
    outageAttempts: 0,
    flakyExecutionShare: 0,
    flakyTestFileShare: 0,
    attemptsWithFlakyFailure: 0,
  };
}

/**
 * Creates `out/junit`. Refuses a directory holding an earlier history unless `force`, and then
 * removes only the files this generator writes (never anything else a user keeps there).
 */
function prepareOutDir(out: string, force: boolean): void {
  if (existsSync(out)) {
    const existing = readdirSync(out).filter((n) => GENERATED.includes(n));
    if (existing.length > 0 && !force) {
      throw new HistoryOptionsError(`${out} already holds a history (${existing.join(', ')}); pass --force to replace it`);
    }
    for (const n of existing) rmSync(join(out, n), { recursive: true, force: true });
  }
  mkdirSync(join(out, 'junit'), { recursive: true });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
