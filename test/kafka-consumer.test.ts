import { ClickHouseError } from '@clickhouse/client';
import { describe, expect, it } from 'vitest';
import type { KafkaMessage } from '../ingestion/kafka/message.ts';
import { DEFAULT_DECODE_LIMITS, type OtlpEncoding } from '../ingestion/otlp/decode.ts';
import { InThreadTraceDecoder } from '../src/decode/trace-decoder.ts';
import type { EncodedTraceExport } from '../src/decode/trace-export.ts';
import type { EncodedSpans } from '../src/store/traces.ts';
import { otlpBatch } from './support/kafka-kit.ts';
import type { WriteUnit } from '../src/store/batch-writer.ts';
import { KafkaConsumer, type ConsumerOptions, type ConsumerSinks } from '../src/kafka/consumer.ts';
import { silentLogger } from '../src/kafka/logger.ts';
import type { MessageSource, PartitionOffset, SourceHandlers, TopicPartition } from '../src/kafka/source.ts';
import { rowCount } from '../src/store/row-binary.ts';

// The consumer's delivery rules, against an in-memory MessageSource and a store whose writes the test
// settles by hand: commit order, dead letters, outage retries, backpressure, shutdown. The same rules
// run against a real broker and the real engine in test/kafka-*.int.test.ts.

