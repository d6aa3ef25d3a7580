import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { flakiness } from '../../models/flakiness/model.ts';
import type { HistoryOptions } from '../history/generate.ts';
import { evalService, type EvalWorld } from './history-service.ts';
import { pickShapes } from './shapes.ts';

// `npm run eval -- flaky [--shapes all|a,b] [--days 30] [--tests 600] [--seed 1] [--verbose]`: for each
// history shape (shapes.ts), generates a CI history with planted flaky tests, regressions and outages,
// loads it through the HTTP API, and scores the models against the ground truth; prints one row per
// shape at the end:
//   - flaky state: precision, recall and F1, recall counting only planted flaky tests that failed for
//     flaky reasons at least twice (one failure is not evidence anyone could act on). "Predicted flaky"
//     is "flaky in the window": state flaky, or released after a planted fix (advice `release`).
//   - failure classes: per ground-truth cause (flaky / regression / infrastructure), how each failure
//     was classed; infrastructure precision and recall; regressions and outages called flaky.

interface Cause {
  runId: string;
  attempt: number;
  testId: string;
  retry: number;
  cause: 'flaky' | 'regression' | 'infrastructure';
}

export const GOALS = { precision: 0.97, recall: 0.95 } as const;

export interface FlakyFigures {
  planted: number;
  eligible: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
  regressionsCalledFlaky: number;
  outagesCalledFlaky: number;
  classedAsCause: number;
  failures: number;
}

