import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { decodeSpansMessage } from '../ingestion/kafka/spans.ts';
import { DEFAULT_DECODE_LIMITS } from '../ingestion/otlp/decode.ts';
import { loadConfig } from '../src/config/config.ts';
import { createTraceDecoder } from '../src/decode/trace-decoder.ts';
import { KAFKA_DEFAULTS, startKafkaIngestion } from '../src/kafka/ingestion.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { migrate } from '../src/store/migrate.ts';
import { startKafka, type KafkaHandle } from '../test/support/kafka.ts';
import { fmt, line, rssSampler, timed } from './measure.ts';
import { rowCount } from '../src/store/row-binary.ts';

// Kafka ingestion of a span backlog: N spans recorded by the OpenTelemetry JS SDK, serialised by its
// protobuf serialiser (the bytes the Collector's Kafka exporter writes with `otlp_proto`), 512 per
// message, produced to a real broker first; then the consumer drains the backlog into the embedded
// engine while RSS is sampled. Baseline in the same process: decode + RowBinary row encoding of a
// sample of the same messages, without Kafka or the store. Goal: memory flat while a 5M-span backlog
// drains.
//
//   npm run bench -- kafka [--spans 500000] [--per-message 512] [--partitions 3]
//                          [--max-in-flight-rows 50000] [--brokers host:port]
// Without --brokers it starts (or reuses) the test broker of scripts/kafka/ (Java 17 + Maven).

