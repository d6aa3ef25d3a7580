import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byService, hotPaths, totalsOf } from '../models/coverage/hot-paths.ts';
import { operationTraffic } from '../src/store/coverage-queries.ts';
import { linkTestTraces } from '../src/store/test-links.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { migrate } from '../src/store/migrate.ts';
import { cpuMeter, fmt, line, peakRssMiB, timed, type Timed } from './measure.ts';

// Hot-path coverage over 7 days of spans on the embedded engine (`npm run bench -- coverage [spans…]`,
// default 5M then 50M). The spans are made in ClickHouse itself (INSERT … SELECT over numbers()), so
// they go through the operation_days view as ingested spans do: 20 services × up to 200 operations
// with log-uniform popularity (a few hot, a long tail), 40% entry spans, 1% errors, spread over the
// last 7 days. Tests: 2,000 tests, one execution a day for 30 days, each reaching two operations of
// the system under test below its test span. Per size it prints:
//   - making the spans (the view's cost included) and the one-time linking of every test trace;
//   - a user's request (GET /v1/coverage/hot-paths, all services; one service; the per-service
//     answer), each with its link pass finding nothing new;
//   - for reference, the same traffic figures computed from the raw spans table, and the ratio.

const SERVICES = 20;
const OPS_PER_SERVICE = 200;
const TESTS = 2_000;
const TEST_DAYS = 30;

// An operation index 1..200, log-uniform in a hash of x: op 1 is the hottest.
const OP = (x: string) => `toUInt32(floor(pow(${OPS_PER_SERVICE}, (cityHash64(${x}) % 1000000) / 1000000)))`;

const SPANS_SQL = `
INSERT INTO spans (trace_id, span_id, parent_span_id, service_name, name, operation, kind, start_time, duration_ns,
                   status_code, environment, resource_attributes, span_attributes)
SELECT lower(hex(sipHash128(intDiv(number, 5), {seed:UInt64}))), lower(hex(sipHash64(number, {seed:UInt64}))),
       if(entry AND number % 2 = 0, '', lower(hex(sipHash64(number - 1, {seed:UInt64})))),
       svc, op, op, if(entry, 'server', 'client'),
       now64(9) - toIntervalMillisecond(intDiv(number * 604800000, {total:UInt64})),
       5000000 + cityHash64(number, 1) % 200000000,
       if(cityHash64(number, 2) % 100 = 0, 'error', 'unset'), 'production',
       map('service.name', svc, 'host.name', concat('host-', toString(number % 50))),
       map('http.request.method', 'GET', 'http.route', op)
FROM (
  SELECT number, number % 5 < 2 AS entry,
         concat('svc-', toString(cityHash64(number, 3) % ${SERVICES})) AS svc,
         concat('GET /api/resource-', toString(${OP('number')}), '/:id') AS op
  FROM numbers({start:UInt64}, {rows:UInt64})
)`;

// One execution per test per day (ids hash UInt64s on both sides: a hash depends on the type): its test result (with its span) and two spans of the system under
// test below it. The test's operations are a hash of the test, from the same distribution.
const TEST_RESULTS_SQL = `
INSERT INTO test_results (repo, test_id, run_id, attempt, retry, final, branch, commit, suite, class_name, name, file,
                          status, duration_ms, started_at, source, trace_id, span_id, upload_id, ordinal)
SELECT 'bench/coverage', lower(hex(sipHash64(t))), concat('run-', toString(d)), 1, 0, 1, 'main', concat('c', toString(d)),
       'Suite', 'com.acme.Suite', concat('test', toString(t)), '', 'passed', 12.5,
       now64(3) - toIntervalDay(d) - toIntervalSecond(t), 'otlp',
       lower(hex(sipHash128(t, d))), lower(hex(sipHash64(t, d, 0))), concat('span:', toString(t), ':', toString(d)), 0
FROM (SELECT toUInt64(number % ${TESTS}) AS t, toUInt64(intDiv(number, ${TESTS})) AS d FROM numbers(${TESTS * TEST_DAYS}))`;

const TEST_SPANS_SQL = `
INSERT INTO spans (trace_id, span_id, parent_span_id, service_name, name, operation, kind, start_time, duration_ns,
                   status_code, environment, resource_attributes, span_attributes)
SELECT lower(hex(sipHash128(t, d))), lower(hex(sipHash64(t, d, k + 1))), lower(hex(sipHash64(t, d, 0))),
       concat('svc-', toString(cityHash64(t, k, 3) % ${SERVICES})), op, op, 'server',
       now64(9) - toIntervalDay(d) - toIntervalSecond(t), 3000000, 'unset', 'ci', map(), map()
FROM (
  SELECT toUInt64(number % ${TESTS}) AS t, toUInt64(intDiv(number, ${TESTS}) % ${TEST_DAYS}) AS d, toUInt64(intDiv(number, ${TESTS * TEST_DAYS})) AS k,
         concat('GET /api/resource-', toString(${OP('cityHash64(t, k)')}), '/:id') AS op
  FROM numbers(${TESTS * TEST_DAYS * 2})
)`;

