import { Kafka, logLevel, type Consumer, type IHeaders, type KafkaMessage as KafkajsMessage, type LogEntry } from 'kafkajs';
import { registerKafkajsCodecs } from './kafkajs-codecs.ts';
import type { Logger } from './logger.ts';
import type { KafkaMessage, MessageSource, PartitionOffset, SourceHandlers, TopicPartition } from './source.ts';

// MessageSource over kafkajs 2.x (with kafkajs-codecs.ts, the only files that import it).
//
// - autoCommit is off: kafkajs's own "resolved offsets" only move its fetch position; the group's
//   committed offsets move only through commit(), which the consumer calls when rows are durable.
// - eachBatch hands each fetched partition batch over and returns at once; the consumer applies
//   backpressure with pause()/resume(), during which kafkajs keeps heartbeating (a handler that
//   blocked for the length of a store outage would be thrown out of the group).
// - kafkajs starts a new group member after a retriable crash by itself, and that member reads from
//   the committed offsets (a rewind, which the consumer expects). After a crash it does not restart
//   from, this source starts a new consumer, with backoff, until stop().
// - Pausing belongs to one kafkajs consumer group instance, which a restart replaces: the pause is
//   applied again on every group join.
// - Compression: kafkajs reads gzip record batches itself; snappy, lz4 and zstd come from
//   kafkajs-codecs.ts, registered before the first consumer starts.

/**
 * How long start-up waits for the broker to create missing topics. With auto.create.topics.enable (the
 * broker's default) the subscription's metadata request makes the broker create them, but for a moment
 * it answers that it does not host them (or has no leader yet), and kafkajs gives up at once.
 */
const TOPIC_CREATION_WAIT_MS = 30_000;
const TOPIC_NOT_READY = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

export interface KafkajsSourceOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  topics: string[];
  /** Where a group with no committed offset starts: true = the earliest message (nothing skipped). */
  fromBeginning: boolean;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Largest fetch per partition; kafkajs's default is 1 MiB (also the broker's default message size). */
  maxBytesPerPartition?: number;
  /** Longest a fetch waits for data when there is none: the latency of an idle consumer. */
  maxWaitTimeMs?: number;
}

export class KafkajsSource implements MessageSource {
  private readonly kafka: Kafka;
  private consumer: Consumer | null = null;
  private handlers: SourceHandlers | null = null;
  private paused = false;
  private stopped = false;
  /** True while a kafkajs consumer is in the group; commits are refused otherwise. */
  private inGroup = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private restartDelayMs = 1_000;

