/**
 * Kafka ingestion end to end: a real Kafka 4 broker (test/support/kafka.ts), kafkajs producing the
 * bytes real producers send, the consumer of src/kafka, and the real ClickHouse engine. Each test
 * has its own topics, consumer group and repo / service name.
 *
 * Outside CI the tests skip (loudly) when no broker can be started; in CI that is a failure.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Kafka, logLevel, type Admin, type Message, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafkaIngestion, type KafkaIngestion, type KafkaIngestionOptions } from '../src/kafka/ingestion.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { javaConsoleProduce, startKafkaOrSkip, storedBatchCodecs, type KafkaHandle } from './support/kafka.ts';
import { createTopics, otlpBatch, testIngestionOptions, testLog as log, testTraceDecoder, topicNames as names, waitFor, type TopicNames } from './support/kafka-kit.ts';
import { countRows, testStore, uniqueRepo } from './support/store.ts';

let broker: KafkaHandle | undefined;
let kafka: Kafka;
let admin: Admin;
let producer: Producer;
let store: Store;
const running: KafkaIngestion[] = [];

beforeAll(async () => {
  store = await testStore();
  broker = await startKafkaOrSkip();
  if (!broker) return;
  kafka = new Kafka({ clientId: 'signalhouse-int-producer', brokers: broker.brokers, logLevel: logLevel.WARN });
  admin = kafka.admin();
  await admin.connect();
  producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
}, 300_000); // a fresh machine first downloads the broker's jars

const traceDecoder = testTraceDecoder();

afterAll(async () => {
  for (const i of running.splice(0)) await i.stop().catch(() => {});
  await producer?.disconnect().catch(() => {});
  await admin?.disconnect().catch(() => {});
  await broker?.stop();
  await traceDecoder.close(); // after the consumers: they decode until they have drained
}, 60_000);

// --- helpers -----------------------------------------------------------------------------------

const topics = (partitions: number, ...topicNames: string[]) => createTopics(admin, partitions, ...topicNames);

async function ingest(t: TopicNames, options: Partial<KafkaIngestionOptions> = {}): Promise<KafkaIngestion> {
  const ingestion = await startKafkaIngestion(
    store,
    { ...testIngestionOptions(broker!.brokers, t), ...options },
    log,
    { traceDecoder },
  );
  running.push(ingestion);
  return ingestion;
}

async function stop(ingestion: KafkaIngestion): Promise<void> {
  running.splice(running.indexOf(ingestion), 1);
  await ingestion.stop();
}

async function send(topic: string, messages: Message[]): Promise<void> {
  await producer.send({ topic, acks: -1, messages });
}

async function scalar(query: string, params: Record<string, unknown>): Promise<number> {
  const rs = await store.client.query({ query, query_params: params, format: 'JSONEachRow' });
  const rows = await rs.json<{ n: string }>();
  return Number(rows[0]?.n ?? 0);
}

/** Spans of a service, each counted once however often it was delivered (ReplacingMergeTree). */
const spansOf = (service: string) => scalar('SELECT count() AS n FROM spans FINAL WHERE service_name = {s:String}', { s: service });
const deadLettersOf = (topic: string) =>
  scalar('SELECT uniqExact(partition, offset) AS n FROM dead_letters WHERE topic = {t:String}', { t: topic });

async function deadLetters(topic: string) {
  const rs = await store.client.query({
    query: 'SELECT partition, offset, key, value_b64, headers, reason FROM dead_letters WHERE topic = {t:String} ORDER BY partition, toUInt64(offset)',
    query_params: { t: topic },
    format: 'JSONEachRow',
  });
  return rs.json<{ partition: number; offset: string; key: string; value_b64: string; headers: Record<string, string>; reason: string }>();
}

/** The group's committed offsets of a topic, summed over partitions, and the topic's end offsets. */
async function progress(group: string, topic: string): Promise<{ committed: number; end: number }> {
  const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
  const ends = await admin.fetchTopicOffsets(topic);
  return {
    committed: (committed?.partitions ?? []).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0),
    end: ends.reduce((n, p) => n + Number(p.high), 0),
  };
}

async function caughtUp(group: string, topic: string): Promise<boolean> {
  const p = await progress(group, topic);
  return p.end > 0 && p.committed === p.end;
}