// The reference: the hot-path traffic figures straight from the spans table.
const RAW_SQL = `
SELECT service_name, operation, kind, count() AS calls,
       countIf(status_code = 'error') AS errors, quantiles(0.5, 0.95)(duration_ns) AS q
FROM spans
WHERE start_time >= toStartOfDay(now64(9)) - toIntervalDay(6)
  AND (kind IN ('server', 'consumer') OR parent_span_id = '') AND environment IN ('production', '')
GROUP BY service_name, operation, kind
ORDER BY calls DESC`;

const PRODUCTION = { environments: ['production'], unlabelled: true, windowDays: 7 } as const;

/** Wall time and the process's CPU time (the embedded engine's threads included): on a shared machine the CPU time is the steadier figure. */
async function measured<T>(f: () => Promise<T>): Promise<Timed<T> & { cpu: number }> {
  const meter = cpuMeter();
  const t = await timed(f);
  return { ...t, cpu: meter.stop().cpuSeconds };
}

const secs = (m: { seconds: number; cpu: number }) => `${fmt(m.seconds, 3)} s (CPU ${fmt(m.cpu, 3)} s)`;

export async function run(args: string[]): Promise<void> {
  const sizes = args.length > 0 ? args.map(Number) : [5_000_000, 50_000_000];
  process.stdout.write(`\n== bench coverage: ${SERVICES} services, 7 days of spans, ${fmt(TESTS)} tests × ${TEST_DAYS} days, embedded engine\n`);
  const figures: { rows: number; request: number; raw: number }[] = [];
  for (const rows of sizes) {
    // A fresh store per size: the figures of one size must not include the other's spans.
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-coverage-'));
    const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' }));
    await migrate(store.client);
    const c = store.client;
    // Tests first: they are a while old when the production spans are in, as in a running service.
    await c.command({ query: TEST_RESULTS_SQL });
    await c.command({ query: TEST_SPANS_SQL });
    const chunk = 10_000_000; // one insert per 10M spans, as a busy writer would make many
    const made = await timed(async () => {
      for (let start = 0; start < rows; start += chunk) {
        // Spread over 7 days by the position among all spans (`total`), not within the chunk.
        await c.command({ query: SPANS_SQL, query_params: { seed: 1, start, rows: Math.min(chunk, rows - start), total: rows } });
      }
    });
    line(`${fmt(rows)} spans: stored (rollup view included)`, `${fmt(made.seconds, 1)} s  (${fmt(rows / made.seconds)} spans/s)`);
    const linked = await timed(() => hotPaths(store, PRODUCTION));
    line(`  one-time: link ${fmt(TESTS * TEST_DAYS)} test executions + answer`, `${fmt(linked.seconds, 2)} s`);

    const all = await measured(() => hotPaths(store, PRODUCTION));
    const totals = totalsOf(all.value);
    line(`  request: hot paths, all services`, `${secs(all)}  (${fmt(totals.operations)} operations, ${fmt(totals.calls)} calls, coverage ${fmt(100 * (totals.coverage ?? 0), 1)}%)`);
    const one = await measured(() => hotPaths(store, { ...PRODUCTION, service: 'svc-7' }));
    line(`  request: hot paths, one service`, `${secs(one)}  (${fmt(one.value.length)} operations)`);
    const services = await measured(async () => byService(await hotPaths(store, PRODUCTION)));
    line(`  request: per service`, `${secs(services)}  (${services.value.length} services)  goal: well under 1 s at 50M`);
    const link = await measured(() => linkTestTraces(store));
    line(`  of which: link pass, nothing new`, secs(link));
    const traffic = await measured(() => operationTraffic(c, { ...PRODUCTION, days: 7, testDays: 30 }));
    line(`  of which: traffic + tested query`, secs(traffic));
    const raw = await measured(async () => (await c.query({ query: RAW_SQL, format: 'JSONEachRow' })).json());
    line(`  reference: traffic from raw spans`, `${secs(raw)}  (${fmt(raw.seconds / all.seconds, 1)}x the request's wall time, ${fmt(raw.cpu / all.cpu, 1)}x its CPU)`);
    figures.push({ rows, request: all.cpu, raw: raw.cpu });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const [base, ...rest] = figures;
  for (const f of rest) {
    line(`${fmt(f.rows)} vs ${fmt(base!.rows)} spans (${fmt(f.rows / base!.rows)}x)`, `CPU per request ${fmt(f.request / base!.request, 1)}x, from raw spans ${fmt(f.raw / base!.raw, 1)}x`);
  }
  line('peak RSS of the process', `${fmt(peakRssMiB())} MiB`);
}
