import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { decodeTraceExport, DEFAULT_DECODE_LIMITS, type OtlpEncoding } from '../../ingestion/otlp/decode.ts';
import type { Store } from '../../src/store/clickhouse.ts';
import { mutated } from './mutate.ts';
import { CHANGE_SEEDS, junitSeeds, otlpSeeds } from './seeds.ts';

// The promises the service makes about hostile and broken input, as properties over mutated real
// inputs: no 5xx, no crash, no answer later than a deadline, a refused request stores nothing, an
// accepted one is readable back. Run by test/fuzz.int.test.ts (a few hundred cases) and by
// `npm run fuzz -- --cases N` (tools/fuzz/run.ts) for long runs.

export interface FuzzContext {
  app: FastifyInstance;
  store: Store;
  repoRoot: string;
  sharedDir: string;
  /** Longest a single answer may take, in ms. */
  deadlineMs: number;
}

/** What a run saw: answers by status, and the slowest one. */
export class FuzzStats {
  readonly statuses = new Map<number, number>();
  cases = 0;
  slowestMs = 0;
  record(status: number, ms: number): void {
    this.cases++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    this.slowestMs = Math.max(this.slowestMs, ms);
  }
  describe(): string {
    const byStatus = [...this.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
    return `${this.cases} cases (${byStatus}), slowest answer ${this.slowestMs.toFixed(0)} ms`;
  }
}

export interface FuzzProperty {
  name: string;
  stats: FuzzStats;
  /** Checks the property on `cases` generated inputs; throws with the failing input and its seed. */
  check(cases: number, seed?: number): Promise<void>;
}

function fuzzProperty<T>(name: string, stats: FuzzStats, property: fc.IAsyncProperty<[T]>): FuzzProperty {
  return { name, stats, check: (cases, seed) => fc.assert(property, { numRuns: cases, seed }) };
}

async function answer(ctx: FuzzContext, stats: FuzzStats, req: InjectOptions): Promise<LightMyRequestResponse> {
  const began = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ctx.deadlineMs} ms`)), ctx.deadlineMs);
  });
  try {
    const res = await Promise.race([ctx.app.inject(req), deadline]);
    stats.record(res.statusCode, performance.now() - began);
    if (res.statusCode >= 500) throw new Error(`answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
    return res;
  } finally {
    clearTimeout(timer);
  }
}

async function rowsOf(store: Store, table: 'test_results' | 'ci_runs' | 'changes', repo: string): Promise<number> {
  // Table names come from this fixed union, never from input.
  const rs = await store.client.query({
    query: `SELECT count() AS n FROM ${table} WHERE repo = {repo:String}`,
    query_params: { repo },
    format: 'JSONEachRow',
  });
  return Number((await rs.json<{ n: string }>())[0]?.n ?? 0);
}

const freshRepo = () => `fuzz/${randomUUID().slice(0, 12)}`;

function junitProperty(ctx: FuzzContext): FuzzProperty {
  const stats = new FuzzStats();
  const property = fc.asyncProperty(mutated(junitSeeds(ctx.repoRoot, ctx.sharedDir)), async (body) => {
    const repo = freshRepo();
    const res = await answer(ctx, stats, {
      method: 'POST',
      url: `/v1/junit?repo=${encodeURIComponent(repo)}&branch=main&commit=c0ffee`,
      headers: { 'content-type': 'application/xml' },
      payload: body,
    });
    if (res.statusCode >= 400) {
      const stored = (await rowsOf(ctx.store, 'test_results', repo)) + (await rowsOf(ctx.store, 'ci_runs', repo));
      if (stored !== 0) throw new Error(`refused with ${res.statusCode} but stored ${stored} rows`);
      return;
    }
    const { runId, attempts } = res.json<{ runId: string; attempts: number }>();
    const runs = await ctx.app.inject({ method: 'GET', url: `/v1/runs?repo=${encodeURIComponent(repo)}` });
    if (!runs.json<{ runs: { runId: string }[] }>().runs.some((r) => r.runId === runId)) throw new Error(`accepted run ${runId} is not listed`);
    const rows = await rowsOf(ctx.store, 'test_results', repo);
    if (rows !== attempts) throw new Error(`accepted ${attempts} attempts, ${rows} stored`);
  });
  return fuzzProperty('JUnit XML (mutated real reports)', stats, property);
}

function otlpProperty(ctx: FuzzContext, encoding: OtlpEncoding): FuzzProperty {
  const stats = new FuzzStats();
  const seeds = otlpSeeds()[encoding === 'protobuf' ? 'protobuf' : 'json'];
  const property = fc.asyncProperty(mutated(seeds), async (body) => {
    const repo = freshRepo();
    const res = await answer(ctx, stats, {
      method: 'POST',
      url: '/v1/traces',
      headers: { 'content-type': encoding === 'protobuf' ? 'application/x-protobuf' : 'application/json', 'x-signalhouse-repo': repo },
      payload: body,
    });
    if (res.statusCode >= 400) {
      const stored = await rowsOf(ctx.store, 'test_results', repo);
      if (stored !== 0) throw new Error(`refused with ${res.statusCode} but stored ${stored} test results`);
      return;
    }
    // Accepted: every span the export held (as the service's own decoder reads it) can be read back.
    const expected = decodeTraceExport(body, encoding, DEFAULT_DECODE_LIMITS).spans;
    const byTrace = new Map<string, Set<string>>();
    for (const s of expected) byTrace.set(s.traceId, (byTrace.get(s.traceId) ?? new Set()).add(s.spanId));
    for (const [traceId, spanIds] of byTrace) {
      const trace = await ctx.app.inject({ method: 'GET', url: `/v1/traces/${traceId}` });
      const stored = new Set(trace.statusCode === 200 ? trace.json<{ spans: { spanId: string }[] }>().spans.map((s) => s.spanId) : []);
      for (const id of spanIds) if (!stored.has(id)) throw new Error(`accepted span ${traceId}/${id} is not readable`);
    }
  });
  return fuzzProperty(`OTLP ${encoding} (mutated SDK exports)`, stats, property);
}

