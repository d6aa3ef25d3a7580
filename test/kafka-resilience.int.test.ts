/**
 * Kafka ingestion under failure, on a private broker (startKafka({ isolated: true })) that this file
 * kills and restarts, and the real ClickHouse engine:
 * - the broker is killed (SIGKILL) and restarted mid-stream → nothing lost, nothing counted twice;
 * - the store fails for a while → the consumer pauses, commits nothing past what is durable, retries,
 *   then catches up with nothing lost.
 *
 * Outside CI the tests skip (loudly) when no broker can be started; in CI that is a failure.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kafka, logLevel, type Admin, type Message, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafkaIngestion, type KafkaIngestion, type KafkaIngestionOptions } from '../src/kafka/ingestion.ts';
import { BatchWriter } from '../src/store/batch-writer.ts';
import type { Store } from '../src/store/clickhouse.ts';
import type { InsertRows } from '../src/store/insert.ts';
import { findStoredUploads } from '../src/store/upload-ledger.ts';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { startKafkaOrSkip, type KafkaHandle } from './support/kafka.ts';
import { createTopics, otlpBatch, testIngestionOptions, testLog as log, testTraceDecoder, topicNames as names, waitFor, type TopicNames } from './support/kafka-kit.ts';
import { countRows, testStore, uniqueRepo } from './support/store.ts';

let broker: KafkaHandle | undefined;
let store: Store;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  store = await testStore();
  // Isolated: this file kills its broker, which must not disturb other test files.
  broker = await startKafkaOrSkip({ isolated: true });
}, 300_000);

const traceDecoder = testTraceDecoder();

afterAll(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => {});
  await broker?.stop();
  await traceDecoder.close(); // after the consumers: they decode until they have drained
}, 60_000);

// --- helpers -----------------------------------------------------------------------------------

function kafkaClient(tag: string): Kafka {
  return new Kafka({
    clientId: `signalhouse-int-${tag}`,
    brokers: broker!.brokers,
    logLevel: logLevel.NOTHING, // the kill makes every client complain
    retry: { initialRetryTime: 200, retries: 8 },
  });
}

async function connected<T extends { connect(): Promise<void>; disconnect(): Promise<void> }>(client: T): Promise<T> {
  await client.connect();
  cleanup.push(() => client.disconnect());
  return client;
}

async function ingest(
  storeLike: { writer: BatchWriter },
  t: TopicNames,
  options: Partial<KafkaIngestionOptions> = {},
): Promise<KafkaIngestion> {
  const ingestion = await startKafkaIngestion(
    storeLike,
    { ...testIngestionOptions(broker!.brokers, t), retryDelayMs: { initial: 100, max: 1_000 }, ...options },
    log,
    { traceDecoder },
  );
  cleanup.push(() => ingestion.stop());
  return ingestion;
}

/** Sends until the broker has it (a send during the outage fails; trying again may duplicate it). */
async function sendSurely(producer: Producer, topic: string, messages: Message[]): Promise<void> {
  for (;;) {
    try {
      await producer.send({ topic, acks: -1, messages });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function scalar(query: string, params: Record<string, unknown>): Promise<number> {
  const rs = await store.client.query({ query, query_params: params, format: 'JSONEachRow' });
  return Number((await rs.json<{ n: string }>())[0]?.n ?? 0);
}

const spansOf = (service: string) => scalar('SELECT count() AS n FROM spans FINAL WHERE service_name = {s:String}', { s: service });
const spanRowsOf = (service: string) => scalar('SELECT count() AS n FROM spans WHERE service_name = {s:String}', { s: service });

async function progress(admin: Admin, group: string, topic: string): Promise<{ committed: number; end: number }> {
  const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
  const ends = await admin.fetchTopicOffsets(topic);
  return {
    committed: (committed?.partitions ?? []).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0),
    end: ends.reduce((n, p) => n + Number(p.high), 0),
  };
}

async function caughtUp(admin: Admin, group: string, topic: string): Promise<boolean> {
  try {
    const p = await progress(admin, group, topic);
    return p.end > 0 && p.committed === p.end;
  } catch {
    return false; // the broker is not back yet
  }
}

// --- tests -------------------------------------------------------------------------------------

describe('Kafka ingestion under failure', () => {
  it(
    'loses nothing and counts nothing twice when the broker is killed and restarted mid-stream',
    async (ctx) => {
      if (!broker) return ctx.skip();
      const t = names();
      const admin = await connected(kafkaClient('admin').admin());
      await createTopics(admin, 3, t.spans, t.junit, t.incidents);
      const producer = await connected(kafkaClient('producer').producer({ allowAutoTopicCreation: false }));
      const service = `svc-${randomUUID().slice(0, 8)}`;
      const repo = uniqueRepo('kafka-kill');
      const xml = readFileSync(`${SHARED_JUNIT}pytest/junit.fail.xml`); // 5 test cases
      const MESSAGES = 60;
      const SPANS = 100;
      const REPORTS = 12;

      const ingestion = await ingest(store, t);
      // The stream: span batches and JUnit reports (one CI run attempt each), interleaved.
      let sent = 0;
      const producing = (async () => {
        for (let i = 0; i < MESSAGES; i++) {
          await sendSurely(producer, t.spans, [{ key: `k${i}`, value: otlpBatch(service, SPANS) }]);
          if (i % (MESSAGES / REPORTS) === 0) {
            await sendSurely(producer, t.junit, [{ key: `r${i}`, value: xml, headers: { repo, branch: 'main', commit: `c${i}`, runId: `run-${i}` } }]);
          }
          sent = i + 1;
          await new Promise((r) => setTimeout(r, 25));
        }
      })();

      await waitFor('part of the stream stored', async () => sent >= 15 && (await spansOf(service)) >= 5 * SPANS);
      await broker.kill();
      const killedAt = sent;
      await broker.restart();
      await producing;
      expect(killedAt).toBeLessThan(MESSAGES);

      await waitFor('all offsets committed', async () => (await caughtUp(admin, t.group, t.spans)) && (await caughtUp(admin, t.group, t.junit)));
      expect(await spansOf(service)).toBe(MESSAGES * SPANS);
      expect(await countRows(store, 'test_results', repo)).toBe(REPORTS * 5);
      expect(await scalar('SELECT count() AS n FROM ci_runs FINAL WHERE repo = {r:String}', { r: repo })).toBe(REPORTS);
      expect(await scalar('SELECT count() AS n FROM dead_letters WHERE topic IN ({a:String}, {b:String})', { a: t.spans, b: t.junit })).toBe(0);
      // Redelivered messages, if any, were stored again and collapse into one row per span.
      const rows = await spanRowsOf(service);
      expect(rows).toBeGreaterThanOrEqual(MESSAGES * SPANS);
      ctx.annotate(`messages received ${ingestion.stats().received} for ${MESSAGES + REPORTS} produced; span rows before merge ${rows}`);
    },
    240_000,
  );

  it(
    'pauses while the store fails, commits nothing past what is durable, then catches up with nothing lost',
    async (ctx) => {
      if (!broker) return ctx.skip();
      const t = names();
      const admin = await connected(kafkaClient('admin2').admin());
      await createTopics(admin, 2, t.spans, t.junit, t.incidents);
      const producer = await connected(kafkaClient('producer2').producer({ allowAutoTopicCreation: false }));
      const service = `svc-${randomUUID().slice(0, 8)}`;

      // The real engine behind a switch: while `down`, every INSERT fails as a refused connection does
      // (the writer retries that a little, then gives up; the consumer must not).
      let down = false;
      let refused = 0;
      const insert: InsertRows = async (table, rows, opts) => {
        if (down) {
          refused++;
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8123'), { code: 'ECONNREFUSED' });
        }
        return store.insert(table, rows, opts);
      };
      const writer = new BatchWriter(insert, {
        tableOrder: ['test_results', 'spans', 'ci_runs'],
        findStored: (keys) => findStoredUploads(store.client, keys),
        retry: { tries: 2, baseDelayMs: 20 },
      });
      cleanup.push(() => writer.close());
      // Small fetches (64 KiB a partition, a few messages), so the in-flight cap shows: the cap is
      // checked as batches arrive, so it is exceeded by at most the fetch in hand.
      const ingestion = await ingest({ writer }, t, {
        maxInFlightRows: 2_000,
        client: { maxWaitTimeMs: 100, sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000, maxBytesPerPartition: 64 * 1024 },
      });

      await sendSurely(producer, t.spans, Array.from({ length: 10 }, (_, i) => ({ key: `a${i}`, value: otlpBatch(service, 50) })));
      await waitFor('the first 10 messages committed', () => caughtUp(admin, t.group, t.spans));
      expect(await spansOf(service)).toBe(500);

      down = true;
      // One send per message: a fetch returns whole record batches, and one send makes one batch.
      for (let i = 0; i < 60; i++) await sendSurely(producer, t.spans, [{ key: `b${i}`, value: otlpBatch(service, 50) }]);
      await waitFor('the consumer to pause on the failing store', () => ingestion.stats().storeFailing && ingestion.stats().paused);
      await waitFor('several refused writes', () => refused >= 8);
      const during = ingestion.stats();
      // Nothing committed past the outage, nothing dead-lettered for it, and intake held to the cap
      // plus the fetch in hand when it paused (2 partitions × 64 KiB ≈ 8 messages of 50 spans).
      expect((await progress(admin, t.group, t.spans)).committed).toBe(10);
      expect(during.deadLetters).toBe(0);
      expect(during.inFlightRows).toBeLessThanOrEqual(2_000 + 8 * 50);
      expect(during.received).toBeLessThan(70);

      down = false;
      await waitFor('all 70 messages committed', () => caughtUp(admin, t.group, t.spans));
      expect(await spansOf(service)).toBe(70 * 50);
      expect(ingestion.stats()).toMatchObject({ storeFailing: false, paused: false, deadLetters: 0, inFlightMessages: 0 });
      expect(await scalar('SELECT count() AS n FROM dead_letters WHERE topic = {t:String}', { t: t.spans })).toBe(0);
      ctx.annotate(`refused inserts ${refused}, store retries ${ingestion.stats().retries}`);
    },
    180_000,
  );
});