interface Args {
  spans: number;
  perMessage: number;
  partitions: number;
  maxInFlightRows: number;
  brokers: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { spans: 500_000, perMessage: 512, partitions: 3, maxInFlightRows: KAFKA_DEFAULTS.maxInFlightRows, brokers: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    const num = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer`);
      i++;
      return n;
    };
    if (flag === '--spans') args.spans = num();
    else if (flag === '--per-message') args.perMessage = num();
    else if (flag === '--partitions') args.partitions = num();
    else if (flag === '--max-in-flight-rows') args.maxInFlightRows = num();
    else if (flag === '--brokers' && value) {
      args.brokers = value;
      i++;
    } else if (/^\d+$/.test(flag)) args.spans = Number(flag);
    else throw new Error(`unknown argument ${flag}`);
  }
  return args;
}

/** One message: `n` spans with fresh ids from the SDK, as the Collector would forward them. */
function spanBatch(service: string, n: number, seq: number): Buffer {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'deployment.environment.name': 'production', 'host.name': `web-${seq % 8}` }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('bench-kafka', '1.0.0');
  for (let i = 0; i < n; i++) {
    const span = tracer.startSpan(i % 4 === 0 ? 'POST /checkout' : 'GET /items/{id}', {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': i % 4 === 0 ? 'POST' : 'GET',
        'http.route': '/items/{id}',
        'http.response.status_code': i % 50 === 0 ? 500 : 200,
        'url.path': `/items/${seq * n + i}`,
        'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64)',
        'server.address': 'shop.example.com',
        'network.peer.address': `10.0.${i % 250}.${seq % 200}`,
      },
    });
    if (i % 10 === 0) span.addEvent('cache.miss', { key: `item:${i}` });
    span.end();
  }
  return Buffer.from(ProtobufTraceSerializer.serializeRequest(exporter.getFinishedSpans())!);
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const messages = Math.ceil(args.spans / args.perMessage);
  const total = messages * args.perMessage;
  let broker: KafkaHandle | null = null;
  const brokers = args.brokers ? args.brokers.split(',') : (broker = await startKafka()).brokers;
  const id = `${Date.now()}`;
  const topic = `bench-spans-${id}`;
  const service = `bench-kafka-${id}`;
  const kafka = new Kafka({ clientId: 'signalhouse-bench', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  // A broker that has just started may say for a moment that it does not host a new topic.
  for (let tries = 1; ; tries++) {
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: args.partitions, replicationFactor: 1 }], waitForLeaders: true });
      break;
    } catch (e) {
      if (tries >= 20) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  process.stdout.write(
    `\n== bench kafka: ${fmt(total)} spans as otlp_proto, ${args.perMessage} per message (${fmt(messages)} messages), ${args.partitions} partitions\n`,
  );

  // 1. The backlog.
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const sample: Buffer[] = [];
  let bytes = 0;
  const produced = await timed(async () => {
    // Sends stay under the broker's default batch limit (message.max.bytes, about 1 MB).
    let pending: Message[] = [];
    let pendingBytes = 0;
    for (let m = 0; m < messages; m++) {
      const value = spanBatch(service, args.perMessage, m);
      bytes += value.length;
      if (sample.length < 100) sample.push(value);
      if (pending.length > 0 && pendingBytes + value.length > 800_000) {
        await producer.send({ topic, acks: -1, messages: pending });
        pending = [];
        pendingBytes = 0;
      }
      pending.push({ key: String(m), value });
      pendingBytes += value.length;
    }
    if (pending.length > 0) await producer.send({ topic, acks: -1, messages: pending });
  });
  await producer.disconnect();
  line('backlog produced', `${fmt(bytes / 2 ** 20, 1)} MiB in ${fmt(produced.seconds, 1)} s`);

  // 2. Baseline: decode + row encoding (RowBinary, as the store writes them) only, same bytes, no Kafka,
  // no store, through the service's decoder (its worker threads, all kept busy).
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-bench-kafka-'));
  const config = loadConfig({ ...process.env, SIGNALHOUSE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' });
  const traceDecoder = createTraceDecoder(config.SIGNALHOUSE_DECODE_WORKERS, DEFAULT_DECODE_LIMITS);
  const decodeSample = () =>
    Promise.all(
      sample.map(async (value) => {
        const msg = { topic, partition: 0, offset: '0', key: null, value, headers: {}, timestampMs: 0 };
        const d = await decodeSpansMessage(msg, 'otlp_proto', (body, encoding) => traceDecoder.decode(body, encoding));
        return rowCount(d.spans.rows);
      }),
    );
  await decodeSample(); // warm-up
  const baseline = await timed(async () => {
    let n = 0;
    for (let r = 0; r < 3; r++) for (const count of await decodeSample()) n += count;
    return n;
  });
  const baselineRate = baseline.value / baseline.seconds;

  // 3. Drain the backlog into the embedded engine.
  const store = await openStore(config);
  await migrate(store.client);
  const rssBefore = process.memoryUsage.rss() / 2 ** 20;
  const rss = rssSampler();
  const timeline: { done: number; rss: number }[] = [];
  let peakInFlightRows = 0;
  const ingestion = await startKafkaIngestion(store, {
    brokers,
    groupId: `bench-${id}`,
    topics: { spans: topic, junit: null, incidents: null },
    maxInFlightRows: args.maxInFlightRows,
  }, undefined, { traceDecoder });
  const drained = await timed(async () => {
    let mark = 1; // tenths of the backlog
    for (;;) {
      const s = ingestion.stats();
      peakInFlightRows = Math.max(peakInFlightRows, s.inFlightRows);
      const done = s.durable / messages;
      while (mark <= 10 && s.durable * 10 >= mark * messages) {
        timeline.push({ done, rss: process.memoryUsage.rss() / 2 ** 20 });
        mark++;
      }
      if (s.durable >= messages) return s;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await ingestion.stop();
  await traceDecoder.close();
  const drainPeak = rss.stop();
  const rate = total / drained.seconds;

  const rs = await store.client.query({
    query: 'SELECT uniqExact(trace_id, span_id) AS n FROM spans WHERE service_name = {s:String}',
    query_params: { s: service },
    format: 'JSONEachRow',
  });
  const counted = Number((await rs.json<{ n: string }>())[0]!.n);
  const [committed] = await admin.fetchOffsets({ groupId: `bench-${id}`, topics: [topic] });
  const committedMessages = (committed?.partitions ?? []).reduce((n, p) => n + Number(p.offset), 0);

  line('baseline: decode + row encoding only', `${fmt(baselineRate)} spans/s`);
  line('consume + decode + store (embedded engine)', `${fmt(rate)} spans/s (${fmt(drained.seconds, 1)} s)`);
  line('ratio consume+store / baseline', `${fmt((100 * rate) / baselineRate, 1)} %`);
  line('RSS before draining', `${fmt(rssBefore)} MiB`);
  line('peak RSS while draining', `${fmt(drainPeak)} MiB`);
  line('RSS at 10 %, 20 %, … of the backlog', timeline.map((t) => fmt(t.rss)).join(' ') + ' MiB');
  line('peak rows in flight (cap)', `${fmt(peakInFlightRows)} (${fmt(args.maxInFlightRows)})`);
  line('spans counted back / committed messages', `${fmt(counted)} of ${fmt(total)} / ${fmt(committedMessages)} of ${fmt(messages)}`);

  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  await broker?.stop();
}
