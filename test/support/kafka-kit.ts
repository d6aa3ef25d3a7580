/**
 * What the Kafka integration tests share besides the broker (kafka.ts): polling for a condition,
 * fresh topic names per test, topics that are ready to use, the bytes an OpenTelemetry exporter
 * writes, and a consumer log that SIGNALHOUSE_TEST_KAFKA_LOG=1 prints.
 */
import { randomUUID } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Admin } from 'kafkajs';
import type { KafkaIngestionOptions } from '../../src/kafka/ingestion.ts';
import { silentLogger, type Logger } from '../../src/kafka/logger.ts';
import { DEFAULT_DECODE_LIMITS } from '../../ingestion/otlp/decode.ts';
import { createTraceDecoder, type TraceDecoder } from '../../src/decode/trace-decoder.ts';

export const testLog: Logger =
  process.env.SIGNALHOUSE_TEST_KAFKA_LOG === '1'
    ? {
        debug: (o, m) => console.debug(m, o),
        info: (o, m) => console.info(m, o),
        warn: (o, m) => console.warn(m, o),
        error: (o, m) => console.error(m, o),
      }
    : silentLogger;

/** Polls `cond` until it is true or the deadline passes (then fails naming `what`). */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export type TopicNames = ReturnType<typeof topicNames>;

/** Topic and consumer-group names of one test, so tests never see each other's messages. */
export function topicNames() {
  const id = randomUUID().slice(0, 8);
  return { spans: `spans-${id}`, junit: `junit-${id}`, incidents: `incidents-${id}`, deployments: `deployments-${id}`, group: `group-${id}` };
}

/**
 * Creates the topics and waits until every partition has a leader. Tried again until then: a broker
 * that has just started may answer for a moment that it does not host a topic it has just created.
 */
export async function createTopics(admin: Admin, partitions: number, ...names: string[]): Promise<void> {
  await waitFor(`topics ${names.join(', ')}`, async () => {
    try {
      await admin.createTopics({ topics: names.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })) });
      const meta = await admin.fetchTopicMetadata({ topics: names });
      return meta.topics.every((t) => t.partitions.length === partitions && t.partitions.every((p) => p.leader >= 0));
    } catch {
      return false;
    }
  });
}

/** `spans` spans with fresh ids, recorded by the SDK and serialised by the OpenTelemetry JS exporters' own serialisers. */
export function otlpBatch(service: string, spans: number, encoding: 'protobuf' | 'json' = 'protobuf'): Buffer {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'deployment.environment.name': 'test' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('signalhouse.kafka-test', '1.0.0');
  for (let i = 0; i < spans; i++) tracer.startSpan(`GET /item/${i % 7}`, { kind: SpanKind.SERVER, attributes: { 'item.index': i } }).end();
  const finished = exporter.getFinishedSpans();
  const bytes = encoding === 'protobuf' ? ProtobufTraceSerializer.serializeRequest(finished) : JsonTraceSerializer.serializeRequest(finished);
  return Buffer.from(bytes!);
}

/** Consumer options for a test's topics: quick commits and fetches, so a test waits seconds, not minutes. */
/** The service's decoder with one worker thread: the Kafka tests read spans through it, as the service does. */
export function testTraceDecoder(): TraceDecoder {
  return createTraceDecoder(1, DEFAULT_DECODE_LIMITS);
}

export function testIngestionOptions(brokers: string[], t: TopicNames): KafkaIngestionOptions {
  return {
    brokers,
    groupId: t.group,
    // Deployments off unless a test creates its topic (a consumer waits for topics that do not exist).
    topics: { spans: t.spans, junit: t.junit, incidents: t.incidents, deployments: null },
    commitIntervalMs: 200,
    client: { maxWaitTimeMs: 100, sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000 },
  };
}