function changeProperty(ctx: FuzzContext): FuzzProperty {
  const stats = new FuzzStats();
  const bodies = fc.oneof(
    mutated(CHANGE_SEEDS.map((c) => Buffer.from(JSON.stringify(c)))),
    fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v))),
  );
  const property = fc.asyncProperty(bodies, async (body) => {
    // Each case rewrites the repo to its own, where the body still parses and has one.
    const repo = freshRepo();
    let payload = body;
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (parsed && typeof parsed === 'object' && 'repo' in parsed) payload = Buffer.from(JSON.stringify({ ...parsed, repo }));
    } catch {
      // not JSON: sent as is, and must be refused
    }
    for (const url of ['/v1/changes', '/v1/risk']) {
      await answer(ctx, stats, { method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
    }
  });
  return fuzzProperty('change and risk JSON (mutated and arbitrary)', stats, property);
}

const READ_ROUTES = [
  '/v1/runs', '/v1/tests', '/v1/tests/flaky', '/v1/tests/quarantined', '/v1/failures', '/v1/operations', '/v1/changes',
  '/v1/tests/0123456789abcdef', '/v1/tests/0123456789abcdef/history', '/v1/tests/0123456789abcdef/operations',
  '/v1/coverage/hot-paths', '/v1/coverage/hot-paths/services', '/v1/incidents', '/v1/incidents/INC-1', '/v1/suites/regression',
  '/v1/reports/weekly', '/v1/runs/run-1/summary', '/v1/service-paths',
];
const QUERY_KEYS = ['repo', 'limit', 'offset', 'window', 'class', 'branch', 'sinceHours', 'executions', 'commit', 'service', 'environment', 'q', 'week', 'since', 'format', 'sort', 'refresh'];
const ODD_VALUES = ['-1', '0', '1e309', 'NaN', '30d', '0d', '99999999999w', '12h', 'infra', '', '%00', '../..', "' OR 1=1 --", '{repo:String}', '2026-W48', '2026-W99', 'html', 'md', 'true'];

function queryProperty(ctx: FuzzContext): FuzzProperty {
  const stats = new FuzzStats();
  const queries = fc.tuple(
    fc.constantFrom(...READ_ROUTES),
    fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.oneof(fc.constantFrom(...ODD_VALUES), fc.string({ maxLength: 40 }), fc.integer().map(String))), { maxLength: 5 }),
  );
  const property = fc.asyncProperty(queries, async ([route, pairs]) => {
    const qs = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    await answer(ctx, stats, { method: 'GET', url: `${route}?${qs}` });
  });
  return fuzzProperty('query strings of every read route', stats, property);
}

export function fuzzProperties(ctx: FuzzContext): FuzzProperty[] {
  return [junitProperty(ctx), otlpProperty(ctx, 'protobuf'), otlpProperty(ctx, 'json'), changeProperty(ctx), queryProperty(ctx)];
}

/** Inputs built to hurt, each sent once: each must be answered below 500 in time, never crash or hang. */
export function hostileCases(): { name: string; url: string; headers: Record<string, string>; payload: Buffer }[] {
  const xml = { 'content-type': 'application/xml' };
  const junit = '/v1/junit?repo=fuzz/hostile&branch=main&commit=c0ffee';
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
    ']><testsuite name="&lol9;"><testcase name="x"/></testsuite>';
  // A protobuf ExportTraceServiceRequest whose first field (resource_spans, field 1, length-delimited)
  // claims 2^35 bytes.
  const absurdLength = Buffer.from([0x0a, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x00]);
  return [
    { name: 'XML entity expansion (billion laughs)', url: junit, headers: xml, payload: Buffer.from(laughs) },
    { name: 'external entity (XXE)', url: junit, headers: xml, payload: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><testsuite name="&e;"><testcase name="x"/></testsuite>') },
    { name: '100,000 nested elements', url: junit, headers: xml, payload: Buffer.from(`${'<testsuite>'.repeat(100_000)}${'</testsuite>'.repeat(100_000)}`) },
    { name: '100 MB attribute', url: junit, headers: xml, payload: Buffer.from(`<testsuite name="${'A'.repeat(100 * 1024 * 1024)}"><testcase name="x"/></testsuite>`) },
    { name: '20 MB attribute (under the body limit)', url: junit, headers: xml, payload: Buffer.from(`<testsuite name="${'A'.repeat(20 * 1024 * 1024)}"><testcase name="x"/></testsuite>`) },
    { name: 'gzip bomb (256 MB of zeros in 250 KB)', url: junit, headers: { ...xml, 'content-encoding': 'gzip' }, payload: gzipSync(Buffer.alloc(256 * 1024 * 1024)) },
    { name: 'protobuf with an absurd length', url: '/v1/traces', headers: { 'content-type': 'application/x-protobuf' }, payload: absurdLength },
    { name: 'protobuf varint that never ends', url: '/v1/traces', headers: { 'content-type': 'application/x-protobuf' }, payload: Buffer.alloc(64, 0xff) },
    { name: 'JSON nested 100,000 deep', url: '/v1/traces', headers: { 'content-type': 'application/json' }, payload: Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
  ];
}
