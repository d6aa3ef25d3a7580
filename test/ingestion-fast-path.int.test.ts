import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TestResultRecord } from '../ingestion/records.ts';
import { DEFAULT_DECODE_LIMITS } from '../ingestion/otlp/decode.ts';
import { buildApp } from '../src/api/app.ts';
import { DecodeBudget } from '../src/decode/budget.ts';
import { createTraceDecoder } from '../src/decode/trace-decoder.ts';
import { clickhouseTime, testResultRows, type RunContext } from '../src/store/rows.ts';
import type { AddressInfo } from 'node:net';
import { NO_CI } from './support/ci-env.ts';
import { REAL_JUNIT } from './support/fixtures.ts';
import { runCli } from './support/service-process.ts';
import { countRows, testConfig, testStore, uniqueRepo } from './support/store.ts';

// The JUnit fast path on the real engine: test results written as RowBinary must be stored exactly as
// the JSONEachRow rows they replace were (the materialized rollups included), and the cap on request
// bytes held at once (SIGNALHOUSE_MAX_DECODING_BYTES) must answer 503 with retry-after, store nothing,
// and let the same request through once the bytes are free.

const result = (over: Partial<TestResultRecord>): TestResultRecord => ({
  testId: 'id',
  suite: '',
  className: '',
  name: '',
  file: '',
  status: 'passed',
  durationMs: 0,
  retry: 0,
  final: true,
  startedAt: null,
  failureType: '',
  message: '',
  stack: '',
  systemOut: '',
  systemErr: '',
  properties: {},
  ...over,
});

