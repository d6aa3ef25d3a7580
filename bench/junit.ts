import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJunitReport } from '../ingestion/junit/read-report.ts';
import { DEFAULT_DECODE_LIMITS } from '../ingestion/otlp/decode.ts';
import { loadConfig } from '../src/config/config.ts';
import { createTraceDecoder } from '../src/decode/trace-decoder.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { migrate } from '../src/store/migrate.ts';
import { engineCeiling } from './ceiling.ts';
import { collectGarbage, cpuMeter, fmt, inParallel, line, rssSampler, timed } from './measure.ts';
import { startProbes } from './probes.ts';
import { settle, startBenchService, type BenchService } from './service-process.ts';

// JUnit ingestion: a generated corpus (default 200k test cases in 200 Surefire-style reports, ~5% failing
// with stack traces and output):
//   1. parse only, on one thread (the parser alone: the reference the issue measured against);
//   2. parse only as the service parses: streamed into the decode workers, rows encoded, not stored;
//   3. parse + store through the service's own HTTP API (the service started as `npm start` in a process
//      of its own, so its memory and CPU are its alone; POST /v1/junit over a real socket, N uploads
//      in flight), while GET /healthz and a small POST /v1/risk are timed (each 10 times a second);
//   4. the engine's ceiling: the same rows loaded straight from files (bench/ceiling.ts).
// Goals: parse + store ≥ 50% of parse-only; p99 of the probes under 50 ms; peak RSS under 600 MiB.
//
//   npm run bench -- junit [cases=200000] [--in-flight 16]

const FAIL_SHARE = 0.05;
/** Bodies are fed in chunks of this size, as a socket delivers them. */
const CHUNK = 64 * 1024;

export function report(fileIndex: number, cases: number): string {
  const cls = `com.acme.module${fileIndex % 40}.Feature${fileIndex}Test`;
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${cls}" tests="${cases}" timestamp="2026-11-01T10:00:00" time="12.5">\n`,
    '<properties><property name="java.version" value="21.0.2"/></properties>\n',
  ];
  for (let i = 0; i < cases; i++) {
    const fails = ((fileIndex * 7919 + i * 104729) % 1000) / 1000 < FAIL_SHARE;
    parts.push(`<testcase name="case${i}[param=${i % 13}]" classname="${cls}" time="0.0${i % 97}">`);
    if (fails) {
      parts.push(
        `<failure message="expected:&lt;${i}&gt; but was:&lt;${i + 1}&gt;" type="org.opentest4j.AssertionFailedError">` +
          `org.opentest4j.AssertionFailedError: expected: &lt;${i}&gt; but was: &lt;${i + 1}&gt;\n` +
          `\tat ${cls}.case${i}(Feature${fileIndex}Test.java:${40 + (i % 300)})\n`.repeat(8) +
          `</failure><system-out><![CDATA[request id ${fileIndex}-${i} took ${i % 500} ms\n]]></system-out>`,
      );
    }
    parts.push('</testcase>\n');
  }
  parts.push('</testsuite>\n');
  return parts.join('');
}

function parseArgs(argv: string[]): { total: number; inFlight: number } {
  const args = { total: 200_000, inFlight: 16 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const n = Number(flag === '--in-flight' ? argv[++i] : flag);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`bench junit: ${flag} needs a positive integer (usage: [cases] [--in-flight N])`);
    if (flag === '--in-flight') args.inFlight = n;
    else args.total = n;
  }
  return args;
}

function* chunks(body: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < body.length; at += CHUNK) yield body.subarray(at, at + CHUNK);
}

async function* streamOf(body: Uint8Array): AsyncGenerator<Uint8Array> {
  yield* chunks(body);
}

