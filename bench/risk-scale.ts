import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fmt, line } from './measure.ts';
import { monorepoPaths } from './monorepo-history.ts';
import { load, report, type LoadResult } from './risk.ts';
import { agent, cachedMonorepo, call, cpuSecondsOf, resetPeak, rssOf, startService } from './service-process.ts';

// `npm run bench -- risk --tests 10000,100000`: the risk model at monorepo scale. Per size, a history
// built inside ClickHouse (monorepo-history.ts: modules of 200 tests, a few weeks of commits with
// their changes, regressions and flaky tests), cached under .cache/bench/risk-scale/; then, against
// the service in its own process:
//   - training (POST /v1/risk/train: failure classification + model, in the engine): wall time, the
//     service's CPU seconds and its peak RSS (JS heap and the embedded engine together; chDB keeps
//     no system.query_log, so the process is what can be measured);
//   - model load: the service restarted, its first POST /v1/risk (loads the model, builds its
//     indexes and answer bytes, reads quarantine and recent failures), and the RSS it adds;
//   - POST /v1/risk latency, one CI job asking at a time, for fraction, minutes and confidence
//     budgets (goal at 100k tests: p50 and p99 ≤ 30 ms for fraction and minutes), with the service's
//     CPU milliseconds per request (steadier than wall time on a shared machine);
// and the growth of each figure from the smallest size to the largest.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Options {
  tests: number[];
  commits: number;
  days: number;
  files: number;
  seconds: number;
  cache: string;
  /** Train first (false: answer with the model an earlier run trained, and measure requests only). */
  train: boolean;
}

function options(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      tests: { type: 'string' },
      commits: { type: 'string' },
      days: { type: 'string' },
      files: { type: 'string' },
      seconds: { type: 'string' },
      cache: { type: 'string' },
      history: { type: 'string' },
      'no-train': { type: 'boolean' },
    },
  });
  return {
    tests: (values.tests ?? '10000,100000').split(',').map(Number),
    commits: Number(values.commits ?? 120),
    days: Number(values.days ?? 21),
    files: Number(values.files ?? 50),
    seconds: Number(values.seconds ?? 10),
    cache: resolve(values.cache ?? join(ROOT, '.cache/bench/risk-scale')),
    train: !values['no-train'],
  };
}

interface Figures {
  tests: number;
  results: number;
  trainSeconds: number;
  trainCpu: number;
  trainPeak: number;
  loadMs: number;
  loadRss: number;
  budgets: { label: string; r: LoadResult; cpuMs: number }[];
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  process.stdout.write(`\n== bench risk (monorepo scale): ${o.tests.map((t) => fmt(t)).join(', ')} tests, ${o.commits} commits over ${o.days} days\n`);
  const all: Figures[] = [];
  try {
    for (const tests of o.tests) all.push(await one(o, tests));
  } finally {
    agent.destroy();
  }
  const [base, ...rest] = all;
  for (const f of rest) {
    const x = (a: number, b: number) => `${fmt(a / b, 1)}x`;
    line(`${fmt(f.tests)} vs ${fmt(base!.tests)} tests (${fmt(f.tests / base!.tests)}x)`,
      `training ${x(f.trainSeconds, base!.trainSeconds)} (CPU ${x(f.trainCpu, base!.trainCpu)}), peak RSS ${x(f.trainPeak, base!.trainPeak)}, ` +
        `model load ${x(f.loadMs, base!.loadMs)}; ` +
        f.budgets.map((b, i) => `${b.label} p50 ${x(b.r.p50, base!.budgets[i]!.r.p50)}`).join(', '));
  }
}