// Values that a byte-level encoder can get wrong: non-ASCII and astral characters, control
// characters, quotes, long text, a map, times before 1970 and with milliseconds, fractions.
const RESULTS: TestResultRecord[] = [
  result({ testId: 'a1', suite: 'Suite ü', className: 'com.acme.Ärger', name: 'handles "quotes" and \\ slashes', file: 'src/ä.java', durationMs: 12.345 }),
  result({
    testId: 'a2',
    status: 'failed',
    failureType: 'AssertionError',
    message: 'expected <1> but was <2> 😀',
    stack: `at x.y(Z.java:1)\n${'\tat deep.frame(F.java:9)\n'.repeat(500)}`,
    systemOut: 'out\r\nline\u0001two',
    systemErr: 'err ✓',
    properties: { 'java.version': '21', 'ключ': 'значение' },
    startedAt: new Date('2026-11-02T03:04:05.678Z'),
    durationMs: 0.001,
  }),
  result({ testId: 'a3', status: 'skipped', retry: 2, final: false, startedAt: new Date('1969-12-31T23:59:59.999Z') }),
  result({ testId: 'a4', status: 'errored', traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', durationMs: 3_600_000 }),
];

/** The JSONEachRow row the writer sent before RowBinary (src/store/rows.ts, testResultRow, until then). */
function jsonRow(ctx: RunContext, r: TestResultRecord, ordinal: number): Record<string, unknown> {
  const row: Record<string, unknown> = {
    repo: ctx.repo, test_id: r.testId, run_id: ctx.runId, attempt: ctx.attempt, retry: r.retry, final: r.final ? 1 : 0,
    branch: ctx.branch, commit: ctx.commit, suite: r.suite, class_name: r.className, name: r.name, file: r.file,
    status: r.status, duration_ms: r.durationMs, started_at: clickhouseTime(r.startedAt ?? ctx.startedAt),
    source: ctx.source, upload_id: ctx.uploadId, ordinal,
  };
  if (r.failureType) row.failure_type = r.failureType;
  if (r.message) row.message = r.message;
  if (r.stack) row.stack = r.stack;
  if (r.systemOut) row.system_out = r.systemOut;
  if (r.systemErr) row.system_err = r.systemErr;
  if (Object.keys(r.properties).length > 0) row.properties = r.properties;
  if (r.traceId) row.trace_id = r.traceId;
  if (r.spanId) row.span_id = r.spanId;
  return row;
}

async function rowsOf(table: 'test_results' | 'test_failures', repo: string): Promise<unknown[]> {
  const store = await testStore();
  // Table names from this fixed union, never from input.
  const rs = await store.client.query({
    query: `SELECT * EXCEPT (repo, ingested_at) FROM ${table} WHERE repo = {repo:String} ORDER BY test_id, retry`,
    query_params: { repo },
    format: 'JSONEachRow',
  });
  return rs.json();
}

describe('test results as RowBinary', () => {
  it('are stored as the JSONEachRow rows were, and so are their rollups', async () => {
    const store = await testStore();
    const [binaryRepo, jsonRepo] = [uniqueRepo('rowbinary'), uniqueRepo('json')];
    const ctx = (repo: string): RunContext => ({
      repo, runId: 'run-1', attempt: 3, branch: 'main', commit: 'c0ffee', startedAt: new Date('2026-11-01T10:00:00.123Z'), source: 'junit', uploadId: 'u-1',
    });
    await store.insert('test_results', [testResultRows(ctx(binaryRepo), RESULTS)]);
    await store.client.insert({ table: 'test_results', values: RESULTS.map((r, i) => jsonRow(ctx(jsonRepo), r, i)), format: 'JSONEachRow' });

    const binary = await rowsOf('test_results', binaryRepo);
    expect(binary).toHaveLength(RESULTS.length);
    expect(binary).toEqual(await rowsOf('test_results', jsonRepo));
    expect(await rowsOf('test_failures', binaryRepo)).toEqual(await rowsOf('test_failures', jsonRepo));
    const days = async (repo: string) =>
      (
        await store.client.query({
          query: `SELECT test_id, day, sum(rows) AS rows, sum(executions) AS executions, groupArraySortedMerge(3)(recent) AS recent,
                         argMaxMerge(suite) AS suite, argMaxMerge(name) AS name
                  FROM test_days WHERE repo = {repo:String} GROUP BY test_id, day ORDER BY test_id, day`,
          query_params: { repo },
          format: 'JSONEachRow',
        })
      ).json();
    expect(await days(binaryRepo)).toEqual(await days(jsonRepo));
    // A spot check that the comparison compares something: the values came back as written.
    expect(binary[1]).toMatchObject({ message: 'expected <1> but was <2> 😀', properties: { 'java.version': '21', 'ключ': 'значение' }, started_at: '2026-11-02 03:04:05.678' });
    expect(binary[2]).toMatchObject({ started_at: '1969-12-31 23:59:59.999', final: 0, retry: 2 });
  });

  it('store a lone surrogate (OTLP/JSON can carry one) as U+FFFD, where JSONEachRow refused the whole insert', async () => {
    const store = await testStore();
    const repo = uniqueRepo('surrogate');
    const ctx: RunContext = { repo, runId: 'r', attempt: 1, branch: 'main', commit: 'c', startedAt: new Date(), source: 'otlp', uploadId: 'u' };
    await store.insert('test_results', [testResultRows(ctx, [result({ testId: 's1', name: 'lone \ud800 surrogate' })])]);
    expect(await rowsOf('test_results', repo)).toMatchObject([{ name: 'lone \ufffd surrogate' }]);
  });
});

describe('POST /v1/junit through the decode workers', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const store = await testStore();
    const traceDecoder = createTraceDecoder(1, DEFAULT_DECODE_LIMITS);
    app = await buildApp({ config: testConfig(), store, traceDecoder, logger: false });
    app.addHook('onClose', () => traceDecoder.close());
  });
  afterAll(() => app.close());

  it('stores a report whose rows come back in several chunks whole, in order, once', async () => {
    const repo = uniqueRepo('chunks');
    const cases = Array.from({ length: 30_000 }, (_, i) => `<testcase classname="com.acme.C${i % 7}" name="case ${i}" time="0.01"/>`);
    const xml = Buffer.from(`<testsuite name="big" timestamp="2026-11-30T10:00:00">${cases.join('')}</testsuite>`);
    const url = `/v1/junit?repo=${encodeURIComponent(repo)}&branch=main&commit=c1&runId=r1`;
    const res = await app.inject({ method: 'POST', url, payload: xml, headers: { 'content-type': 'application/xml' } });
    expect(res.statusCode, res.body).toBe(201);
    const store = await testStore();
    const rs = await store.client.query({
      query: `SELECT count() AS n, uniqExact(ordinal) AS ordinals, max(ordinal) AS last, countIf(name = concat('case ', toString(ordinal))) AS in_order
              FROM test_results WHERE repo = {repo:String}`,
      query_params: { repo },
      format: 'JSONEachRow',
    });
    expect((await rs.json())[0]).toEqual({ n: '30000', ordinals: '30000', last: 29999, in_order: '30000' });
    const again = await app.inject({ method: 'POST', url, payload: xml, headers: { 'content-type': 'application/xml' } });
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicate).toBe(true);
    expect(await countRows(store, 'test_results', repo)).toBe(30_000);
  });
});