const USAGE = `Usage: npm run eval -- flaky [options]

  --shapes a,b   history shapes to evaluate (default all; see tools/eval/shapes.ts)
  --days N       days of history per shape (default 30)
  --tests N      tests on day one (default 600)
  --seed N       generator seed (default 1)
  --verbose      print each step
  --cache DIR    where loaded histories are kept between runs (default .cache/eval/flaky)
`;

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv[0] === 'flaky' ? argv.slice(1) : argv,
    options: {
      help: { type: 'boolean', short: 'h' },
      shapes: { type: 'string', default: 'all' },
      days: { type: 'string', default: '30' },
      tests: { type: 'string', default: '600' },
      seed: { type: 'string', default: '1' },
      verbose: { type: 'boolean', default: false },
      cache: { type: 'string', default: '.cache/eval/flaky' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const shapes = pickShapes(values.shapes);
  const rows: { name: string; what: string; f: FlakyFigures }[] = [];
  const world = await evalService(values.cache, out);
  try {
    for (const shape of shapes) {
      const options = { days: Number(values.days), tests: Number(values.tests), seed: Number(values.seed), ...shape.options };
      out(`\n== eval flaky, shape ${shape.name} (${shape.what}): ${options.days}-day history, ${options.tests} tests, seed ${options.seed}`);
      const f = await evaluateFlaky(world, options, values.verbose ? out : () => {});
      rows.push({ name: shape.name, what: shape.what, f });
      out(row(shape.name, f));
    }
  } finally {
    await world.close();
  }
  out(`\nflaky state in the window, one row per history shape (goal: precision ≥ ${GOALS.precision}, recall ≥ ${GOALS.recall}` +
    ' for planted flaky tests with ≥ 2 flaky failures)');
  out(HEADER);
  for (const r of rows) out(row(r.name, r.f));
}

const HEADER = `${'shape'.padEnd(17)}${'planted'.padStart(8)}${'eligible'.padStart(9)}${'predicted'.padStart(10)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(7)}  regr→flaky  outage→flaky  classed as cause  goal`;

function row(name: string, f: FlakyFigures): string {
  const met = f.precision >= GOALS.precision && f.recall >= GOALS.recall;
  return `${name.padEnd(17)}${String(f.planted).padStart(8)}${String(f.eligible).padStart(9)}${String(f.predicted).padStart(10)}` +
    `${f.precision.toFixed(3).padStart(10)}${f.recall.toFixed(3).padStart(8)}${f.f1.toFixed(3).padStart(7)}` +
    `${String(f.regressionsCalledFlaky).padStart(12)}${String(f.outagesCalledFlaky).padStart(14)}` +
    `${`${((100 * f.classedAsCause) / (f.failures || 1)).toFixed(1)}%`.padStart(18)}  ${met ? 'met' : 'MISSED'}`;
}

/** One history of the given shape, generated, loaded through the HTTP API and scored. */
export async function evaluateFlaky(world: EvalWorld, options: Partial<HistoryOptions> & { days: number }, log: (s: string) => void): Promise<FlakyFigures> {
  const days = options.days;
  const { dir } = await world.history(options);
  const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as { repo: string; flaky: { testId: string }[] };
  const causes = readFileSync(`${dir}/failure-causes.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Cause);

  const t0 = Date.now();
  const res = await fetch(`${world.url}/v1/tests/flaky?repo=${encodeURIComponent(truth.repo)}&window=${days + 1}d&limit=1000`);
  const body = (await res.json()) as { tests: { testId: string; state: string; quarantine: { advice: string } }[] };
  log(`GET /v1/tests/flaky answered in ${Date.now() - t0} ms (includes classifying every failure)`);

  const planted = new Set(truth.flaky.map((f) => f.testId));
  const flakyFailures = new Map<string, number>();
  for (const c of causes) if (c.cause === 'flaky') flakyFailures.set(c.testId, (flakyFailures.get(c.testId) ?? 0) + 1);
  const eligible = [...planted].filter((id) => (flakyFailures.get(id) ?? 0) >= 2);
  const inWindow = new Set(body.tests.filter((t) => t.state === 'flaky' || t.quarantine.advice === 'release').map((t) => t.testId));
  const now = new Set(body.tests.filter((t) => t.state === 'flaky').map((t) => t.testId));
  const score = (predicted: Set<string>) => {
    const tp = [...predicted].filter((id) => planted.has(id)).length;
    const precision = predicted.size === 0 ? 1 : tp / predicted.size;
    const recall = eligible.length === 0 ? 1 : eligible.filter((id) => predicted.has(id)).length / eligible.length;
    return { predicted: predicted.size, tp, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
  };
  const fmt = (s: ReturnType<typeof score>) =>
    `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.tp} of ${s.predicted} predicted are planted)`;
  log(`planted flaky tests: ${planted.size}; failed for flaky reasons at least twice: ${eligible.length}`);
  log(`flaky in the window (state flaky or released):  ${fmt(score(inWindow))}   goal: precision ≥ ${GOALS.precision}, recall ≥ ${GOALS.recall}`);
  log(`flaky at the end of the window (state flaky):   ${fmt(score(now))}`);

  const rs = await world.store.client.query({
    query: 'SELECT run_id, attempt, test_id, retry, class FROM failure_classes FINAL WHERE repo = {repo:String}',
    query_params: { repo: truth.repo },
    format: 'JSONEachRow',
  });
  const classOf = new Map<string, string>();
  for (const r of await rs.json<{ run_id: string; attempt: number; test_id: string; retry: number; class: string }>()) {
    classOf.set(`${r.run_id}|${r.attempt}|${r.test_id}|${r.retry}`, r.class);
  }
  const matrix: Record<string, Record<string, number>> = {};
  for (const c of causes) {
    const got = classOf.get(`${c.runId}|${c.attempt}|${c.testId}|${c.retry}`) ?? 'missing';
    (matrix[c.cause] ??= {})[got] = (matrix[c.cause]![got] ?? 0) + 1;
  }
  log('failure classes (rows: ground-truth cause, columns: class given):');
  const cols = ['product', 'flaky', 'infrastructure', 'missing'];
  log(`  ${'cause'.padEnd(16)}${cols.map((c) => c.padStart(16)).join('')}`);
  for (const [cause, row] of Object.entries(matrix)) log(`  ${cause.padEnd(16)}${cols.map((c) => String(row[c] ?? 0).padStart(16)).join('')}`);
  const infraTrue = matrix.infrastructure ?? {};
  const infraTotal = Object.values(infraTrue).reduce((a, b) => a + b, 0);
  const infraPredicted = Object.values(matrix).reduce((n, row) => n + (row.infrastructure ?? 0), 0);
  log(`infrastructure class: recall ${((infraTrue.infrastructure ?? 0) / (infraTotal || 1)).toFixed(3)}, precision ${((infraTrue.infrastructure ?? 0) / (infraPredicted || 1)).toFixed(3)}`);
  const allTotal = Object.values(matrix).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
  const correct = (matrix.infrastructure?.infrastructure ?? 0) + (matrix.flaky?.flaky ?? 0) + (matrix.regression?.product ?? 0);
  log(`all failures classed as their cause: ${correct} of ${allTotal} (${((100 * correct) / (allTotal || 1)).toFixed(1)}%)`);
  log(`regression failures called flaky: ${matrix.regression?.flaky ?? 0}; outage failures called flaky: ${matrix.infrastructure?.flaky ?? 0}`);

  const big = await flakiness(world.store.client, { repo: truth.repo, windowDays: days + 1, releaseAfterPasses: 50 });
  log(`tests scored: ${big.length}`);
  const s = score(inWindow);
  return {
    planted: planted.size,
    eligible: eligible.length,
    ...s,
    regressionsCalledFlaky: matrix.regression?.flaky ?? 0,
    outagesCalledFlaky: matrix.infrastructure?.flaky ?? 0,
    classedAsCause: correct,
    failures: allTotal,
  };
}
