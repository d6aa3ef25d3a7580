/**
 * Integration test of the test Kafka broker itself (test/support/kafka.ts,
 * scripts/kafka/*): a real Kafka 4.x KRaft broker, kafkajs admin/producer/consumer,
 * then a crash (SIGKILL) and restart on the same data dir: data produced before the
 * crash must survive and producing must work again.
 *
 * Outside CI the test skips (with a loud warning) when no broker can be started; in CI
 * (CI=true) that is a failure.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startKafkaOrSkip, type KafkaHandle } from './support/kafka.ts';
import { waitFor } from './support/kafka-kit.ts';

const PARTITIONS = 3;
const MESSAGES = 100;
const KEYS = 7;

interface Received {
  partition: number;
  offset: bigint;
  key: string;
  seq: number;
}

function client(brokers: string[], tag: string): Kafka {
  return new Kafka({
    clientId: `signalhouse-int-${tag}`,
    brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 100, retries: 10 },
  });
}

/** Starts a consumer in a new group reading `topic` from the beginning into `sink`. */
async function consumeInto(kafka: Kafka, topic: string, sink: Received[]): Promise<Consumer> {
  const consumer = kafka.consumer({
    groupId: `signalhouse-int-${randomUUID()}`,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
    maxWaitTimeInMs: 100,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const { seq } = JSON.parse(message.value!.toString()) as { seq: number };
      sink.push({ partition, offset: BigInt(message.offset), key: message.key!.toString(), seq });
    },
  });
  return consumer;
}

/** Every seq in [0, n) exactly once, and within each partition in produce order. */
function expectCompleteAndOrdered(received: Received[], n: number): void {
  expect(received.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  const byPartition = new Map<number, Received[]>();
  for (const r of received) byPartition.set(r.partition, [...(byPartition.get(r.partition) ?? []), r]);
  expect(byPartition.size).toBeGreaterThan(1); // keys really spread over partitions
  for (const [, rs] of byPartition) {
    for (let i = 1; i < rs.length; i++) {
      expect(rs[i]!.offset).toBeGreaterThan(rs[i - 1]!.offset);
      expect(rs[i]!.seq).toBeGreaterThan(rs[i - 1]!.seq);
    }
  }
  // Same key -> same partition.
  const partitionOfKey = new Map<string, number>();
  for (const r of received) {
    expect(partitionOfKey.get(r.key) ?? r.partition).toBe(r.partition);
    partitionOfKey.set(r.key, r.partition);
  }
}

async function produce(kafka: Kafka, topic: string, from: number, to: number): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    // Several sequential batches, like a real ingester; acks=-1 (all in-sync replicas).
    for (let start = from; start < to; start += 10) {
      const messages = [];
      for (let seq = start; seq < Math.min(start + 10, to); seq++) {
        messages.push({ key: `key-${seq % KEYS}`, value: JSON.stringify({ seq }) });
      }
      await producer.send({ topic, acks: -1, messages });
    }
  } finally {
    await producer.disconnect();
  }
}

describe('Kafka test broker (KRaft, real JVM)', () => {
  let broker: KafkaHandle | undefined;
  const topic = `signalhouse-int-${randomUUID()}`;
  const toDisconnect: { disconnect(): Promise<void> }[] = [];

  beforeAll(async () => {
    // Isolated: own ports + data dir, because this test kills the broker.
    broker = await startKafkaOrSkip({ isolated: true });
  }, 300_000); // a fresh machine first downloads ~45 MB of jars with Maven

  afterAll(async () => {
    for (const c of toDisconnect.splice(0)) await c.disconnect().catch(() => {});
    await broker?.stop();
  }, 60_000);

  it('creates a topic, produces 100 messages and consumes them in order per partition', async (ctx) => {
    if (!broker) return ctx.skip();
    const kafka = client(broker.brokers, 'a');

    const admin = kafka.admin();
    await admin.connect();
    toDisconnect.push(admin);
    const created = await admin.createTopics({
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    expect(created).toBe(true);
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(meta.topics[0]!.partitions).toHaveLength(PARTITIONS);

    await produce(kafka, topic, 0, MESSAGES);
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0)).toBe(MESSAGES);

    const received: Received[] = [];
    const consumer = await consumeInto(kafka, topic, received);
    toDisconnect.push(consumer);
    await waitFor(`${MESSAGES} messages (got ${received.length})`, () => received.length >= MESSAGES);
    await consumer.disconnect();
    await admin.disconnect();
    toDisconnect.splice(0);

    expect(received).toHaveLength(MESSAGES);
    expectCompleteAndOrdered(received, MESSAGES);
  });

  it('keeps the data across a broker crash (SIGKILL) and restart, and accepts writes again', async (ctx) => {
    if (!broker) return ctx.skip();

    await broker.kill();
    await broker.restart();

    const kafka = client(broker.brokers, 'b');
    const admin = kafka.admin();
    await admin.connect();
    toDisconnect.push(admin);
    expect(await admin.listTopics()).toContain(topic);
    await waitFor('partition leaders after restart', async () => {
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      const ps = meta.topics[0]?.partitions ?? [];
      return ps.length === PARTITIONS && ps.every((p) => p.leader >= 0);
    });

    // Everything produced before the crash is still there, for a brand-new group.
    const received: Received[] = [];
    const consumer = await consumeInto(kafka, topic, received);
    toDisconnect.push(consumer);
    await waitFor(`${MESSAGES} pre-crash messages (got ${received.length})`, () => received.length >= MESSAGES);
    expectCompleteAndOrdered(received.slice(0, MESSAGES), MESSAGES);

    // Producing works again, and the running consumer sees the new messages.
    const total = MESSAGES + 20;
    await produce(kafka, topic, MESSAGES, total);
    await waitFor(`${total} messages (got ${received.length})`, () => received.length >= total);
    expect(received).toHaveLength(total);
    expectCompleteAndOrdered(received, total);
  });
});
