import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { fmt, line } from './measure.ts';
import { startService } from './service-process.ts';
import { ROUTES, type RouteCounts, type SoakClientJob, type SoakMessage, type SoakRoute } from './soak-client.ts';

// `npm run bench -- soak [--minutes N] [--clients N]`: the service in its own process, as users run it,
// under OTLP exports, JUnit uploads and risk queries at once from several client processes
// (soak-client.ts, three closed loops each) for N minutes. Prints the service's RSS and the requests of
// each route every minute, then throughput and p50/p99 per route, and the exact count of rows stored
// against rows acknowledged (read from the service's data folder after a graceful stop; they must be
// equal). RSS must stay flat once warm: its growth from the first minute to the last is printed.

interface Options {
  minutes: number;
  clients: number;
  junitCases: number;
  spansPerExport: number;
  routes: SoakRoute[];
}

function options(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: { minutes: { type: 'string' }, clients: { type: 'string' }, 'junit-cases': { type: 'string' }, spans: { type: 'string' }, routes: { type: 'string' } },
  });
  // --routes otlp,junit: leave a kind of load out, to see what the others cost each other.
  const routes = (values.routes ?? ROUTES.join(',')).split(',').map((r) => r.trim()) as SoakRoute[];
  const unknown = routes.filter((r) => !ROUTES.includes(r));
  if (unknown.length > 0 || routes.length === 0) throw new Error(`bench soak: --routes takes ${ROUTES.join(', ')}, not "${unknown.join(',')}"`);
  const o = {
    minutes: Number(values.minutes ?? 3),
    clients: Number(values.clients ?? 3),
    junitCases: Number(values['junit-cases'] ?? 200),
    spansPerExport: Number(values.spans ?? 50),
  };
  for (const [k, v] of Object.entries(o)) {
    if (!(v > 0)) throw new Error(`bench soak: --${k} must be a positive number`);
  }
  return { ...o, routes };
}

/**
 * Memory a process holds now, in MiB: VmRSS in all, and its anonymous part (heaps: V8's and the embedded
 * engine's allocator) apart from mapped files (the engine's 59 MB library, data read through mmap).
 */
function memory(pid: number): { rss: number; anon: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, anon: kb('RssAnon') / 1024 };
}
const rssMiB = (pid: number) => memory(pid).rss;

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

function sumCounts(all: Record<SoakRoute, RouteCounts>[]): Record<SoakRoute, RouteCounts> {
  const out = Object.fromEntries(ROUTES.map((r) => [r, { requests: 0, statuses: {} }])) as Record<SoakRoute, RouteCounts>;
  for (const counts of all) {
    for (const r of ROUTES) {
      out[r].requests += counts[r].requests;
      for (const [s, n] of Object.entries(counts[r].statuses)) out[r].statuses[s] = (out[r].statuses[s] ?? 0) + n;
    }
  }
  return out;
}