async function one(o: Options, tests: number): Promise<Figures> {
  const repo = 'bench/monorepo';
  const dataDir = join(o.cache, `t${tests}-c${o.commits}-d${o.days}`);
  const built = await cachedMonorepo(dataDir, { repo, tests, commits: o.commits, days: o.days });
  process.stdout.write(`\n-- ${fmt(tests)} tests: ${fmt(built.results)} results\n`);
  line('history built in the engine', `${fmt(built.seconds, 1)} s${built.cached ? ' (cached from an earlier run)' : ''}`);

  // Training 100k tests can take minutes on a busy machine: longer than the service's default request
  // timeout (2 min), which would close the connection of the bench's training request.
  const env = { SIGNALHOUSE_REQUEST_TIMEOUT_MS: '1800000' };
  let service = await startService(dataDir, env);
  const pid = () => service.child.pid!;
  try {
    // Training (skipped with --no-train: the model an earlier run stored answers).
    const { trainSeconds, trainCpu, trainPeak } = o.train ? await train(service.url, pid(), repo) : { trainSeconds: NaN, trainCpu: NaN, trainPeak: NaN };

    // Model load: a fresh process, its first request.
    await service.stop();
    service = await startService(dataDir, env);
    const idle = rssOf(pid()).rss;
    const body = (budget: Record<string, number>) => JSON.stringify({ repo, files: change(tests, o.files, 1), budget, limit: 0, reasons: 0 });
    const first = await call(`${service.url}/v1/risk`, 'POST', body({ fraction: 0.1 }));
    if (first.status !== 200) throw new Error(`first request failed: ${first.text}`);
    const loaded = rssOf(pid());
    line('model load (first POST /v1/risk after start)', `${fmt(first.serverMs, 0)} ms in the service; RSS ${fmt(idle)} → ${fmt(loaded.rss)} MiB (+${fmt(loaded.rss - idle)})`);

    // A quarter of the suite's CI time (mean test ~0.78 s in this history).
    const minutes = Math.round((tests * 0.78) / 60 / 4);
    const budgets = [
      { label: 'fraction 0.1', budget: { fraction: 0.1 } },
      { label: 'fraction 0.25', budget: { fraction: 0.25 } },
      { label: `minutes ${minutes}`, budget: { minutes } },
      { label: 'confidence 0.95', budget: { confidence: 0.95 } },
    ];
    const out: Figures['budgets'] = [];
    for (const b of budgets) {
      const bodies = Array.from({ length: 200 }, (_, i) => JSON.stringify({ repo, files: change(tests, o.files, i + 2), budget: b.budget, limit: 0, reasons: 0 }));
      const probe = JSON.parse((await call(`${service.url}/v1/risk`, 'POST', bodies[0]!)).text) as { selected: { count: number; total: number } };
      const c0 = cpuSecondsOf(pid());
      const r = await load(`${service.url}/v1/risk`, 'POST', bodies, 1, o.seconds);
      const cpuMs = ((cpuSecondsOf(pid()) - c0) * 1000) / Math.max(1, r.requests);
      report(`POST /v1/risk ${o.files} files, ${b.label}`, r);
      line('', `${fmt(probe.selected.count)} of ${fmt(probe.selected.total)} tests selected; service CPU ${fmt(cpuMs, 1)} ms/request`);
      out.push({ label: b.label, r, cpuMs });
    }
    const goal = out.filter((b) => !b.label.startsWith('confidence'));
    line(`goal at 100k: p50 and p99 ≤ 30 ms (fraction, minutes)`, goal.map((b) => `${b.label} ${fmt(b.r.p50, 1)}/${fmt(b.r.p99, 1)} ms`).join(', '));
    return { tests, results: built.results, trainSeconds, trainCpu, trainPeak, loadMs: first.serverMs, loadRss: loaded.rss - idle, budgets: out };
  } catch (e) {
    // The service's own account (a crash, an engine error) is what explains a failed phase.
    process.stderr.write(`service exit code ${service.child.exitCode}, signal ${service.child.signalCode}; its stderr:\n${service.stderr().slice(-4000)}\n`);
    throw e;
  } finally {
    await service.stop();
  }
}

/** Classification of every failure and the model, as POST /v1/risk/train runs them: wall, CPU, peak RSS. */
async function train(url: string, pid: number, repo: string): Promise<{ trainSeconds: number; trainCpu: number; trainPeak: number }> {
  resetPeak(pid);
  const cpu0 = cpuSecondsOf(pid);
  const t0 = performance.now();
  const trained = await call(`${url}/v1/risk/train?repo=${encodeURIComponent(repo)}`, 'POST');
  const trainSeconds = (performance.now() - t0) / 1000;
  if (trained.status !== 200) throw new Error(`training failed: ${trained.text}`);
  const trainCpu = cpuSecondsOf(pid) - cpu0;
  const trainPeak = rssOf(pid).peak;
  const summary = JSON.parse(trained.text) as { tests: number; commits: number; pairs: number; durationMs: number; steps: Record<string, number> };
  line('model', `${fmt(summary.tests)} tests, ${fmt(summary.commits)} commits, ${fmt(summary.pairs)} (commit, test) pairs`);
  line('training (classes + model)', `${fmt(trainSeconds, 1)} s wall, ${fmt(trainCpu, 1)} CPU s; model ${fmt(summary.durationMs / 1000, 1)} s ${JSON.stringify(summary.steps)}`);
  line('  peak RSS of the service while training', `${fmt(trainPeak)} MiB`);
  return { trainSeconds, trainCpu, trainPeak };
}

/** A change of `files` files, 85% in one module (a monorepo commit's shape), seeded for repeatability. */
function change(tests: number, files: number, seed: number): { path: string; added: number; removed: number }[] {
  let s = seed * 2654435761;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const modules = monorepoPaths.modules(tests);
  const home = Math.floor(rand() * modules);
  return Array.from({ length: files }, () => {
    const m = rand() < 0.85 ? home : Math.floor(rand() * modules);
    const path = rand() < 0.1 ? monorepoPaths.test(m, Math.floor(rand() * 20)) : monorepoPaths.source(m, Math.floor(rand() * 30));
    return { path, added: Math.floor(rand() * 80), removed: Math.floor(rand() * 30) };
  });
}
