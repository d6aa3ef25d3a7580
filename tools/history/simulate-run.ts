// One CI run attempt of one runner: which tests execute and how each execution ends.
//
// Causes are decided in a fixed order of precedence: an outage hides everything else (the test never
// got to run its assertions), a regression fails deterministically, and only a test that neither
// touches is left to its own flakiness. Surefire re-executes a failing test up to
// rerunFailingTestsCount times inside the same report; the other runners report one execution.

import type { Codebase, TestCase, TestFile } from './codebase.ts';
import {
  flakyFailureText,
  outageFailureText,
  regressionFailureText,
  regressionSeeds,
  type ExecutionContext,
  type FailureText,
  type Wording,
} from './failure-text.ts';
import { isFlakyActive, type FlakyTest } from './flakiness.ts';
import type { Outage } from './outages.ts';
import { Rng } from './prng.ts';
import { RUNNERS, type RunnerId } from './runners.ts';
import type { CodeState, Regression } from './timeline.ts';

export type Cause = 'flaky' | 'regression' | 'infrastructure';

export interface Execution {
  status: 'passed' | 'failed' | 'errored';
  durationMs: number;
  failure: FailureText | null;
  cause: Cause | null;
  /** Set when cause is 'regression'. */
  regression: number | null;
}

export interface TestOutcome {
  test: TestCase;
  skipped: boolean;
  /** In execution order: retry 0 first. Empty when skipped. */
  executions: Execution[];
}

export interface SuiteOutcome {
  testFile: TestFile;
  outcomes: TestOutcome[];
  durationMs: number;
}

export interface RunnerOutcome {
  runner: RunnerId;
  suites: SuiteOutcome[];
  wallMs: number;
  /** A test's final result is a failure or error (what makes CI red). */
  failed: boolean;
}

export interface RunInputs {
  seed: number;
  codebase: Codebase;
  flaky: ReadonlyMap<number, FlakyTest>;
  regressions: readonly Regression[];
  state: CodeState;
  outage: Outage | null;
  startedAt: number;
  host: string;
  workdir: string;
  wording: Wording;
  rng: Rng;
}

/** Checkout, dependency restore and compilation before the first test runs. */
const SETUP_MS: Record<RunnerId, [number, number]> = {
  surefire: [45_000, 150_000],
  pytest: [15_000, 45_000],
  jest: [10_000, 30_000],
  gotest: [20_000, 60_000],
};

export function simulateRunner(runner: RunnerId, run: RunInputs): RunnerOutcome {
  const { codebase: cb, rng, state, outage } = run;
  const profile = RUNNERS[runner];
  const broken = new Map<number, Regression>();
  for (const id of state.regressions) for (const t of run.regressions[id]!.brokenTests) broken.set(t, run.regressions[id]!);
  const hit = outage !== null && outage.runners.includes(runner) ? outage : null;
  const order = cb.reportOrder[runner];
  const runnerTests = order.reduce((n, tf) => n + cb.testFiles[tf]!.tests.length, 0);

  let clock = run.startedAt + rng.int(...SETUP_MS[runner]);
  let busyMs = 0;
  let position = 0;
  let failed = false;
  const suites: SuiteOutcome[] = [];
  for (const tfIndex of order) {
    const tf = cb.testFiles[tfIndex]!;
    const outcomes: TestOutcome[] = [];
    let suiteMs = 0;
    for (const t of tf.tests) {
      position++;
      if (state.present[t] !== 1) continue;
      const test = cb.tests[t]!;
      if (test.skipReason !== null) {
        outcomes.push({ test, skipped: true, executions: [] });
        continue;
      }
      const ctx: ExecutionContext = { rng, at: clock + busyMs / profile.workers, host: run.host, workdir: run.workdir };
      const infra = hit !== null && isHitByOutage(hit, test, position / runnerTests, rng);
      const regression = broken.get(t) ?? null;
      const flaky = run.flaky.get(t);
      const flakyRate = flaky && isFlakyActive(flaky, run.startedAt) ? flaky.rate : 0;

      const executions: Execution[] = [];
      const maxExecutions = 1 + (infra && (hit.kind === 'oom' || hit.kind === 'runner-lost') ? 0 : profile.inRunRetries);
      for (let k = 0; k < maxExecutions; k++) {
        const e = execute(test, ctx, run, infra ? hit : null, regression, flaky && rng.chance(flakyRate) ? flaky : null);
        executions.push(e);
        suiteMs += e.durationMs;
        ctx.at += e.durationMs;
        if (e.status === 'passed') break;
      }
      if (executions[executions.length - 1]!.status !== 'passed') failed = true;
      outcomes.push({ test, skipped: false, executions });
    }
    busyMs += suiteMs;
    if (outcomes.length > 0) suites.push({ testFile: tf, outcomes, durationMs: suiteMs });
  }
  return { runner, suites, wallMs: clock - run.startedAt + Math.round(busyMs / profile.workers), failed };
}

function execute(
  test: TestCase,
  ctx: ExecutionContext,
  run: RunInputs,
  outage: Outage | null,
  regression: Regression | null,
  flaky: FlakyTest | null,
): Execution {
  const cb = run.codebase;
  const subject = cb.files[cb.testFiles[test.testFile]!.subject]!;
  const normalMs = test.medianMs * Math.exp(0.25 * ctx.rng.normal());
  if (outage) return failedExecution(outageFailureText(outage, test, ctx), 'infrastructure', null, normalMs);
  if (regression) {
    const { cause, perTest } = regressionSeeds(run.seed, regression.id, test.index, run.wording, ctx.rng);
    const text = regressionFailureText(cause, perTest, test, subject, cb.files[regression.file]!, ctx);
    return failedExecution(text, 'regression', regression.id, normalMs * 0.7);
  }
  if (flaky) {
    const mode = flaky.modes.length > 1 && ctx.rng.chance(0.3) ? flaky.modes[1]! : flaky.modes[0]!;
    return failedExecution(flakyFailureText(mode, test, subject, ctx), 'flaky', null, normalMs * (1 + ctx.rng.next() * 2));
  }
  return { status: 'passed', durationMs: roundMs(normalMs), failure: null, cause: null, regression: null };
}

function failedExecution(text: FailureText, cause: Cause, regression: number | null, fallbackMs: number): Execution {
  return {
    status: text.element === 'error' ? 'errored' : 'failed',
    durationMs: roundMs(text.durationMs ?? fallbackMs),
    failure: text,
    cause,
    regression,
  };
}

function isHitByOutage(outage: Outage, test: TestCase, position: number, rng: Rng): boolean {
  switch (outage.kind) {
    case 'runner-lost':
      return true;
    case 'oom':
      // The fork or worker dies part-way: everything after that point errors.
      return position >= 1 - outage.share;
    case 'network':
    case 'registry':
      // Integration tests always need the database or container; unit tests only sometimes.
      return test.integration || rng.chance(outage.share);
    case 'dns':
      return rng.chance(outage.share);
  }
}

/** JUnit time has millisecond precision in every runner we imitate. */
function roundMs(ms: number): number {
  return Math.max(0, Math.round(ms));
}
