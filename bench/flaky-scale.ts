import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fmt, line } from './measure.ts';
import { monorepoClassName, monorepoPaths } from './monorepo-history.ts';
import { agent, cachedMonorepo, call, cpuSecondsOf, resetPeak, rssOf, startService } from './service-process.ts';

// `npm run bench -- flaky --tests 10000,100000 --results 5000000,50000000`: GET /v1/tests/flaky at
// monorepo scale, against the service in its own process. Per size, a history built inside
// ClickHouse (monorepo-history.ts: 4 weeks of whole-suite CI runs, 15% re-run, regressions and 1% flaky
// tests), cached under .cache/bench/flaky-scale/; then:
//   - the first request: classifies every failure of the history once (a new repository, or new
//     classification rules), then ranks;
//   - an ordinary CI run arrives: one JUnit report of every test (a few fail) through POST /v1/junit,
//     and right after it GET /v1/tests/flaky (incremental classification of the affected tests, then
//     the model over the daily rollup): the goal's figure, ≤ 2 s at 100k tests / 50M results; three
//     times, for a range;
//   - the same request with nothing new (what a dashboard refresh costs);
// with the service's CPU seconds and peak RSS per phase, and the growth from the smallest size.

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPO = 'bench/monorepo';

interface Options {
  tests: number[];
  results: number[];
  days: number;
  runs: number;
  cache: string;
}

function options(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      tests: { type: 'string' },
      results: { type: 'string' },
      days: { type: 'string' },
      runs: { type: 'string' },
      cache: { type: 'string' },
    },
  });
  const tests = (values.tests ?? '10000,100000').split(',').map(Number);
  const results = (values.results ?? tests.map((t) => String(t * 500)).join(',')).split(',').map(Number);
  if (results.length !== tests.length) throw new Error('--results needs one figure per --tests figure');
  return {
    tests,
    results,
    days: Number(values.days ?? 28),
    runs: Number(values.runs ?? 3),
    cache: resolve(values.cache ?? join(ROOT, '.cache/bench/flaky-scale')),
  };
}

interface Timing {
  seconds: number;
  cpu: number;
  peak: number;
}

interface Figures {
  tests: number;
  results: number;
  first: Timing;
  afterRun: Timing[];
  steady: Timing;
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  process.stdout.write(`\n== bench flaky (monorepo scale): ${o.tests.map((t, i) => `${fmt(t)} tests / ${fmt(o.results[i]!)} results`).join(', ')}\n`);
  const all: Figures[] = [];
  try {
    for (const [i, tests] of o.tests.entries()) all.push(await one(o, tests, o.results[i]!));
  } finally {
    agent.destroy();
  }
  const [base, ...rest] = all;
  const median = (ts: Timing[]) => [...ts].sort((a, b) => a.seconds - b.seconds)[Math.floor(ts.length / 2)]!;
  for (const f of rest) {
    const x = (a: number, b: number) => `${fmt(a / b, 1)}x`;
    line(`${fmt(f.results)} vs ${fmt(base!.results)} results (${fmt(f.results / base!.results)}x)`,
      `first request ${x(f.first.seconds, base!.first.seconds)}; after a CI run ${x(median(f.afterRun).seconds, median(base!.afterRun).seconds)} ` +
        `(CPU ${x(median(f.afterRun).cpu, median(base!.afterRun).cpu)}); nothing new ${x(f.steady.seconds, base!.steady.seconds)}`);
  }
}

