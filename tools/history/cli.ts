// `npm run generate -- --out DIR [--seed N] [...]`: writes a synthetic CI history (see generate.ts).

import { parseArgs } from 'node:util';
import {
  DEFAULT_OPTIONS,
  generateHistory,
  HistoryOptionsError,
  type GenerationSummary,
  type HistoryOptions,
} from './generate.ts';
import { runIfMain, type CliIo } from './run-main.ts';

const USAGE = `Usage: npm run generate -- --out DIR [options]

Writes a deterministic synthetic CI history: JUnit reports, manifest.jsonl, ground-truth.json,
failure-causes.jsonl, and checkout/ (the code base as files).

Options:
  --out DIR                 output directory (required)
  --seed N                  random seed (default ${DEFAULT_OPTIONS.seed})
  --start YYYY-MM-DD        first day, UTC (default ${DEFAULT_OPTIONS.start.toISOString().slice(0, 10)})
  --days N                  days of history (default ${DEFAULT_OPTIONS.days})
  --tests N                 tests on day one; ~10% more are added later (default ${DEFAULT_OPTIONS.tests})
  --files N                 source, schema and build files (default ${DEFAULT_OPTIONS.files})
  --commits-per-day N       mean commits per calendar day (default ${DEFAULT_OPTIONS.commitsPerDay})
  --flaky-rate X            share of tests planted flaky (default ${DEFAULT_OPTIONS.flakyRate})
  --flaky-min-rate X        lowest failure probability of a flaky test (default ${DEFAULT_OPTIONS.flakyMinRate})
  --flaky-max-rate X        highest one (default ${DEFAULT_OPTIONS.flakyMaxRate})
  --regression-rate X       chance a branch commit breaks tests (default ${DEFAULT_OPTIONS.regressionRate})
  --outage-rate X           chance of a sporadic outage per run attempt; incident windows
                            come on top (default ${DEFAULT_OPTIONS.outageRate})
  --rerun-rate X            chance a red run is re-run on the same commit (default ${DEFAULT_OPTIONS.rerunRate})
  --wording stable|numbers|words
                            a regression's failure text from run to run: the same, new numbers
                            and ids, or new wording too (default ${DEFAULT_OPTIONS.wording})
  --change-risk uniform|size
                            an authored commit's chance of a regression: --regression-rate for
                            every commit, or growing with the lines it changes, --regression-rate
                            for an average one (default ${DEFAULT_OPTIONS.changeRisk})
  --flow pr|single|pr-from-head|merge-queue
                            pull-request branches forked from green main; every commit straight
                            to main; branches forked from main's head, red or not; or a merge
                            queue testing groups of 1-4 green pull requests on
                            gh-readonly-queue/main/pr-N-SHA before main moves (default ${DEFAULT_OPTIONS.flow})
  --layout monorepo|beside|mirrored|maven|go|python
                            where sources and tests live: the polyglot monorepo; tests beside
                            sources (src/a/x.ts + src/a/x.test.ts); mirrored src/ and test/ trees,
                            test files often named unlike their sources; a Maven reactor
                            (a/src/main/java ↔ a/src/test/java); Go pkg/a/x.go + x_test.go
                            (go-junit-report); Python pkg/a/x.py ↔ tests/a/test_x.py (default ${DEFAULT_OPTIONS.layout})
  --traced-runs-per-day N   run attempts a day on main whose tests are also written as OTLP traces
                            with the code files each test executes (default ${DEFAULT_OPTIONS.tracedRunsPerDay}: none)
  --repo OWNER/NAME         repository (default ${DEFAULT_OPTIONS.repo})
  --no-checkout             do not write checkout/, the code base as files whose imports realise
                            the dependency graph (the history is the same either way)
  --force                   replace a history already in --out
  --json                    print the summary as JSON
  -h, --help                show this help
`;