export async function run(argv: string[]): Promise<void> {
  const { total, inFlight } = parseArgs(argv);
  const perFile = 1000;
  const files = Math.ceil(total / perFile);
  const utf8 = new TextEncoder();
  const bodies: Uint8Array<ArrayBuffer>[] = [];
  for (let f = 0; f < files; f++) bodies.push(utf8.encode(report(f, Math.min(perFile, total - f * perFile))));
  const bytes = bodies.reduce((n, b) => n + b.length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-junit-'));
  // The service's own configuration (defaults, or SIGNALHOUSE_* from the environment), for the
  // decoders this process runs as the parse-only reference.
  const config = loadConfig({ ...process.env, SIGNALHOUSE_DATA_DIR: join(dir, 'unused') });
  const decoder = createTraceDecoder(config.SIGNALHOUSE_DECODE_WORKERS, DEFAULT_DECODE_LIMITS, { heapLimitMiB: config.SIGNALHOUSE_DECODE_WORKER_HEAP_MB, nice: config.SIGNALHOUSE_INGEST_NICE });
  const dataDir = join(dir, 'data');
  const svc = await startBenchService(dataDir);
  process.stdout.write(
    `\n== bench junit: ${fmt(total)} test cases in ${files} files, ${fmt(bytes / 2 ** 20, 1)} MiB, ${inFlight} uploads in flight, ` +
      `${config.SIGNALHOUSE_DECODE_WORKERS} decode worker(s), flush interval ${config.SIGNALHOUSE_FLUSH_INTERVAL_MS} ms; ` +
      `the service in its own process (npm start, pid ${svc.pid})\n`,
  );

  const repo = `bench/${Date.now()}`;
  const upload = (i: number) => ({ repo, branch: 'main', commit: `c${i % 20}`, runId: `bench-${i % 20}`, attempt: '1', fileName: `TEST-${i}.xml` });
  const send = async (url: string, body: Uint8Array<ArrayBuffer>, q: Record<string, string>) => {
    const res = await fetch(`${url}/v1/junit?${new URLSearchParams(q)}`, { method: 'POST', body, headers: { 'content-type': 'application/xml' } });
    const answer = (await res.json()) as { testCases?: { total: number } };
    if (res.status !== 201) throw new Error(`upload ${q.fileName ?? ''}: ${res.status} ${JSON.stringify(answer)}`);
    return answer.testCases!.total;
  };
  // A small repo for the risk probe, and a warm-up of every path (compiles the parser and encoder in the
  // workers, the engine's first insert): a long-running service has long paid for that.
  const riskRepo = `${repo}-risk`;
  const warmUp = async (s: BenchService) => {
    for (const [i, b] of bodies.slice(0, 2).entries()) await send(s.url, b, { repo: riskRepo, branch: 'main', commit: `w${i}`, runId: `warm-${i}` });
  };
  await warmUp(svc);
  for (const b of bodies.slice(0, 4)) await readJunitReport(streamOf(b), { repo, fileName: 'warm-up.xml' });
  const riskProbe = () =>
    fetch(`${svc.url}/v1/risk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ repo: riskRepo, files: ['src/main/java/com/acme/Feature0.java'], budget: { fraction: 0.3 } }),
    });
  const firstRisk = await riskProbe(); // its first answer loads the risk code: not what a busy service pays
  if (!firstRisk.ok) throw new Error(`warm-up risk: ${firstRisk.status} ${await firstRisk.text()}`);
  const idleRss = await settle(svc);
  collectGarbage();

  // 1. The parser alone on this thread: no workers, no rows.
  const plainCpu = cpuMeter();
  const plain = await timed(async () => {
    let n = 0;
    for (const b of bodies) n += (await readJunitReport(streamOf(b), { repo, fileName: 'TEST.xml' })).report.testCases.total;
    return n;
  });
  const plainUse = plainCpu.stop();
  collectGarbage();

  // 2. Parse only as the service parses: the decode workers, rows encoded, nothing stored.
  const parseRss = rssSampler();
  const parseCpu = cpuMeter();
  const parsed = await timed(() =>
    inParallel(bodies, inFlight, async (b, i) => {
      const decoding = decoder.decodeJunit({ upload: { ...upload(i), attempt: 1 }, fileName: `TEST-${i}.xml`, receivedAt: new Date(), retentionDays: 0 });
      for (const c of chunks(b)) decoding.write(c);
      return (await decoding.end()).report.testCases.total;
    }),
  );
  const parsePeak = parseRss.stop();
  const parseUse = parseCpu.stop();
  await decoder.close();
  collectGarbage();

  // 3. Parse + store through the service's HTTP API, with the probes running.
  const probes = startProbes([
    { name: 'GET /healthz', send: () => fetch(`${svc.url}/healthz`) },
    { name: 'POST /v1/risk (small)', send: riskProbe },
  ]);
  svc.resetPeak();
  const cpu0 = svc.cpuSeconds();
  const stored = await timed(() => inParallel(bodies, inFlight, (b, i) => send(svc.url, b, upload(i))));
  const serviceCpu = svc.cpuSeconds() - cpu0;
  const storePeak = svc.peakMiB();
  const latency = await probes.stop();
  await svc.stop();

  // 4. The engine alone: the same rows from files, in the writer's insert size, in this process on the
  //    service's data folder (the service has stopped: one process per folder).
  const store = await openStore({ ...config, SIGNALHOUSE_DATA_DIR: dataDir });
  await migrate(store.client);
  const check = await store.client.query({
    query: 'SELECT countIf(final = 1) AS n FROM test_results WHERE repo = {repo:String}',
    query_params: { repo },
    format: 'JSONEachRow',
  });
  const storedRows = Number((await check.json<{ n: string }>())[0]?.n ?? 0);
  const ceiling = await engineCeiling(store.client, {
    table: 'test_results',
    where: 'repo = {repo:String}',
    params: { repo },
    replace: `concat(repo, '-ceiling') AS repo`,
    rowsPerInsert: 25_000,
    exclude: ['ingested_at'],
  });
  await store.close();

  // 5. Memory for one large report: a single upload just under the 50 MiB body limit (about 340k test
  //    cases) on a fresh, warmed-up, idle service.
  const target = 48 * 2 ** 20;
  let bigCases = Math.round((target * total) / bytes);
  let big = utf8.encode(report(files, bigCases));
  while (big.length > target) {
    bigCases = Math.floor((bigCases * target) / big.length);
    big = utf8.encode(report(files, bigCases)); // longer names at higher case numbers: shrink until it fits
  }
  const fresh = await startBenchService(join(dir, 'data-big'));
  await warmUp(fresh);
  const beforeBig = await settle(fresh);
  fresh.resetPeak();
  const bigUpload = await timed(() => send(fresh.url, big, { ...upload(files), repo: `${repo}-big` }));
  const bigPeak = fresh.peakMiB();
  await fresh.stop();
  rmSync(dir, { recursive: true, force: true });

  const plainRate = plain.value / plain.seconds;
  const parseRate = parsed.value / parsed.seconds;
  const storeRate = stored.value / stored.seconds;
  const per100k = (cpuSeconds: number, n: number) => fmt((cpuSeconds * 100_000) / n, 2);
  line('parse only, one thread (reference)', `${fmt(plainRate)} test cases/s (${fmt(plain.seconds, 2)} s, ${fmt(bytes / 2 ** 20 / plain.seconds, 1)} MiB/s)`);
  line('parse only, decode workers (service path)', `${fmt(parseRate)} test cases/s (${fmt(parsed.seconds, 2)} s; peak RSS ${fmt(parsePeak)} MiB)`);
  line('parse + store, HTTP API (service process)', `${fmt(storeRate)} test cases/s (${fmt(stored.seconds, 2)} s)`);
  // CPU time depends less than wall time on what else the machine runs: what each phase costs.
  line('CPU s per 100k cases: parse, one thread', per100k(plainUse.cpuSeconds, plain.value));
  line('CPU s per 100k cases: parse, workers', per100k(parseUse.cpuSeconds, parsed.value));
  line('CPU s per 100k cases: service, parse + store', `${per100k(serviceCpu, stored.value)} (probes included)`);
  line('ratio parse+store / parse-only (workers)', `${fmt((100 * storeRate) / parseRate, 1)} %  (goal ≥ 50 %)`);
  line('ratio parse+store / parse-only (one thread)', `${fmt((100 * storeRate) / plainRate, 1)} %`);
  line('engine ceiling (Native files, same rows)', `${fmt(ceiling.rate)} test cases/s (${fmt(ceiling.seconds, 2)} s; ${fmt(ceiling.cpuPer100k, 2)} CPU s per 100k)`);
  line('service as a share of the ceiling', `${fmt((100 * storeRate) / ceiling.rate, 1)} %`);
  for (const [name, s] of Object.entries(latency)) {
    line(`${name} during uploads`, `p50 ${fmt(s.p50, 1)} ms, p99 ${fmt(s.p99, 1)} ms, max ${fmt(s.max, 1)} ms (${s.count} probes, ${s.failures} failed; goal p99 < 50 ms)`);
  }
  line('rows counted back from ClickHouse', `${fmt(storedRows)} of ${fmt(total)}`);
  line('service RSS idle (after warm-up)', `${fmt(idleRss)} MiB`);
  line('service peak RSS during parse + store', `${fmt(storePeak)} MiB (${fmt(storePeak - idleRss)} MiB above idle; goal < 600 MiB)`);
  line(
    `one ${fmt(big.length / 2 ** 20, 1)} MiB report (${fmt(bigUpload.value)} cases)`,
    `${fmt(bigUpload.seconds, 2)} s; service peak RSS ${fmt(bigPeak)} MiB, ${fmt(bigPeak - beforeBig)} MiB above idle (${fmt(beforeBig)} MiB; goal < 400 MiB above)`,
  );
}