class MemorySource implements MessageSource {
  handlers: SourceHandlers | null = null;
  paused = false;
  stopped = false;
  commits: PartitionOffset[][] = [];
  log: string[] = [];
  async run(handlers: SourceHandlers) {
    this.handlers = handlers;
    handlers.onAssignment([{ topic: 'incidents', partition: 0 }, { topic: 'incidents', partition: 1 }]);
  }
  async commit(offsets: PartitionOffset[]) {
    this.commits.push(offsets);
    this.log.push('commit');
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  async stop() {
    this.stopped = true;
    this.log.push('stop');
  }
  /**
   * Resolves once the consumer has taken and accepted the messages. onBatch returns while they are
   * still being decoded; incidents decode within microtasks, which all run before the next macrotask.
   */
  async deliver(partition: number, messages: KafkaMessage[], topic = 'incidents') {
    await this.handlers!.onBatch({ topic, partition, messages });
    await new Promise(setImmediate);
  }
  assign(assigned: TopicPartition[]) {
    this.handlers!.onAssignment(assigned);
  }
  /** Latest committed offset of a partition. */
  committed(partition: number): string | undefined {
    for (let i = this.commits.length - 1; i >= 0; i--) {
      const o = this.commits[i]!.find((c) => c.partition === partition);
      if (o) return o.offset;
    }
    return undefined;
  }
}

interface PendingWrite {
  unit: WriteUnit;
  resolve(): void;
  reject(e: unknown): void;
}

/** A writer whose writes stay pending until the test settles them (or `auto` settles them at once). */
class ManualWriter {
  pending: PendingWrite[] = [];
  written: WriteUnit[] = [];
  auto: null | (() => unknown) = null; // returns an error to reject with, or undefined to succeed
  write(unit: WriteUnit): Promise<{ duplicate: boolean }> {
    return new Promise((resolve, reject) => {
      const w = {
        unit,
        resolve: () => {
          this.written.push(unit);
          resolve({ duplicate: false });
        },
        reject,
      };
      const outcome = this.auto?.();
      if (this.auto && outcome === undefined) w.resolve();
      else if (this.auto) reject(outcome);
      else this.pending.push(w);
    });
  }
  settle(match: (u: WriteUnit) => boolean, error?: unknown) {
    const i = this.pending.findIndex((w) => match(w.unit));
    if (i < 0) throw new Error('no such pending write');
    const [w] = this.pending.splice(i, 1);
    if (error === undefined) w!.resolve();
    else w!.reject(error);
  }
}

const OPTIONS: ConsumerOptions = {
  routes: new Map([['incidents', 'incidents']]),
  spansEncoding: 'otlp_proto',
  maxInFlightRows: 1000,
  maxInFlightMessages: 1000,
  maxBodyBytes: 1 << 20,
  resultsRetentionDays: 0,
  commitIntervalMs: 5,
  retryDelayMs: { initial: 5, max: 20 },
  drainTimeoutMs: 2_000,
};

function incident(partition: number, offset: number, value?: string): KafkaMessage {
  return {
    topic: 'incidents',
    partition,
    offset: String(offset),
    key: null,
    value: Buffer.from(value ?? JSON.stringify({ id: `INC-${partition}-${offset}`, title: 't', startedAt: '2026-11-20T10:00:00Z' })),
    headers: {},
    timestampMs: 0,
  };
}

const isOffset = (offset: number) => (u: WriteUnit) => u.id.endsWith(`:${offset}`);

async function until(what: string, cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function setup(options: Partial<ConsumerOptions> = {}, sinkOverrides: Partial<ConsumerSinks> = {}) {
  const source = new MemorySource();
  const writer = new ManualWriter();
  const sinks: ConsumerSinks = {
    writer,
    traceDecoder: new InThreadTraceDecoder(DEFAULT_DECODE_LIMITS),
    spans: { storeEncoded: async () => ({ spans: 0, testResults: 0 }) },
    junit: { store: async () => ({ duplicate: false }) as never },
    ...sinkOverrides,
  };
  const consumer = new KafkaConsumer(source, sinks, { ...OPTIONS, ...options }, silentLogger);
  await consumer.start();
  return { source, writer, consumer };
}

describe('KafkaConsumer', () => {
  it('commits a partition only past messages that are durable, in offset order', async () => {
    const { source, writer, consumer } = await setup();
    await source.deliver(0, [0, 1, 2, 3].map((o) => incident(0, o)));
    writer.settle(isOffset(2));
    writer.settle(isOffset(3));
    await new Promise((r) => setTimeout(r, 30)); // several commit rounds
    expect(source.committed(0) ?? '0').toBe('0');
    writer.settle(isOffset(0));
    await until('commit of 1', () => source.committed(0) === '1');
    writer.settle(isOffset(1));
    await until('commit of 4', () => source.committed(0) === '4');
    expect(consumer.stats()).toMatchObject({ received: 4, durable: 4, incidents: 4, inFlightMessages: 0 });
    await consumer.stop();
  });

  it('keeps an undecodable message as a dead letter and moves on', async () => {
    const { source, writer, consumer } = await setup();
    writer.auto = () => undefined;
    await source.deliver(0, [incident(0, 0), incident(0, 1, '{"title": "no id"}'), incident(0, 2)]);
    await until('commit of 3', () => source.committed(0) === '3');
    const dead = writer.written.filter((u) => u.rows.dead_letters);
    expect(dead).toHaveLength(1);
    expect(dead[0]!.rows.dead_letters![0]).toMatchObject({ topic: 'incidents', partition: 0, offset: '1', reason: expect.stringMatching(/^BAD_INCIDENT: id/) });
    expect(consumer.stats()).toMatchObject({ deadLetters: 1, incidents: 2 });
    await consumer.stop();
  });

  it('dead-letters a message whose rows ClickHouse refuses as data', async () => {
    const { source, writer, consumer } = await setup();
    await source.deliver(0, [incident(0, 0)]);
    writer.settle(isOffset(0), new ClickHouseError({ message: 'Cannot parse DateTime', code: '41', type: 'CANNOT_PARSE_DATETIME' }));
    await until('the dead letter write', () => writer.pending.some((w) => w.unit.rows.dead_letters));
    expect(writer.pending[0]!.unit.rows.dead_letters![0]).toMatchObject({ reason: expect.stringContaining('STORE_REJECTED: ClickHouse 41 CANNOT_PARSE_DATETIME') });
    writer.settle(() => true);
    await until('commit of 1', () => source.committed(0) === '1');
    await consumer.stop();
  });

  it('treats other store failures as an outage: pauses, retries in order, commits nothing past them, catches up', async () => {
    const { source, writer, consumer } = await setup();
    let down = true;
    const attempts: string[] = [];
    writer.auto = () => undefined;
    await source.deliver(0, [incident(0, 0)]);
    await until('commit of 1', () => source.committed(0) === '1');

    writer.auto = () => {
      attempts.push(String(writer.written.length));
      return down ? Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) : undefined;
    };
    await source.deliver(0, [1, 2, 3].map((o) => incident(0, o)));
    await until('pause', () => source.paused);
    expect(consumer.stats()).toMatchObject({ storeFailing: true, paused: true });
    await until('a few retries', () => attempts.length >= 6);
    expect(source.committed(0)).toBe('1');
    expect(writer.written.filter((u) => u.rows.dead_letters)).toEqual([]); // an outage is not a bad message

    down = false;
    await until('commit of 4', () => source.committed(0) === '4');
    expect(source.paused).toBe(false);
    expect(writer.written.map((u) => u.id.split(':').pop())).toEqual(['0', '1', '2', '3']);
    expect(consumer.stats()).toMatchObject({ storeFailing: false, retrying: 0, incidents: 4, deadLetters: 0 });
    await consumer.stop();
  });

  it('pauses fetching above the in-flight cap and resumes at half of it', async () => {
    const { source, writer, consumer } = await setup({ maxInFlightMessages: 4 });
    await source.deliver(1, [0, 1, 2, 3].map((o) => incident(1, o)));
    expect(source.paused).toBe(true);
    writer.settle(isOffset(0));
    await until('settled', () => consumer.stats().inFlightMessages === 3);
    expect(source.paused).toBe(true);
    writer.settle(isOffset(1));
    await until('resumed', () => !source.paused);
    expect(consumer.stats().inFlightMessages).toBe(2);
    writer.auto = () => undefined;
    writer.settle(isOffset(2));
    writer.settle(isOffset(3));
    await consumer.stop();
  });

  it('on stop: takes nothing more, drains, commits, then disconnects', async () => {
    const { source, writer, consumer } = await setup();
    await source.deliver(0, [0, 1].map((o) => incident(0, o)));
    const stopped = consumer.stop();
    expect(source.paused).toBe(true);
    await source.deliver(0, [incident(0, 2)]); // fetched before the pause took effect: not taken
    expect(consumer.stats().received).toBe(2);
    await new Promise((r) => setTimeout(r, 20));
    expect(source.stopped).toBe(false);
    writer.settle(isOffset(1));
    writer.settle(isOffset(0));
    await stopped;
    expect(source.committed(0)).toBe('2');
    expect(source.log.slice(-2)).toEqual(['commit', 'stop']);
  });

  it('on stop with the store still down: gives up at the deadline without committing what is not durable', async () => {
    const { source, writer, consumer } = await setup({ drainTimeoutMs: 50 });
    writer.auto = () => Object.assign(new Error('down'), { code: 'ECONNRESET' });
    await source.deliver(0, [incident(0, 0)]);
    await consumer.stop();
    expect(source.committed(0)).toBeUndefined();
    expect(source.stopped).toBe(true);
  });

  it('does not commit partitions it no longer owns', async () => {
    const { source, writer, consumer } = await setup();
    await source.deliver(0, [incident(0, 0)]);
    await source.deliver(1, [incident(1, 0)]);
    source.assign([{ topic: 'incidents', partition: 1 }]);
    writer.settle(() => true);
    writer.settle(() => true);
    await until('commit of partition 1', () => source.committed(1) === '1');
    await consumer.stop();
    expect(source.committed(0)).toBeUndefined();
  });
  it('writes span messages in the order taken though their decodes finish out of order, and counts them in flight meanwhile', async () => {
    // A decoder whose answers the test releases one by one, as worker threads may finish them.
    const inThread = new InThreadTraceDecoder(DEFAULT_DECODE_LIMITS);
    const held: { body: Uint8Array; release(): void }[] = [];
    const traceDecoder = {
      decode: (body: Uint8Array, encoding: OtlpEncoding) =>
        new Promise<EncodedTraceExport>((resolve) => held.push({ body, release: () => resolve(inThread.decode(body, encoding)) })),
    };
    const stored: { sourceId: string; spans: number }[] = [];
    const spans = { storeEncoded: async (e: EncodedSpans, o: { sourceId: string }) => (stored.push({ sourceId: o.sourceId, spans: rowCount(e.rows) }), { spans: 0, testResults: 0 }) };
    const { source, consumer } = await setup({ routes: new Map([['spans', 'spans']]), maxInFlightMessages: 3 }, { traceDecoder, spans });
    const batch = [0, 1, 2].map((o) => ({ ...incident(0, o), topic: 'spans', value: otlpBatch(`svc-${o}`, 1 + o) }));
    await source.deliver(0, batch, 'spans');
    // Taken but still decoding: in flight, so the message cap pauses fetching.
    expect(consumer.stats()).toMatchObject({ received: 3, inFlightMessages: 3, durable: 0, paused: true });
    expect(stored).toEqual([]);
    for (const i of [2, 0, 1]) {
      held[i]!.release();
      await new Promise(setImmediate);
    }
    await until('all stored', () => consumer.stats().durable === 3);
    expect(stored).toEqual([0, 1, 2].map((o) => ({ sourceId: `kafka:spans:0:${o}`, spans: 1 + o })));
    await until('committed', () => source.committed(0) === '3');
    await consumer.stop();
  });
});
