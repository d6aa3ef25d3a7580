import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { DEFAULT_DECODE_LIMITS, decodeTraceExport, type OtlpEncoding } from '../ingestion/otlp/decode.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { createTraceDecoder } from '../src/decode/trace-decoder.ts';
import { migrate } from '../src/store/migrate.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { engineCeiling } from './ceiling.ts';
import { collectGarbage, cpuMeter, fmt, inParallel, line, peakRssMiB, rssSampler, timed } from './measure.ts';
import { settle, startBenchService, type BenchService } from './service-process.ts';
import { rowCount } from '../src/store/row-binary.ts';

// OTLP/HTTP ingestion: requests of 512 spans recorded by the OpenTelemetry JS SDK and serialised by its
// own exporters' serialisers, decoded only, then decoded and stored in the embedded engine, per
// encoding, in one process; then the service's own memory, in a process of its own (bench/service-process.ts).
// Goals: decode + store ≥ 50% of decode-only; ≥ 50k spans/s protobuf stored; the service's peak RSS
// under 600 MiB, and under 400 MiB above idle for one 50 MiB export.
//
//   npm run bench -- otlp [spans=200000] [--in-flight 64]
//
// --in-flight: requests awaiting their store at once, as the HTTP route does (it answers after the rows
// are durable), so it models that many exporters sending concurrently. A busy service has many: at
// 50k spans/s in 512-span requests, ~100 requests arrive a second, each waiting for a flush.
// Besides spans/s it prints, per phase, CPU seconds per 100k spans (the process: JS thread and the
// engine's threads, background merges included) and how busy the JS thread was (event loop
// utilisation): in decode + store, the JS thread decoding while the engine inserts is the overlap
// that two cores allow.

const PER_REQUEST = 512;

function recordSpans(n: number): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout-api', 'deployment.environment.name': 'production', 'host.name': 'web-7' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('bench', '1.0.0');
  for (let i = 0; i < n; i++) {
    const span = tracer.startSpan(i % 4 === 0 ? 'POST /checkout' : `GET /items/{id}`, {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': i % 4 === 0 ? 'POST' : 'GET',
        'http.route': '/items/{id}',
        'http.response.status_code': 200,
        'url.path': `/items/${i}`,
        'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64)',
        'server.address': 'shop.example.com',
        'network.peer.address': `10.0.${i % 250}.${i % 200}`,
        'app.items': i % 7,
      },
    });
    if (i % 10 === 0) span.addEvent('cache.miss', { key: `item:${i}` });
    span.end();
  }
  return exporter.getFinishedSpans();
}

function parseArgs(argv: string[]): { total: number; inFlight: number } {
  const args = { total: 200_000, inFlight: 64 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const n = Number(flag === '--in-flight' ? argv[++i] : flag);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`bench otlp: ${flag} needs a positive integer (usage: [spans] [--in-flight N])`);
    if (flag === '--in-flight') args.inFlight = n;
    else args.total = n;
  }
  return args;
}