describe('SIGNALHOUSE_MAX_DECODING_BYTES', () => {
  let app: FastifyInstance;
  const budget = new DecodeBudget(64 * 1024);
  beforeAll(async () => {
    const store = await testStore();
    const traceDecoder = createTraceDecoder(1, DEFAULT_DECODE_LIMITS);
    app = await buildApp({ config: testConfig(), store, traceDecoder, decodeBudget: budget, logger: false });
    app.addHook('onClose', () => traceDecoder.close());
  });
  afterAll(() => app.close());

  const xml = readFileSync(`${REAL_JUNIT}surefire/TEST-io.olamy.FlakyTest.xml`);

  it('answers a JUnit upload 503 with retry-after while other requests hold the bytes, stores nothing, then takes it', async () => {
    const repo = uniqueRepo('busy');
    const url = `/v1/junit?repo=${encodeURIComponent(repo)}&branch=main&commit=c1&runId=r1`;
    // Other uploads in progress, holding all but a few bytes of the budget.
    const others = budget.open();
    others.add(64 * 1024 - 10);
    try {
      const busy = await app.inject({ method: 'POST', url, payload: xml, headers: { 'content-type': 'application/xml' } });
      expect(busy.statusCode).toBe(503);
      expect(busy.headers['retry-after']).toBe('1');
      expect(busy.json()).toMatchObject({ error: 'BUSY', message: expect.stringContaining('SIGNALHOUSE_MAX_DECODING_BYTES') });
      expect(await countRows(await testStore(), 'test_results', repo)).toBe(0);
    } finally {
      others.release();
    }
    const taken = await app.inject({ method: 'POST', url, payload: xml, headers: { 'content-type': 'application/xml' } });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(await countRows(await testStore(), 'test_results', repo)).toBe(taken.json().attempts);
    expect(budget.bytesInUse).toBe(0); // released once the rows are durable
  });

  it('signalhouse upload junit waits out the 503 and stores the report once the bytes are free', async () => {
    const repo = uniqueRepo('busy-cli');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const others = budget.open();
    others.add(64 * 1024 - 10);
    const file = `${REAL_JUNIT}surefire/TEST-io.olamy.FlakyTest.xml`;
    // Released only once the CLI has been refused (counted where the budget refuses, before it starts).
    let refused = 0;
    const take = budget.take.bind(budget);
    budget.take = (n, held) => {
      try {
        take(n, held);
      } catch (e) {
        refused++;
        throw e;
      }
    };
    const cli = runCli(['upload', 'junit', file, '--repo', repo, '--branch', 'main', '--commit', 'c1', '--server', `http://127.0.0.1:${port}`], NO_CI);
    const released = (async () => {
      for (let i = 0; i < 600 && refused === 0; i++) await new Promise((r) => setTimeout(r, 100));
      others.release();
    })();
    const r = await cli;
    await released;
    budget.take = take;
    expect(refused).toBeGreaterThan(0);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/the service is busy \(503\); sending again in 1 s/);
    expect(await countRows(await testStore(), 'test_results', repo)).toBeGreaterThan(0);
  });

  it('answers an OTLP export 503 with retry-after too, and takes it once the bytes are free', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': `busy-${Date.now()}` }), spanProcessors: [new SimpleSpanProcessor(exporter)] });
    provider.getTracer('t').startSpan('GET /').end();
    const body = Buffer.from(JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans())!);
    const others = budget.open();
    others.add(64 * 1024 - 10);
    try {
      const busy = await app.inject({ method: 'POST', url: '/v1/traces', payload: body, headers: { 'content-type': 'application/json' } });
      expect(busy.statusCode).toBe(503);
      expect(busy.headers['retry-after']).toBe('1');
    } finally {
      others.release();
    }
    const taken = await app.inject({ method: 'POST', url: '/v1/traces', payload: body, headers: { 'content-type': 'application/json' } });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(budget.bytesInUse).toBe(0);
  });
});