  constructor(
    private readonly opts: KafkajsSourceOptions,
    private readonly log: Logger,
  ) {
    registerKafkajsCodecs();
    this.kafka = new Kafka({
      clientId: opts.clientId,
      brokers: opts.brokers,
      logLevel: logLevel.INFO,
      logCreator: () => (entry) => this.kafkajsLog(entry),
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 8 },
    });
  }

  async run(handlers: SourceHandlers): Promise<void> {
    this.handlers = handlers;
    await this.startConsumer();
  }

  async commit(offsets: PartitionOffset[]): Promise<void> {
    const consumer = this.consumer;
    // kafkajs silently skips a commit while its consumer is not running: say so instead.
    if (!consumer || !this.inGroup) throw new Error('not a member of the consumer group right now');
    await consumer.commitOffsets(offsets.map(({ topic, partition, offset }) => ({ topic, partition, offset })));
  }

  isMember(): boolean {
    return this.inGroup;
  }

  pause(): void {
    this.paused = true;
    this.applyPause();
  }

  resume(): void {
    this.paused = false;
    this.applyPause();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const consumer = this.consumer;
    this.consumer = null;
    this.inGroup = false;
    await consumer?.disconnect();
  }

  private applyPause(): void {
    const consumer = this.consumer;
    if (!consumer) return;
    const topics = this.opts.topics.map((topic) => ({ topic }));
    try {
      if (this.paused) consumer.pause(topics);
      else consumer.resume(topics);
    } catch {
      // No group instance right now (between a crash and its restart): the next group join applies it.
    }
  }

  private async startConsumer(): Promise<void> {
    const handlers = this.handlers!;
    const consumer = this.kafka.consumer({
      groupId: this.opts.groupId,
      sessionTimeout: this.opts.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: this.opts.heartbeatIntervalMs ?? 3_000,
      maxBytesPerPartition: this.opts.maxBytesPerPartition ?? 1_048_576,
      maxWaitTimeInMs: this.opts.maxWaitTimeMs ?? 500,
      // A missing topic is created when the broker allows it (auto.create.topics.enable), so the
      // service starts before anyone has produced; where it does not, start-up fails naming it
      // (see subscribe()).
      allowAutoTopicCreation: true,
    });
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.inGroup = true;
      this.restartDelayMs = 1_000;
      const assigned: TopicPartition[] = [];
      for (const [topic, partitions] of Object.entries(payload.memberAssignment)) {
        for (const partition of partitions) assigned.push({ topic, partition });
      }
      this.log.info({ assigned: assigned.map((p) => `${p.topic}/${p.partition}`) }, 'kafka: joined the consumer group');
      handlers.onAssignment(assigned);
      this.applyPause();
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.inGroup = false;
      if (payload.restart || this.stopped) return; // kafkajs restarts it
      this.log.error({ err: payload.error }, 'kafka: consumer crashed; starting a new one');
      this.scheduleRestart();
    });
    consumer.on(consumer.events.STOP, () => {
      this.inGroup = false;
    });

    this.consumer = consumer;
    await consumer.connect();
    await this.subscribe(consumer);
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: true,
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch }) => {
        const messages = batch.messages.map((m) => toMessage(batch.topic, batch.partition, m));
        await handlers.onBatch({ topic: batch.topic, partition: batch.partition, messages });
      },
    });
  }

  /** Subscribes, giving the broker TOPIC_CREATION_WAIT_MS to create topics that do not exist yet. */
  private async subscribe(consumer: Consumer): Promise<void> {
    const deadline = Date.now() + TOPIC_CREATION_WAIT_MS;
    for (let delay = 200; ; delay = Math.min(delay * 2, 2_000)) {
      try {
        await consumer.subscribe({ topics: this.opts.topics, fromBeginning: this.opts.fromBeginning });
        return;
      } catch (err) {
        if (!isTopicNotReady(err) || this.stopped) throw err;
        if (Date.now() + delay > deadline) {
          throw new Error(
            `kafka: the topics ${this.opts.topics.join(', ')} are not all there, and the broker did not create them in ` +
              `${TOPIC_CREATION_WAIT_MS / 1000} s: create them, or enable auto.create.topics.enable on the broker`,
            { cause: err },
          );
        }
        this.log.info({ topics: this.opts.topics }, 'kafka: waiting for the broker to create the topics');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private scheduleRestart(): void {
    if (this.stopped || this.restartTimer) return;
    const delay = this.restartDelayMs;
    this.restartDelayMs = Math.min(this.restartDelayMs * 2, 30_000);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.stopped) return;
      const old = this.consumer;
      this.consumer = null;
      void (async () => {
        await old?.disconnect().catch(() => {});
        if (this.stopped) return;
        try {
          await this.startConsumer();
        } catch (err) {
          this.log.error({ err }, 'kafka: could not start a new consumer; trying again');
          this.scheduleRestart();
        }
      })();
    }, delay);
  }

  /**
   * kafkajs logs what it retries (a broker that went away, a rebalance) as errors; they are warnings
   * here, and what this source cannot recover from is logged as an error by it.
   */
  private kafkajsLog({ level, namespace, log: { message, ...extra } }: LogEntry): void {
    const obj = { kafkajs: namespace, ...extra };
    if (level === logLevel.ERROR || level === logLevel.WARN) this.log.warn(obj, `kafkajs: ${message}`);
    else this.log.debug(obj, `kafkajs: ${message}`);
  }
}

/** kafkajs's protocol error for a topic the broker does not host (yet), by its Kafka error code name. */
function isTopicNotReady(err: unknown): boolean {
  if (!(err instanceof Error) || err.name !== 'KafkaJSProtocolError') return false;
  const type = (err as Error & { type?: unknown }).type;
  return typeof type === 'string' && TOPIC_NOT_READY.has(type);
}

function toMessage(topic: string, partition: number, m: KafkajsMessage): KafkaMessage {
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key ?? null,
    value: m.value ?? null,
    headers: headersOf(m.headers),
    timestampMs: Number(m.timestamp),
  };
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    if (last !== undefined) out[k] = typeof last === 'string' ? last : last.toString('utf8');
  }
  return out;
}
