/**
 * The deployments topic on a real Kafka broker (test/support/kafka.ts) and the real ClickHouse
 * engine: events become deployments as POST /v1/deployments stores them, an invalid one becomes a
 * dead letter with the API's reason, and the partition moves on.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafkaIngestion, type KafkaIngestion } from '../src/kafka/ingestion.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { readDeployment } from '../src/store/deployments.ts';
import { startKafkaOrSkip, type KafkaHandle } from './support/kafka.ts';
import { createTopics, testIngestionOptions, testLog as log, testTraceDecoder, topicNames, waitFor } from './support/kafka-kit.ts';
import { testStore } from './support/store.ts';

let broker: KafkaHandle | undefined;
let admin: Admin;
let producer: Producer;
let store: Store;
let ingestion: KafkaIngestion | undefined;
const traceDecoder = testTraceDecoder();

beforeAll(async () => {
  store = await testStore();
  broker = await startKafkaOrSkip();
  if (!broker) return;
  const kafka = new Kafka({ clientId: 'signalhouse-int-deployments', brokers: broker.brokers, logLevel: logLevel.WARN });
  admin = kafka.admin();
  await admin.connect();
  producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
}, 300_000);

afterAll(async () => {
  await ingestion?.stop().catch(() => {});
  await producer?.disconnect().catch(() => {});
  await admin?.disconnect().catch(() => {});
  await broker?.stop();
  await traceDecoder.close();
}, 60_000);

describe('Kafka deployments topic', () => {
  it('stores deployment events and dead-letters an invalid one', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = topicNames();
    await createTopics(admin, 1, t.spans, t.junit, t.incidents, t.deployments);
    const options = testIngestionOptions(broker.brokers, t);
    ingestion = await startKafkaIngestion(store, { ...options, topics: { ...options.topics, deployments: t.deployments } }, log, { traceDecoder });
    const id = `dep-${randomUUID().slice(0, 8)}`;
    const event = { id, service: 'shop-api', version: '1.2.3', environment: 'production', at: '2026-12-03T09:00:00Z', commit: 'abc' };
    await producer.send({
      topic: t.deployments,
      acks: -1,
      messages: [{ value: JSON.stringify(event) }, { value: JSON.stringify({ service: 'shop-api' }) }, { value: JSON.stringify({ ...event, version: '1.2.4' }) }],
    });
    await waitFor('deployments stored', () => ingestion!.stats().deployments === 2 && ingestion!.stats().deadLetters === 1, 60_000);
    // Both events named one id: the second replaced the first.
    expect(await readDeployment(store.client, id)).toMatchObject({ service: 'shop-api', version: '1.2.4', environment: 'production', commit: 'abc' });
    const rs = await store.client.query({ query: 'SELECT reason FROM dead_letters WHERE topic = {t:String}', query_params: { t: t.deployments }, format: 'JSONEachRow' });
    const [dead] = await rs.json<{ reason: string }>();
    expect(dead!.reason).toMatch(/^BAD_DEPLOYMENT: not a deployment event: version: .*environment: .*at: /);
  }, 120_000);
});