const statusText = (c: RouteCounts) =>
  Object.entries(c.statuses)
    .map(([s, n]) => `${s === '0' ? 'no answer' : s}×${fmt(n)}`)
    .join(', ');

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  const dataDir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-soak-'));
  const repo = `soak/${randomUUID().slice(0, 8)}`;
  process.stdout.write(
    `\n== bench soak: ${o.minutes} min, ${o.clients} client processes × (${o.routes.join(', ')}) closed loops; OTLP ${o.spansPerExport} spans/export, JUnit ${o.junitCases} cases/report, risk 10-file change\n`,
  );
  // The per-client rate limit is off: every client process comes from one address, and the soak
  // measures the service, not the limiter (limits.int.test.ts covers that).
  const service = await startService(dataDir, { SIGNALHOUSE_RATE_LIMIT_PER_MINUTE: '0' });
  const pid = service.child.pid!;
  line('service RSS at start', `${fmt(rssMiB(pid), 0)} MiB`);

  const untilMs = Date.now() + o.minutes * 60_000;
  const progress = new Map<number, Record<SoakRoute, RouteCounts>>();
  const done: Extract<SoakMessage, { type: 'done' }>[] = [];
  const clients: ChildProcess[] = [];
  const finished = Array.from({ length: o.clients }, (_, client) => {
    const child = fork(new URL('./soak-client.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    clients.push(child);
    child.on('message', (m: SoakMessage) => {
      progress.set(m.client, m.counts);
      if (m.type === 'done') done.push(m);
    });
    const job: SoakClientJob = { url: service.url, repo, routes: o.routes, service: `soak-${repo}-${client}`, client, untilMs, junitCases: o.junitCases, spansPerExport: o.spansPerExport };
    child.send(job);
    return new Promise<void>((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`soak client ${client} exited with ${code}`)))));
  });

  // Every minute: the service's RSS and each route's requests in that minute.
  const rss: number[] = [];
  let last = sumCounts([]);
  const started = Date.now();
  const minuteTimer = setInterval(() => {
    const now = sumCounts([...progress.values()]);
    const mem = memory(pid);
    rss.push(mem.rss);
    const perRoute = o.routes.map((r) => `${r} ${fmt(now[r].requests - last[r].requests)}`).join(', ');
    line(`minute ${rss.length}`, `service RSS ${fmt(mem.rss, 0)} MiB (anonymous ${fmt(mem.anon, 0)}); requests ${perRoute}`);
    last = now;
  }, 60_000);
  try {
    await Promise.all(finished);
  } finally {
    clearInterval(minuteTimer);
    for (const c of clients) if (c.exitCode === null) c.kill('SIGTERM');
  }
  const seconds = (Date.now() - started) / 1000;
  const rssEnd = rssMiB(pid);

  const totals = sumCounts(done.map((d) => d.counts));
  process.stdout.write('\n');
  for (const r of o.routes) {
    const lat = done.flatMap((d) => d.latenciesMs[r]).sort((a, b) => a - b);
    line(`${r}`, `${fmt(totals[r].requests / seconds, 1)} req/s; p50 ${fmt(quantile(lat, 0.5), 1)} ms, p99 ${fmt(quantile(lat, 0.99), 1)} ms, max ${fmt(lat.at(-1) ?? NaN, 0)} ms; ${statusText(totals[r])}`);
  }
  if (rss.length > 0) {
    const first = rss[0]!;
    line('service RSS per minute', `${rss.map((m) => fmt(m, 0)).join(' → ')} MiB (end ${fmt(rssEnd, 0)} MiB)`);
    line('RSS growth, minute 1 → last', `${fmt(((rss.at(-1)! - first) / first) * 100, 1)} %`);
  }

  // Stored against acknowledged, from the data folder once the service has stopped (and flushed).
  await service.stop();
  const acked = done.reduce((a, d) => ({ testResults: a.testResults + d.acked.testResults, spans: a.spans + d.acked.spans }), { testResults: 0, spans: 0 });
  const store = await openStore(loadConfig({ ...process.env, SIGNALHOUSE_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    const count = async (query: string, params: Record<string, unknown>) => {
      const rs = await store.client.query({ query, query_params: params, format: 'JSONEachRow', clickhouse_settings: { log_comment: 'bench:soak:count' } });
      return Number((await rs.json<{ n: string }>())[0]?.n ?? 0);
    };
    const testResults = await count('SELECT count() AS n FROM test_results WHERE repo = {repo:String}', { repo });
    // Raw rows, not FINAL: a span stored twice would show as more rows than distinct ids.
    const spans = await count('SELECT count() AS n FROM spans WHERE startsWith(service_name, {prefix:String})', { prefix: `soak-${repo}-` });
    const spanIds = await count('SELECT uniqExact(trace_id, span_id) AS n FROM spans WHERE startsWith(service_name, {prefix:String})', { prefix: `soak-${repo}-` });
    line('JUnit test results stored / acknowledged', `${fmt(testResults)} / ${fmt(acked.testResults)} ${testResults === acked.testResults ? '(equal)' : '(DIFFERENT)'}`);
    line('spans stored / distinct / acknowledged', `${fmt(spans)} / ${fmt(spanIds)} / ${fmt(acked.spans)} ${spans === acked.spans && spanIds === spans ? '(equal)' : '(DIFFERENT)'}`);
    const anomalies = done.flatMap((d) => d.anomalies);
    if (anomalies.length > 0) line('anomalies', `${anomalies.length}: ${[...new Set(anomalies)].slice(0, 5).join('; ')}`);
    if (testResults !== acked.testResults || spans !== acked.spans || spanIds !== spans) process.exitCode = 1;
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