async function timedRequest(service: { url: string; child: { pid?: number } }, path: string): Promise<Timing & { text: string }> {
  const pid = service.child.pid!;
  resetPeak(pid);
  const cpu0 = cpuSecondsOf(pid);
  const t0 = performance.now();
  const r = await call(`${service.url}${path}`, 'GET');
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.text.slice(0, 500)}`);
  return { seconds: (performance.now() - t0) / 1000, cpu: cpuSecondsOf(pid) - cpu0, peak: rssOf(pid).peak, text: r.text };
}

const show = (t: Timing) => `${fmt(t.seconds, 2)} s wall, ${fmt(t.cpu, 2)} CPU s, peak RSS ${fmt(t.peak)} MiB`;

async function one(o: Options, tests: number, results: number): Promise<Figures> {
  // Whole-suite runs, 15% of commits re-run: commits × 1.15 × tests ≈ results.
  const commits = Math.max(2, Math.round(results / tests / 1.15));
  const dataDir = join(o.cache, `t${tests}-r${results}-d${o.days}`);
  const built = await cachedMonorepo(dataDir, { repo: REPO, tests, commits, days: o.days });
  process.stdout.write(`\n-- ${fmt(tests)} tests, ${fmt(built.results)} results (${commits} commits over ${o.days} days)\n`);
  line('history built in the engine', `${fmt(built.seconds, 1)} s${built.cached ? ' (cached from an earlier run)' : ''}`);
  const service = await startService(dataDir);
  const path = `/v1/tests/flaky?repo=${encodeURIComponent(REPO)}`;
  try {
    const first = await timedRequest(service, path);
    const ranked = (JSON.parse(first.text) as { tests: unknown[] }).tests.length;
    line('first request (classifies every failure once)', `${show(first)}; ${ranked} tests listed`);
    const afterRun: Timing[] = [];
    const stamp = Date.now();
    for (let r = 0; r < o.runs; r++) {
      const report = junitReport(tests, stamp + r);
      const q = new URLSearchParams({ repo: REPO, branch: 'main', commit: `bench-${stamp}-${r}`, runId: `bench-${stamp}-${r}`, attempt: '1' });
      const t0 = performance.now();
      // The service's CPU for the upload (parsing, the insert and its materialized views): what every
      // view adds to ingestion shows here.
      const cpu0 = cpuSecondsOf(service.child.pid!);
      const up = await call(`${service.url}/v1/junit?${q}`, 'POST', report, true, 'application/xml');
      if (up.status < 200 || up.status > 299) throw new Error(`upload failed: ${up.status} ${up.text.slice(0, 300)}`);
      const uploadSeconds = (performance.now() - t0) / 1000;
      const uploadCpu = cpuSecondsOf(service.child.pid!) - cpu0;
      const t = await timedRequest(service, path);
      line(`CI run ${r + 1}: POST /v1/junit (${fmt(tests)} cases)`, `${fmt(uploadSeconds, 2)} s, ${fmt(uploadCpu, 2)} CPU s`);
      line(`  then GET /v1/tests/flaky`, `${show(t)}  (goal ≤ 2 s at 100k / 50M)`);
      afterRun.push(t);
    }
    const steady = await timedRequest(service, path);
    line('GET /v1/tests/flaky, nothing new', show(steady));
    const secs = afterRun.map((t) => t.seconds);
    line('after a CI run: range', `${fmt(Math.min(...secs), 2)}–${fmt(Math.max(...secs), 2)} s`);
    return { tests, results: built.results, first, afterRun, steady };
  } catch (e) {
    // The service's own account (a crash, an engine error) is what explains a failed phase.
    process.stderr.write(`service exit code ${service.child.exitCode}, signal ${service.child.signalCode}; its stderr:\n${service.stderr().slice(-4000)}\n`);
    throw e;
  } finally {
    await service.stop();
  }
}

/**
 * The next CI run's report: every test of the history, as jest-junit writes it (one testsuite per test
 * file, classname the describe block, file attribute), one test in 2,000 failing with a timeout.
 */
function junitReport(tests: number, seed: number): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests">\n'];
  for (let f = 0; f * 10 < tests; f++) {
    const m = Math.floor(f / 20);
    const si = f % 20;
    const file = monorepoPaths.test(m, si);
    const cls = monorepoClassName(m, si);
    parts.push(`<testsuite name="${file}" tests="10">\n`);
    for (let t = f * 10; t < Math.min(tests, f * 10 + 10); t++) {
      const name = `handles case ${t % 10}`;
      const fails = (t * 7919 + seed) % 2000 === 0;
      parts.push(
        fails
          ? `<testcase classname="${cls}" name="${name}" file="${file}" time="5.2"><failure message="thrown: Exceeded timeout of 5000 ms for a test">thrown: "Exceeded timeout of 5000 ms for a test"</failure></testcase>\n`
          : `<testcase classname="${cls}" name="${name}" file="${file}" time="0.${(t % 9) + 1}"/>\n`,
      );
    }
    parts.push('</testsuite>\n');
  }
  parts.push('</testsuites>\n');
  return parts.join('');
}
