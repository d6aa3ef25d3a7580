import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, generateHistory } from '../tools/history/generate.ts';
import type { GroundTruth } from '../tools/history/ground-truth.ts';
import { loadHistory, readManifest } from '../tools/history/load.ts';
import { fmt, line } from './measure.ts';
import { agent, call, startService } from './service-process.ts';

// POST /v1/risk under load, from this process, against the service running in a second process (as
// CI jobs reach it): 50-file changes over a generated history of 10k tests, on the embedded engine.
// Goal: p99 ≤ 20 ms for every budget ({fraction}, {minutes}, {confidence}), one CI job asking at a
// time; printed with the answer's size, since a confidence budget lists most of the tests. Then the
// API's defaults (reasons and unselected tests listed), a request naming a known commit (one indexed
// query for its parent), and throughput with several connections. Baseline: GET /healthz (one engine
// ping), the cost of any request that touches the engine once.
//
// The history is generated and loaded once into .cache/bench/risk/ (loading takes minutes); later
// runs reuse it. Load comes from a closed loop of keep-alive connections (like autocannon's default
// mode), each sending its next request when the answer arrives.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Options {
  tests: number;
  days: number;
  files: number;
  connections: number;
  seconds: number;
  minutes: number;
  cache: string;
}

function options(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      tests: { type: 'string' },
      days: { type: 'string' },
      files: { type: 'string' },
      connections: { type: 'string' },
      seconds: { type: 'string' },
      minutes: { type: 'string' },
      cache: { type: 'string' },
    },
  });
  return {
    tests: Number(values.tests ?? 10_000),
    days: Number(values.days ?? 7),
    files: Number(values.files ?? 50),
    connections: Number(values.connections ?? 8),
    seconds: Number(values.seconds ?? 10),
    // About a quarter of the generated suite's CI time (~65 min).
    minutes: Number(values.minutes ?? 15),
    cache: resolve(values.cache ?? join(ROOT, '.cache/bench/risk')),
  };
}

export interface LoadResult {
  /** Server-side time per answer (Server-Timing), p50 and p99. */
  server50: number;
  server99: number;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  bytes: number;
}

