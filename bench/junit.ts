import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJunitReport } from '../ingestion/junit/read-report.ts';
import type { CiRunRecord } from '../ingestion/records.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { JunitUploads } from '../src/store/junit-uploads.ts';
import { migrate } from '../src/store/migrate.ts';
import { fmt, line, peakRssMiB, rssSampler, timed } from './measure.ts';

// JUnit ingestion: a generated corpus (default 200k test cases in 200 Surefire-style reports, ~5% failing
// with stack traces and output), parsed only, then parsed and stored in the embedded engine, in one
// process. Goal: parse + store ≥ 50% of parse-only throughput, memory bounded.

const FAIL_SHARE = 0.05;
const CONCURRENCY = 16;

function report(fileIndex: number, cases: number): string {
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

export async function run(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 200_000);
  const perFile = 1000;
  const files = Math.ceil(total / perFile);
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-junit-'));
  const paths: string[] = [];
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const p = join(dir, `TEST-${f}.xml`);
    writeFileSync(p, report(f, Math.min(perFile, total - f * perFile)));
    bytes += statSync(p).size;
    paths.push(p);
  }
  process.stdout.write(`\n== bench junit: ${fmt(total)} test cases in ${files} files, ${fmt(bytes / 2 ** 20, 1)} MiB\n`);

  const repo = `bench/${Date.now()}`;
  const parseOnly = rssSampler();
  const parsed = await timed(async () => {
    let n = 0;
    for (const p of paths) n += (await readJunitReport(createReadStream(p), { repo, fileName: p })).report.testCases.total;
    return n;
  });
  const parseRss = parseOnly.stop();

  // The service's own configuration (defaults, or SIGNALHOUSE_FLUSH_INTERVAL_MS from the environment).
  const config = loadConfig({ ...process.env, SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' });
  const store = await openStore(config);
  await migrate(store.client);
  const uploads = new JunitUploads(store.writer);
  const storeRss = rssSampler();
  // Uploads arrive from parallel CI jobs: keep a few in flight, so parsing the next report (JavaScript,
  // main thread) overlaps with storing the previous ones (native engine, libuv worker threads).
  const inFlight = new Set<Promise<void>>();
  const stored = await timed(async () => {
    let n = 0;
    for (const [i, p] of paths.entries()) {
      const { report: r, sha256 } = await readJunitReport(createReadStream(p), { repo, fileName: p });
      const run: CiRunRecord = {
        repo, runId: `bench-${i % 20}`, attempt: 1, branch: 'main', commit: `c${i % 20}`, pipeline: '', job: '',
        provider: '', url: '', changeId: '', startedAt: new Date('2026-11-01T10:00:00Z'), finishedAt: null, result: '', source: 'junit',
      };
      const job = uploads.store(run, r, { uploadId: sha256, fileName: p }).then((s) => {
        n += s.testCases.total;
        inFlight.delete(job);
      });
      inFlight.add(job);
      if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return n;
  });
  const storePeak = storeRss.stop();
  const check = await store.client.query({
    query: 'SELECT countIf(final = 1) AS n FROM test_results WHERE repo = {repo:String}',
    query_params: { repo },
    format: 'JSONEachRow',
  });
  const storedRows = Number((await check.json<{ n: string }>())[0]?.n ?? 0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const parseRate = parsed.value / parsed.seconds;
  const storeRate = stored.value / stored.seconds;
  line('parse only', `${fmt(parseRate)} test cases/s (${fmt(parsed.seconds, 2)} s, ${fmt(bytes / 2 ** 20 / parsed.seconds, 1)} MiB/s)`);
  line(`parse + store (embedded, ${CONCURRENCY} uploads in flight)`, `${fmt(storeRate)} test cases/s (${fmt(stored.seconds, 2)} s)`);
  line('ratio parse+store / parse-only', `${fmt((100 * storeRate) / parseRate, 1)} %  (goal ≥ 50 %)`);
  line('rows counted back from ClickHouse', `${fmt(storedRows)} of ${fmt(total)}`);
  line('peak RSS during parse only', `${fmt(parseRss, 0)} MiB`);
  line('peak RSS during parse + store', `${fmt(storePeak, 0)} MiB`);
  line('peak RSS of the process', `${fmt(peakRssMiB(), 0)} MiB`);
}
