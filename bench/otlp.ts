import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { decodeTraceExport, type OtlpEncoding } from '../ingestion/otlp/decode.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { migrate } from '../src/store/migrate.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { collectGarbage, cpuMeter, fmt, line, peakRssMiB, rssSampler, timed } from './measure.ts';

// OTLP/HTTP ingestion: requests of 512 spans recorded by the OpenTelemetry JS SDK and serialised by its
// own exporters' serialisers, decoded only, then decoded and stored in the embedded engine, per
// encoding, in one process. Goals: decode + store ≥ 50% of decode-only; ≥ 50k spans/s protobuf stored.
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
  const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' }));
  await migrate(store.client);
  const traces = new TraceWrites(store.writer);
  process.stdout.write(
    `\n== bench otlp: ${fmt(total)} spans from the OpenTelemetry JS SDK, ${PER_REQUEST} per request, ${IN_FLIGHT} requests in flight\n`,
  );

  for (const encoding of ['protobuf', 'json'] as const) {
    const bodies = bodiesOf[encoding];
    const mib = bodies.reduce((n, b) => n + b.length, 0) / 2 ** 20;
    // Warm-up, untimed, for both phases alike: the first requests compile the decoder and the row
    // encoder and make the engine's first insert; a long-running service has long paid for that.
    const warmUp = bodies.slice(0, 4);
    for (const b of warmUp) decodeTraceExport(b, encoding);
    await Promise.all(warmUp.map((b, i) => traces.store(decodeTraceExport(b, encoding).spans, { sourceId: `bench-${encoding}-warm-up-${i}` })));
    collectGarbage();
    const decodeRss = rssSampler();
    const decodeCpu = cpuMeter();
    const decoded = await timed(async () => {
      let n = 0;
      for (const b of bodies) n += decodeTraceExport(b, encoding).spans.length;
      return n;
    });
    const decodePeak = decodeRss.stop();
    const decodeUse = decodeCpu.stop();
    collectGarbage();
    const storeRss = rssSampler();
    const storeCpu = cpuMeter();
    const before = { flushes: store.writer.stats.flushes, inserts: store.writer.stats.inserts.spans ?? 0 };
    const inFlight = new Set<Promise<void>>();
    const stored = await timed(async () => {
      let n = 0;
      for (const [i, b] of bodies.entries()) {
        const d = decodeTraceExport(b, encoding);
        const job = traces.store(d.spans, { sourceId: `bench-${encoding}-${i}` }).then((r) => {
          n += r.spans;
          inFlight.delete(job);
        });
        inFlight.add(job);
        if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      return n;
    });
    const storePeak = storeRss.stop();
    const storeUse = storeCpu.stop();
    const spanInserts = (store.writer.stats.inserts.spans ?? 0) - before.inserts;
    const decodeRate = decoded.value / decoded.seconds;
    const storeRate = stored.value / stored.seconds;
    line(`${encoding}: request bytes`, `${fmt(mib, 1)} MiB`);
    line(`${encoding}: decode only`, `${fmt(decodeRate)} spans/s (peak RSS ${fmt(decodePeak)} MiB)`);
    line(`${encoding}: decode + store (embedded)`, `${fmt(storeRate)} spans/s (peak RSS ${fmt(storePeak)} MiB)`);
    line(`${encoding}: ratio decode+store / decode-only`, `${fmt((100 * storeRate) / decodeRate, 1)} %  (goal ≥ 50 %)`);
    const perSpans = (cpuSeconds: number, n: number) => fmt((cpuSeconds * 100_000) / n, 2);
    line(`${encoding}: CPU s per 100k spans, decode`, `${perSpans(decodeUse.cpuSeconds, decoded.value)} (JS thread busy ${fmt(100 * decodeUse.jsBusy)} %)`);
    line(
      `${encoding}: CPU s per 100k spans, decode+store`,
      `${perSpans(storeUse.cpuSeconds, stored.value)} (JS thread busy ${fmt(100 * storeUse.jsBusy)} %; ` +
        `${fmt(spanInserts)} span inserts, ${fmt(stored.value / Math.max(1, spanInserts))} spans each)`,
    );
  }
  const rs = await store.client.query({ query: 'SELECT uniqExact(trace_id, span_id) AS n FROM spans', format: 'JSONEachRow' });
  line('distinct spans counted back', `${fmt(Number((await rs.json<{ n: string }>())[0]!.n))} of ${fmt(total)} (each sent twice: protobuf and JSON)`);
  line('peak RSS of the process', `${fmt(peakRssMiB())} MiB`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