export type { CliIo };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Returns the process exit code: 0 done, 1 failed, 2 bad usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let opts: HistoryOptions;
  let json = false;
  try {
    const parsed = parseCliArgs(argv);
    if (parsed === 'help') {
      io.out(USAGE);
      return 0;
    }
    ({ opts, json } = parsed);
  } catch (e) {
    io.err(`error: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  try {
    const summary = await generateHistory(opts);
    io.out(json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
    return 0;
  } catch (e) {
    if (e instanceof HistoryOptionsError) {
      io.err(`error: ${e.message}\n`);
      return 2;
    }
    io.err(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

export function parseCliArgs(argv: string[]): { opts: HistoryOptions; json: boolean } | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        seed: { type: 'string' },
        start: { type: 'string' },
        days: { type: 'string' },
        tests: { type: 'string' },
        files: { type: 'string' },
        'commits-per-day': { type: 'string' },
        'flaky-rate': { type: 'string' },
        'flaky-min-rate': { type: 'string' },
        'flaky-max-rate': { type: 'string' },
        'regression-rate': { type: 'string' },
        'outage-rate': { type: 'string' },
        'rerun-rate': { type: 'string' },
        wording: { type: 'string' },
        flow: { type: 'string' },
        'change-risk': { type: 'string' },
        'traced-runs-per-day': { type: 'string' },
        layout: { type: 'string' },
        repo: { type: 'string' },
        force: { type: 'boolean' },
        'no-checkout': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (values.help) return 'help';
  if (values.out === undefined) throw new UsageError('--out DIR is required');
  const d = DEFAULT_OPTIONS;
  const opts: HistoryOptions = {
    out: values.out,
    seed: integer('--seed', values.seed, d.seed),
    start: values.start === undefined ? d.start : date('--start', values.start),
    days: integer('--days', values.days, d.days),
    tests: integer('--tests', values.tests, d.tests),
    files: integer('--files', values.files, d.files),
    commitsPerDay: decimal('--commits-per-day', values['commits-per-day'], d.commitsPerDay),
    flakyRate: decimal('--flaky-rate', values['flaky-rate'], d.flakyRate),
    flakyMinRate: decimal('--flaky-min-rate', values['flaky-min-rate'], d.flakyMinRate),
    flakyMaxRate: decimal('--flaky-max-rate', values['flaky-max-rate'], d.flakyMaxRate),
    regressionRate: decimal('--regression-rate', values['regression-rate'], d.regressionRate),
    outageRate: decimal('--outage-rate', values['outage-rate'], d.outageRate),
    rerunRate: decimal('--rerun-rate', values['rerun-rate'], d.rerunRate),
    // Checked against the allowed values by validateOptions, like every other option.
    wording: (values.wording ?? d.wording) as HistoryOptions['wording'],
    flow: (values.flow ?? d.flow) as HistoryOptions['flow'],
    changeRisk: (values['change-risk'] ?? d.changeRisk) as HistoryOptions['changeRisk'],
    tracedRunsPerDay: integer('--traced-runs-per-day', values['traced-runs-per-day'], d.tracedRunsPerDay),
    layout: (values.layout ?? d.layout) as HistoryOptions['layout'],
    repo: values.repo ?? d.repo,
    force: values.force ?? false,
    checkout: !(values['no-checkout'] ?? false),
  };
  return { opts, json: values.json ?? false };
}

function integer(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new UsageError(`${flag} expects an integer, got "${raw}"`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new UsageError(`${flag} is out of range: ${raw}`);
  return n;
}

function decimal(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(raw.trim())) throw new UsageError(`${flag} expects a number, got "${raw}"`);
  return Number(raw);
}

function date(flag: string, raw: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new UsageError(`${flag} expects YYYY-MM-DD, got "${raw}"`);
  const d = new Date(`${raw}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) {
    throw new UsageError(`${flag} is not a calendar date: ${raw}`);
  }
  return d;
}

export function formatSummary(s: GenerationSummary): string {
  const st = s.stats;
  const f = st.failedExecutions;
  const p = s.planted;
  const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
  return [
    `History written to ${s.out} in ${(s.elapsedMs / 1000).toFixed(1)} s`,
    `  commits ${st.commits}, run attempts ${st.runAttempts} (${st.reruns} re-runs), red attempts ${st.redAttempts}`,
    `  testcases ${st.testcases}, executions ${st.executions} (Surefire reruns included)`,
    `  failed executions: flaky ${f.flaky}, regression ${f.regression}, infrastructure ${f.infrastructure}`,
    `  flaky failures: ${pct(st.flakyExecutionShare)} of executions, ${pct(st.flakyTestFileShare)} of test-file runs, ` +
      `${pct(st.attemptsWithFlakyFailure)} of run attempts`,
    `  planted: ${p.flakyTests} flaky tests, ${p.regressions} regressions, ${p.outageAttempts} outage attempts ` +
      `(${p.outageWindows} incident windows), ${p.testsAdded} tests added and ${p.testsDeleted} deleted on main`,
    `  files: ${s.files.reports} reports (${mb(s.files.reportBytes)}), manifest.jsonl ${mb(s.files.manifestBytes)}, ` +
      `ground-truth.json ${mb(s.files.groundTruthBytes)}, failure-causes.jsonl ${mb(s.files.failureCauseBytes)}`,
    '',
  ].join('\n');
}

await runIfMain(import.meta.url, runCli);