export async function run(argv: string[]): Promise<void> {
  const { total, inFlight: IN_FLIGHT } = parseArgs(argv);
  // Every request body is serialised up front and the SDK's span objects dropped: what stays on the
  // heap is bytes, as in the service, so the garbage collector's full collections do not spend their
  // time marking the benchmark's own fixtures.
  const bodiesOf = (() => {
    const spans = recordSpans(total);
    const out: Record<OtlpEncoding, Uint8Array[]> = { protobuf: [], json: [] };
    for (let i = 0; i < spans.length; i += PER_REQUEST) {
      const chunk = spans.slice(i, i + PER_REQUEST);
      out.protobuf.push(ProtobufTraceSerializer.serializeRequest(chunk)!);
      out.json.push(JsonTraceSerializer.serializeRequest(chunk)!);
    }
    return out;
  })();
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-otlp-'));
  // The service's own configuration (defaults, or SIGNALHOUSE_DECODE_WORKERS / _FLUSH_INTERVAL_MS).
  const config = loadConfig({ ...process.env, SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' });
  const store = await openStore(config);
  await migrate(store.client);
  const traces = new TraceWrites(store.writer);
  const decoder = createTraceDecoder(config.SIGNALHOUSE_DECODE_WORKERS, DEFAULT_DECODE_LIMITS, { heapLimitMiB: config.SIGNALHOUSE_DECODE_WORKER_HEAP_MB, nice: config.SIGNALHOUSE_INGEST_NICE });
  process.stdout.write(
    `\n== bench otlp: ${fmt(total)} spans from the OpenTelemetry JS SDK, ${PER_REQUEST} per request, ${IN_FLIGHT} requests in flight, ` +
      `${config.SIGNALHOUSE_DECODE_WORKERS} decode worker(s), flush interval ${config.SIGNALHOUSE_FLUSH_INTERVAL_MS} ms\n`,
  );

  // What the process holds before any request: the engine, and this bench's own request bodies.
  collectGarbage();
  const idleRss = process.memoryUsage.rss() / 2 ** 20;
  const rates: Record<OtlpEncoding, number> = { protobuf: 0, json: 0 };
  const mibPerSpan = bodiesOf.protobuf.reduce((n, b) => n + b.length, 0) / 2 ** 20 / total;
  for (const encoding of ['protobuf', 'json'] as const) {
    const bodies = bodiesOf[encoding];
    const mib = bodies.reduce((n, b) => n + b.length, 0) / 2 ** 20;
    // Warm-up, untimed, for both phases alike: the first requests compile the decoder and the row
    // encoder and make the engine's first insert; a long-running service has long paid for that.
    const warmUp = bodies.slice(0, 8);
    for (const b of warmUp) decodeTraceExport(b, encoding);
    await Promise.all(warmUp.map(async (b, i) => traces.storeEncoded((await decoder.decode(b, encoding)).spans, { sourceId: `bench-${encoding}-warm-up-${i}` })));
    collectGarbage();

    // Reference: the decoder alone on this thread, no rows, no workers.
    const plain = await timed(async () => {
      let n = 0;
      for (const b of bodies) n += decodeTraceExport(b, encoding).spans.length;
      return n;
    });
    collectGarbage();

    // Decode only, as the service decodes (worker threads, rows encoded), then decode + store.
    const decodeOnly = await phase(bodies, IN_FLIGHT, async (b) => rowCount((await decoder.decode(b, encoding)).spans.rows));
    collectGarbage();
    const before = { inserts: store.writer.stats.inserts.spans ?? 0 };
    const stored = await phase(bodies, IN_FLIGHT, async (b, i) => {
      const decoded = await decoder.decode(b, encoding);
      return (await traces.storeEncoded(decoded.spans, { sourceId: `bench-${encoding}-${i}` })).spans;
    });
    const spanInserts = (store.writer.stats.inserts.spans ?? 0) - before.inserts;
    const ratio = (100 * stored.rate) / decodeOnly.rate;
    rates[encoding] = stored.rate;
    line(`${encoding}: request bytes`, `${fmt(mib, 1)} MiB`);
    line(`${encoding}: decode on one thread (reference)`, `${fmt(plain.value / plain.seconds)} spans/s`);
    line(`${encoding}: decode only (service path)`, `${fmt(decodeOnly.rate)} spans/s (peak RSS ${fmt(decodeOnly.peakRss)} MiB)`);
    line(`${encoding}: decode + store (embedded)`, `${fmt(stored.rate)} spans/s (peak RSS ${fmt(stored.peakRss)} MiB)`);
    line(`${encoding}: ratio decode+store / decode-only`, `${fmt(ratio, 1)} %  (goal ≥ 50 %)`);
    line(`${encoding}: CPU s per 100k spans, decode`, `${fmt(decodeOnly.cpuPer100k, 2)} (JS thread busy ${fmt(100 * decodeOnly.jsBusy)} %)`);
    line(
      `${encoding}: CPU s per 100k spans, decode+store`,
      `${fmt(stored.cpuPer100k, 2)} (JS thread busy ${fmt(100 * stored.jsBusy)} %; ` +
        `${fmt(spanInserts)} span inserts, ${fmt(stored.spans / Math.max(1, spanInserts))} spans each)`,
    );
  }
  await decoder.close();
  const rs = await store.client.query({ query: 'SELECT uniqExact(trace_id, span_id) AS n FROM spans', format: 'JSONEachRow' });
  line('distinct spans counted back', `${fmt(Number((await rs.json<{ n: string }>())[0]!.n))} of ${fmt(total)} (each sent twice: protobuf and JSON)`);
  // The engine alone: the protobuf phase's spans (one copy of each) from Native files, new trace ids.
  const ceiling = await engineCeiling(store.client, {
    table: 'spans',
    where: 'service_name = {service:String}',
    params: { service: 'checkout-api' },
    replace: `concat('c', trace_id) AS trace_id`,
    rowsPerInsert: 25_000,
    exclude: ['ingested_at'],
  });
  line('engine ceiling (Native files, same spans)', `${fmt(ceiling.rate)} spans/s (${fmt(ceiling.rows)} rows in ${fmt(ceiling.seconds, 2)} s; ${fmt(ceiling.cpuPer100k, 2)} CPU s per 100k)`);
  for (const encoding of ['protobuf', 'json'] as const) {
    line(`${encoding}: decode + store as a share of it`, `${fmt((100 * rates[encoding]) / ceiling.rate, 1)} %`);
  }
  line('bench process RSS before the phases', `${fmt(idleRss)} MiB (the SDK's spans and the request bodies are most of it)`);
  line('bench process peak RSS', `${fmt(peakRssMiB())} MiB`);
  await store.close();

  // The service's own memory: the service as `npm start` runs it, in a process of its own, the
  // protobuf bodies sent to POST /v1/traces over HTTP; then one export just under the 50 MiB body limit
  // on a fresh, warmed-up, idle service.
  const send = async (svc: BenchService, body: Uint8Array) => {
    const res = await fetch(`${svc.url}/v1/traces`, { method: 'POST', body: body as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'application/x-protobuf' } });
    if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  const svc = await startBenchService(join(dir, 'service'));
  const warm = bodiesOf.protobuf.slice(0, 8);
  await Promise.all(warm.map((b) => send(svc, b)));
  const svcIdle = await settle(svc);
  svc.resetPeak();
  const cpu0 = svc.cpuSeconds();
  const overHttp = await timed(() => inParallel(bodiesOf.protobuf, IN_FLIGHT, async (b) => (await send(svc, b), PER_REQUEST)));
  const svcCpu = svc.cpuSeconds() - cpu0;
  const svcPeak = svc.peakMiB();
  await svc.stop();
  line('service process: protobuf over HTTP', `${fmt(overHttp.value / overHttp.seconds)} spans/s (${fmt((svcCpu * 100_000) / overHttp.value, 2)} CPU s per 100k spans)`);
  line('service process: RSS idle → peak', `${fmt(svcIdle)} → ${fmt(svcPeak)} MiB (${fmt(svcPeak - svcIdle)} MiB above idle; goal peak < 600 MiB)`);

  bodiesOf.protobuf.length = 0;
  bodiesOf.json.length = 0;
  collectGarbage();
  const target = 48 * 2 ** 20;
  const perSpan = mibPerSpan * 2 ** 20;
  const bigExport = ProtobufTraceSerializer.serializeRequest(recordSpans(Math.floor((target / perSpan) * 0.97)))!;
  const fresh = await startBenchService(join(dir, 'service-big'));
  await Promise.all(warm.map((b) => send(fresh, b)));
  const beforeBig = await settle(fresh);
  fresh.resetPeak();
  const big = await timed(() => send(fresh, bigExport));
  const bigPeak = fresh.peakMiB();
  await fresh.stop();
  line(
    `one ${fmt(bigExport.length / 2 ** 20, 1)} MiB export (protobuf)`,
    `${fmt(big.seconds, 2)} s; service peak RSS ${fmt(bigPeak)} MiB, ${fmt(bigPeak - beforeBig)} MiB above idle (${fmt(beforeBig)} MiB; goal < 400 MiB above)`,
  );
  rmSync(dir, { recursive: true, force: true });
}

interface Phase {
  spans: number;
  rate: number;
  peakRss: number;
  cpuPer100k: number;
  jsBusy: number;
}

/**
 * Every body through `handle` with up to `inFlight` at once. Each request starts in its own turn of
 * the event loop, as HTTP requests do, so completions (a decoded body, a finished insert) are handled
 * between them rather than after a run of synchronous work.
 */
async function phase(bodies: Uint8Array[], inFlight: number, handle: (body: Uint8Array, i: number) => Promise<number>): Promise<Phase> {
  const rss = rssSampler();
  const cpu = cpuMeter();
  const done = await timed(() => inParallel(bodies, inFlight, handle));
  const peakRss = rss.stop();
  const use = cpu.stop();
  return {
    spans: done.value,
    rate: done.value / done.seconds,
    peakRss,
    cpuPer100k: (use.cpuSeconds * 100_000) / done.value,
    jsBusy: use.jsBusy,
  };
}
