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
import { fmt, line, peakRssMiB, rssSampler, timed } from './measure.ts';

// OTLP/HTTP ingestion: requests of 512 spans recorded by the OpenTelemetry JS SDK and serialised by its
// own exporters' serialisers, decoded only, then decoded and stored in the embedded engine, per
// encoding, in one process. Goals: decode + store ≥ 50% of decode-only; ≥ 50k spans/s protobuf stored.

const PER_REQUEST = 512;
const IN_FLIGHT = 8;

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

export async function run(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 200_000);
  const spans = recordSpans(total);
  const requests = (encoding: OtlpEncoding) => {
    const out: Uint8Array[] = [];
    for (let i = 0; i < spans.length; i += PER_REQUEST) {
      const chunk = spans.slice(i, i + PER_REQUEST);
      out.push((encoding === 'protobuf' ? ProtobufTraceSerializer : JsonTraceSerializer).serializeRequest(chunk)!);
    }
    return out;
  };
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-otlp-'));
  const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' }));
  await migrate(store.client);
  const traces = new TraceWrites(store.writer);
  process.stdout.write(`\n== bench otlp: ${fmt(total)} spans from the OpenTelemetry JS SDK, ${PER_REQUEST} per request\n`);

  for (const encoding of ['protobuf', 'json'] as const) {
    const bodies = requests(encoding);
    const mib = bodies.reduce((n, b) => n + b.length, 0) / 2 ** 20;
    const decodeRss = rssSampler();
    const decoded = await timed(async () => {
      let n = 0;
      for (const b of bodies) n += decodeTraceExport(b, encoding).spans.length;
      return n;
    });
    const decodePeak = decodeRss.stop();
    const storeRss = rssSampler();
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
    const decodeRate = decoded.value / decoded.seconds;
    const storeRate = stored.value / stored.seconds;
    line(`${encoding}: request bytes`, `${fmt(mib, 1)} MiB`);
    line(`${encoding}: decode only`, `${fmt(decodeRate)} spans/s (peak RSS ${fmt(decodePeak)} MiB)`);
    line(`${encoding}: decode + store (embedded)`, `${fmt(storeRate)} spans/s (peak RSS ${fmt(storePeak)} MiB)`);
    line(`${encoding}: ratio decode+store / decode-only`, `${fmt((100 * storeRate) / decodeRate, 1)} %  (goal ≥ 50 %)`);
  }
  const rs = await store.client.query({ query: 'SELECT uniqExact(trace_id, span_id) AS n FROM spans', format: 'JSONEachRow' });
  line('distinct spans counted back', `${fmt(Number((await rs.json<{ n: string }>())[0]!.n))} of ${fmt(total)} (each sent twice: protobuf and JSON)`);
  line('peak RSS of the process', `${fmt(peakRssMiB())} MiB`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