const JUNIT_XML = () => readFileSync(`${SHARED_JUNIT}pytest/junit.fail.xml`); // 5 test cases

// --- tests -------------------------------------------------------------------------------------

describe('Kafka ingestion (real broker, real ClickHouse engine)', () => {
  it('stores spans from otlp_proto messages, as the Collector Kafka exporter writes them, and commits', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(2, t.spans, t.junit, t.incidents);
    const service = `svc-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 6; i++) await send(t.spans, [{ key: `k${i}`, value: otlpBatch(service, 40) }]);
    const ingestion = await ingest(t);
    await waitFor('240 spans', async () => (await spansOf(service)) === 240);
    await waitFor('offsets committed to the end', () => caughtUp(t.group, t.spans));
    expect(ingestion.stats()).toMatchObject({ deadLetters: 0, spans: 240 });
    await stop(ingestion);
  });

  it('starts before its topics exist (the broker creates them), then stores what is produced', async (ctx) => {
    if (!broker) return ctx.skip();
    // A fresh broker with auto.create.topics.enable (Kafka's default): the service often starts before
    // any producer. Found with a real OpenTelemetry Collector: start-up failed with "This server does
    // not host this topic-partition" while the broker was still creating the topics.
    const t = names();
    const ingestion = await ingest(t);
    const service = `svc-${randomUUID().slice(0, 8)}`;
    await send(t.spans, [{ value: otlpBatch(service, 12) }]);
    await waitFor('12 spans', async () => (await spansOf(service)) === 12);
    await waitFor('offsets committed', () => caughtUp(t.group, t.spans));
    await stop(ingestion);
  });

  it('stores spans from otlp_json messages when the topic is configured so', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(1, t.spans, t.junit, t.incidents);
    const service = `svc-${randomUUID().slice(0, 8)}`;
    await send(t.spans, [{ value: otlpBatch(service, 25, 'json') }, { value: otlpBatch(service, 5, 'json') }]);
    const ingestion = await ingest(t, { spansEncoding: 'otlp_json' });
    await waitFor('30 spans', async () => (await spansOf(service)) === 30);
    await waitFor('offsets committed', () => caughtUp(t.group, t.spans));
    expect(await deadLettersOf(t.spans)).toBe(0);
    await stop(ingestion);
  });

  it('reads record batches compressed with gzip, snappy, lz4 and zstd by the Java producer', async (ctx) => {
    if (!broker) return ctx.skip();
    for (const codec of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
      const t = names();
      await topics(1, t.spans, t.junit, t.incidents);
      const service = `svc-${codec}-${randomUUID().slice(0, 8)}`;
      // OTLP/JSON is one line per request, which the console producer sends as one record each.
      const lines = Array.from({ length: 12 }, () => otlpBatch(service, 10, 'json').toString('utf8'));
      await javaConsoleProduce(broker.brokers, t.spans, lines, codec);
      if (broker.dataDir) {
        // The broker kept the producer's batches as they came: compressed, several records each.
        const codecs = await storedBatchCodecs(broker.dataDir, t.spans);
        expect(codecs.length).toBeGreaterThan(0);
        expect(codecs.length).toBeLessThan(lines.length);
        expect(new Set(codecs)).toEqual(new Set([codec]));
      }
      const ingestion = await ingest(t, { spansEncoding: 'otlp_json' });
      await waitFor(`120 spans from ${codec} batches`, async () => (await spansOf(service)) === 120);
      await waitFor('offsets committed', () => caughtUp(t.group, t.spans));
      expect(await deadLettersOf(t.spans)).toBe(0);
      await stop(ingestion);
    }
  }, 120_000);

  it('stores JUnit reports from headers + XML (gzip too), counts a re-sent report once, dead-letters one without a commit header', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(1, t.spans, t.junit, t.incidents);
    const repo = uniqueRepo('kafka-junit');
    const xml = JUNIT_XML();
    const headers = { repo, branch: 'main', commit: 'c0ffee', runId: 'ci-7' };
    await send(t.junit, [
      { value: xml, headers },
      { value: gzipSync(xml), headers: { ...headers, 'content-encoding': 'gzip' } }, // the same report again
      { value: xml, headers: { repo, branch: 'main' } }, // no commit
      { value: xml, headers: { ...headers, attempt: '2' } }, // a re-run: counted
    ]);
    const ingestion = await ingest(t);
    await waitFor('offsets committed', () => caughtUp(t.group, t.junit));
    expect(await countRows(store, 'test_results', repo)).toBe(10);
    const runs = await scalar('SELECT count() AS n FROM ci_runs FINAL WHERE repo = {r:String}', { r: repo });
    expect(runs).toBe(2);
    expect(ingestion.stats()).toMatchObject({ junitReports: 3, junitDuplicates: 1, deadLetters: 1 });
    const dead = await deadLetters(t.junit);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ offset: '2', headers: { repo, branch: 'main' } });
    expect(dead[0]!.reason).toContain('header "commit" is missing');
    expect(Buffer.from(dead[0]!.value_b64, 'base64').equals(xml)).toBe(true);
    await stop(ingestion);
  });

  it('stores incidents, keeping the raw JSON, and dead-letters invalid ones', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(1, t.spans, t.junit, t.incidents);
    const repo = uniqueRepo('kafka-incident');
    const good = JSON.stringify({
      id: 'INC-1',
      repo,
      title: 'Checkout returns 500',
      severity: 'sev2',
      status: 'resolved',
      services: ['checkout', 'cart'],
      traceIds: ['0af7651916cd43dd8448eb211c80319c'],
      startedAt: '2026-11-20T10:00:00Z',
      resolvedAt: '2026-11-20T10:45:00Z',
      commander: 'ana',
    });
    await send(t.incidents, [{ value: good }, { value: '{"id": "INC-2", "title": "no start"}' }, { value: good }]);
    const ingestion = await ingest(t);
    await waitFor('offsets committed', () => caughtUp(t.group, t.incidents));
    const rs = await store.client.query({
      query: 'SELECT incident_id, title, severity, status, services, trace_ids, started_at, resolved_at, raw FROM incidents FINAL WHERE repo = {r:String}',
      query_params: { r: repo },
      format: 'JSONEachRow',
    });
    const rows = await rs.json<Record<string, unknown>>();
    expect(rows).toEqual([
      {
        incident_id: 'INC-1',
        title: 'Checkout returns 500',
        severity: 'sev2',
        status: 'resolved',
        services: ['checkout', 'cart'],
        trace_ids: ['0af7651916cd43dd8448eb211c80319c'],
        started_at: '2026-11-20 10:00:00.000',
        resolved_at: '2026-11-20 10:45:00.000',
        raw: good,
      },
    ]);
    const dead = await deadLetters(t.incidents);
    expect(dead.map((d) => d.offset)).toEqual(['1']);
    expect(dead[0]!.reason).toMatch(/^BAD_INCIDENT: startedAt/);
    await stop(ingestion);
  });

  it('dead-letters an undecodable message with its bytes and place, and the partition moves on past it', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(1, t.spans, t.junit, t.incidents);
    const service = `svc-${randomUUID().slice(0, 8)}`;
    const poison = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    await send(t.spans, [
      { value: otlpBatch(service, 10) },
      { key: 'bad', value: poison, headers: { 'x-origin': 'fuzz' } },
      { value: otlpBatch(service, 10) },
    ]);
    const ingestion = await ingest(t);
    await waitFor('offsets committed past the poison message', () => caughtUp(t.group, t.spans));
    expect(await spansOf(service)).toBe(20);
    const dead = await deadLetters(t.spans);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ partition: 0, offset: '1', key: 'bad', headers: { 'x-origin': 'fuzz' } });
    expect(dead[0]!.reason).toMatch(/^OTLP_DECODE: not an otlp_proto trace batch/);
    expect(Buffer.from(dead[0]!.value_b64, 'base64').equals(poison)).toBe(true);
    await stop(ingestion);
  });

  it('counts nothing twice when every message is delivered again', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(2, t.spans, t.junit, t.incidents);
    const service = `svc-${randomUUID().slice(0, 8)}`;
    const repo = uniqueRepo('kafka-redeliver');
    await send(t.spans, Array.from({ length: 4 }, (_, i) => ({ key: `k${i}`, value: otlpBatch(service, 25) })));
    await send(t.junit, [{ value: JUNIT_XML(), headers: { repo, branch: 'main', commit: 'c1' } }]);
    await send(t.incidents, [{ value: JSON.stringify({ id: 'INC-9', repo, title: 't', startedAt: '2026-11-20T10:00:00Z' }) }]);
    const allCommitted = async (group: string) =>
      (await caughtUp(group, t.spans)) && (await caughtUp(group, t.junit)) && (await caughtUp(group, t.incidents));

    const first = await ingest(t);
    await waitFor('everything committed', () => allCommitted(t.group));
    await stop(first);
    // A second group reads every message again: to the store, the same as a redelivery of them all
    // (kafkajs's admin resets a group's offsets only by running a consumer per topic, 5 s each).
    const again = await ingest({ ...t, group: `${t.group}-again` });
    await waitFor('everything committed again', () => allCommitted(`${t.group}-again`));
    expect(again.stats().received).toBe(6);
    expect(await spansOf(service)).toBe(100);
    expect(await countRows(store, 'test_results', repo)).toBe(5);
    expect(await scalar('SELECT count() AS n FROM incidents FINAL WHERE repo = {r:String}', { r: repo })).toBe(1);
    expect(again.stats().junitDuplicates).toBe(1);
    await stop(again);
  });

  it('hands partitions over in a rebalance: the new owner reads them again from the last commit, nothing is counted twice', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(3, t.spans, t.junit, t.incidents);
    const service = `svc-${randomUUID().slice(0, 8)}`;
    const repo = uniqueRepo('kafka-rebalance');
    await send(t.spans, Array.from({ length: 12 }, (_, i) => ({ key: `k${i}`, value: otlpBatch(service, 20) })));
    await send(
      t.junit,
      Array.from({ length: 3 }, (_, i) => ({ key: `r${i}`, value: JUNIT_XML(), headers: { repo, branch: 'main', commit: `c${i}` } })),
    );
    // The first member stores everything but commits nothing (its commit round never comes)…
    const a = await ingest(t, { commitIntervalMs: 10 * 60_000 });
    await waitFor('everything stored by the first member', async () => (await spansOf(service)) === 240 && (await countRows(store, 'test_results', repo)) === 15);
    expect((await progress(t.group, t.spans)).committed).toBe(0);
    // …so the second member, given some of its partitions, reads them again from the start.
    const b = await ingest(t);
    await waitFor('the second member to take partitions over', () => b.stats().received > 0);
    await stop(a); // drains and commits what it still owns
    await waitFor('everything committed', async () => (await caughtUp(t.group, t.spans)) && (await caughtUp(t.group, t.junit)));
    expect(a.stats().received + b.stats().received).toBeGreaterThan(15);
    expect(await spansOf(service)).toBe(240);
    expect(await countRows(store, 'test_results', repo)).toBe(15);
    expect(await scalar('SELECT count() AS n FROM ci_runs FINAL WHERE repo = {r:String}', { r: repo })).toBe(3);
    await stop(b);
  });

  it('stop() drains what it took, commits exactly that, and the next start goes on from there', async (ctx) => {
    if (!broker) return ctx.skip();
    const t = names();
    await topics(1, t.spans, t.junit, t.incidents);
    const service = `svc-${randomUUID().slice(0, 8)}`;
    const batch = otlpBatch(service, 200);
    const total = 60;
    for (let i = 0; i < total; i += 20) await send(t.spans, Array.from({ length: 20 }, () => ({ value: batch })));
    // Small caps: the consumer stops with work in flight rather than after it has all been written.
    const first = await ingest(t, { maxInFlightMessages: 8, maxInFlightRows: 1_000 });
    await waitFor('something taken', () => first.stats().received > 0, 30_000);
    await stop(first);
    const taken = first.stats();
    expect(taken.inFlightMessages).toBe(0);
    expect(taken.durable).toBe(taken.received);
    // Committed exactly what was taken and made durable; the spans of those messages are stored.
    expect((await progress(t.group, t.spans)).committed).toBe(taken.received);
    expect(taken.received).toBeLessThan(total);

    const second = await ingest(t);
    await waitFor('the rest', () => caughtUp(t.group, t.spans));
    expect(second.stats().received).toBe(total - taken.received);
    // The batch is the same message each time (same span ids): stored once.
    expect(await spansOf(service)).toBe(200);
    await stop(second);
  });
});