/** Closed-loop load: `connections` workers, each sending the next request when its answer is in. */
export async function load(url: string, method: string, bodies: string[], connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const server: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const warmUntil = performance.now() + 1_000;
  const end = warmUntil + seconds * 1_000;
  const worker = async () => {
    while (performance.now() < end) {
      const body = bodies.length > 0 ? bodies[next++ % bodies.length] : undefined;
      const t0 = performance.now();
      const r = await call(url, method, body, false);
      const ms = performance.now() - t0;
      if (r.status !== 200) errors++;
      if (t0 >= warmUntil) {
        latencies.push(ms);
        if (!Number.isNaN(r.serverMs)) server.push(r.serverMs);
        bytes += r.bytes;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  server.sort((a, b) => a - b);
  const q = (p: number, xs = latencies) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
  return { server50: q(0.5, server), server99: q(0.99, server), requests: latencies.length, errors, perSecond: latencies.length / seconds, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: latencies.at(-1) ?? NaN, bytes: bytes / Math.max(1, latencies.length) };
}

export function report(label: string, r: LoadResult): void {
  line(label, `p50 ${fmt(r.p50, 1)} ms, p90 ${fmt(r.p90, 1)} ms, p99 ${fmt(r.p99, 1)} ms, max ${fmt(r.max, 1)} ms; ${fmt(r.perSecond)} req/s; ${fmt(r.bytes / 1024, 1)} KiB/answer${r.errors ? `; ${r.errors} errors` : ''}`);
  if (!Number.isNaN(r.server50)) line('', `in the service (Server-Timing): p50 ${fmt(r.server50, 1)} ms, p99 ${fmt(r.server99, 1)} ms`);
}

/**
 * Monorepo sizes (over 20k tests, a list like 10000,100000, or `--history synthetic`) are measured on
 * a history built inside the engine (risk-scale.ts): loading one through the API would take hours.
 */
function monorepoScale(args: string[]): boolean {
  const value = (flag: string) => {
    const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    return i < 0 ? undefined : args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  };
  const tests = value('--tests');
  return value('--history') === 'synthetic' || (tests !== undefined && (tests.includes(',') || Number(tests) > 20_000));
}

export async function run(args: string[]): Promise<void> {
  if (monorepoScale(args)) return (await import('./risk-scale.ts')).run(args);
  const o = options(args);
  const id = `t${o.tests}-d${o.days}-r0.1`;
  const historyDir = join(o.cache, `history-${id}`);
  const dataDir = join(o.cache, `store-${id}`);
  mkdirSync(o.cache, { recursive: true });
  if (!existsSync(join(historyDir, 'ground-truth.json'))) {
    process.stderr.write(`generating a history of ${o.tests} tests over ${o.days} days into ${historyDir}\n`);
    // Regressions as often as in `npm run eval -- selection` (0.1 per branch commit), so a week of
    // history teaches the model something.
    await generateHistory({ ...DEFAULT_OPTIONS, out: historyDir, seed: 7, tests: o.tests, files: Math.max(400, o.tests / 5), days: o.days, regressionRate: 0.1, force: true, checkout: false });
  }
  const truth = JSON.parse(readFileSync(join(historyDir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const repo = truth.repo;
  const service = await startService(dataDir);
  try {
    const marker = join(dataDir, 'bench-loaded.json');
    if (!existsSync(marker)) {
      process.stderr.write(`loading it through ${service.url} (once; kept in ${dataDir})\n`);
      const s = await loadHistory(historyDir, service.url, { concurrency: 4 });
      writeFileSync(marker, JSON.stringify(s));
    }
    const t0 = performance.now();
    const trained = await call(`${service.url}/v1/risk/train?repo=${encodeURIComponent(repo)}`, 'POST');
    if (trained.status !== 200) throw new Error(`training failed: ${trained.text}`);
    const summary = JSON.parse(trained.text) as {
      tests: number;
      commits: number;
      pairs: number;
      durationMs: number;
      steps: Record<string, number>;
      calibration: { a: number; b: number; c: number; commits: number; faulty: number };
    };
    line('history', `${repo}: ${fmt(summary.tests)} tests, ${fmt(summary.commits)} commits, ${fmt(summary.pairs)} (commit, test) pairs`);
    line('training (classes + model, in the engine)', `${fmt((performance.now() - t0) / 1000, 1)} s (model ${fmt(summary.durationMs / 1000, 1)} s: ${JSON.stringify(summary.steps)})`);
    const cal = summary.calibration;
    line('change-level calibration', `logit P = ${cal.a.toFixed(2)} + ${cal.b.toFixed(2)}·logit(r) + ${cal.c.toFixed(2)}·logit(pmax), on ${cal.commits} commits (${cal.faulty} faulty)`);

    // 50-file changes shaped like the generator's commits: mostly one module's files (85%), the rest
    // from anywhere, plus tests changed with their code now and then. Real commits as parents.
    const byModule = new Map<string, string[]>();
    for (const f of truth.files) {
      if (f.kind === 'test') continue;
      const list = byModule.get(f.module) ?? [];
      list.push(f.path);
      byModule.set(f.module, list);
    }
    const modules = [...byModule.keys()];
    const all = truth.files.map((f) => f.path);
    const manifest = await readManifest(historyDir);
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const change = () => {
      const home = byModule.get(pick(modules))!;
      return Array.from({ length: o.files }, () => ({ path: rand() < 0.85 ? pick(home) : pick(all), added: Math.floor(rand() * 80), removed: Math.floor(rand() * 30) }));
    };
    // One request per budget shape, as `signalhouse select` sends it: every selected test listed, no
    // unselected ones, no reason sentences.
    const minutes = o.minutes;
    const budgets: { label: string; budget: Record<string, number> }[] = [
      { label: 'fraction 0.1', budget: { fraction: 0.1 } },
      { label: 'fraction 0.25', budget: { fraction: 0.25 } },
      { label: `minutes ${minutes}`, budget: { minutes } },
      { label: 'confidence 0.95', budget: { confidence: 0.95 } },
    ];
    const bodiesOf = (budget: Record<string, number>, extra: Record<string, unknown> = { limit: 0, reasons: 0 }) =>
      Array.from({ length: 200 }, () => JSON.stringify({ repo, files: change(), budget, ...extra }));
    const shapes = budgets.map((b) => ({ ...b, bodies: bodiesOf(b.budget) }));
    for (const sh of shapes) {
      let selectedSum = 0;
      let total = 0;
      for (const body of sh.bodies.slice(0, 20)) {
        const a = JSON.parse((await call(`${service.url}/v1/risk`, 'POST', body)).text) as { selected: { count: number; total: number } };
        selectedSum += a.selected.count;
        total = a.selected.total;
      }
      line(`selection at ${sh.label}`, `${fmt(selectedSum / 20)} of ${fmt(total)} tests on average`);
    }

    const base = await load(`${service.url}/healthz`, 'GET', [], 1, Math.min(5, o.seconds));
    report('baseline GET /healthz, one connection', base);
    // The goal's figure: one CI job asking at a time (other jobs' requests are the concurrent runs below).
    const single: { label: string; r: LoadResult }[] = [];
    for (const sh of shapes) {
      const r = await load(`${service.url}/v1/risk`, 'POST', sh.bodies, 1, o.seconds);
      report(`POST /v1/risk ${o.files} files, ${sh.label}`, r);
      single.push({ label: sh.label, r });
    }
    const defaults = await load(`${service.url}/v1/risk`, 'POST', bodiesOf({ confidence: 0.95 }, {}), 1, o.seconds);
    report('  confidence 0.95, API defaults (limit 100, reasons 200)', defaults);
    const withCommit = Array.from({ length: 200 }, (_, i) => {
      const e = manifest[Math.floor((i / 200) * manifest.length)]!;
      // A known commit, its parent not given: the service reads the stored change (one indexed query).
      return JSON.stringify({ repo, commit: e.commit, files: change(), budget: { fraction: 0.1 }, limit: 0, reasons: 0 });
    });
    const commit = await load(`${service.url}/v1/risk`, 'POST', withCommit, 1, o.seconds);
    report('  fraction 0.1 + commit (one indexed query for its parent)', commit);
    // Throughput: the service answers on one event loop, so with C connections a request waits for
    // up to C−1 others; latency here is queueing, not the cost of one answer.
    for (const sh of [shapes[0]!, shapes[3]!]) {
      const r = await load(`${service.url}/v1/risk`, 'POST', sh.bodies, o.connections, o.seconds);
      report(`  ${sh.label}, ${o.connections} connections`, r);
    }
    line('p99 vs goal 20 ms (one connection)', single.map((s) => `${s.label} ${fmt(s.r.p99, 1)} ms`).join(', '));
  } finally {
    agent.destroy();
    await service.stop();
  }
}
