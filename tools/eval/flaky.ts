import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { flakiness } from '../../models/flakiness/model.ts';
import { historyInService } from './history-service.ts';

// `npm run eval -- flaky [--days 90] [--tests 2000] [--seed 1]`: generates a CI history with planted
// flaky tests, regressions and outages, loads it through the HTTP API, and scores the models against
// the ground truth:
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

const USAGE = `Usage: npm run eval -- flaky [options]

  --days N     days of history to generate (default 90)
  --tests N    tests on day one (default 2000)
  --seed N     generator seed (default 1)
`;

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      days: { type: 'string', default: '90' },
      tests: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const days = Number(values.days);
  const log = (s: string) => process.stdout.write(`${s}\n`);
  log(`\n== eval flaky: ${days}-day history, ${values.tests} tests, seed ${values.seed}`);
  const world = await historyInService({ days, tests: Number(values.tests), seed: Number(values.seed) }, log);
  try {
    const truth = JSON.parse(readFileSync(`${world.dir}/ground-truth.json`, 'utf8')) as { repo: string; flaky: { testId: string }[] };
    const causes = readFileSync(`${world.dir}/failure-causes.jsonl`, 'utf8')
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
    log(`flaky in the window (state flaky or released):  ${fmt(score(inWindow))}   goal: precision ≥ 0.95, recall ≥ 0.90`);
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
  } finally {
    await world.close();
  }
}
