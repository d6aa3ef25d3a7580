import { SPANS_ENCODINGS, type SpansEncoding } from '../../ingestion/kafka/spans.ts';
import { DEFAULT_DECODE_LIMITS } from '../../ingestion/otlp/decode.ts';
import { InThreadTraceDecoder, type TraceDecoder } from '../decode/trace-decoder.ts';
import type { BatchWriter } from '../store/batch-writer.ts';
import { JunitUploads } from '../store/junit-uploads.ts';
import { TraceWrites } from '../store/traces.ts';
import { KafkaConsumer, type ConsumerStats, type TopicRoute } from './consumer.ts';
import { silentLogger, type Logger } from './logger.ts';
import { describeSecurity, type KafkaSecurity } from './security.ts';
import type { MessageSource } from './source.ts';

// Kafka ingestion as the service starts it: on when brokers are configured, one consumer group
// reading the spans, JUnit, incidents and deployments topics into the store's writer.

export interface KafkaIngestionOptions {
  /** Bootstrap brokers, host:port. */
  brokers: string[];
  clientId?: string;
  groupId?: string;
  /** Topic names; '' or null leaves that kind of message out. */
  topics?: { spans?: string | null; junit?: string | null; incidents?: string | null; deployments?: string | null };
  /** How the spans topic is encoded: the Collector Kafka exporter's `encoding`. */
  spansEncoding?: SpansEncoding;
  /** Rows taken from Kafka but not yet durable, at most: the backpressure cap. */
  maxInFlightRows?: number;
  maxInFlightMessages?: number;
  /** Largest JUnit report accepted, after gunzip (SIGNALHOUSE_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** JUnit reports with tests older than this many days are dead-lettered (SIGNALHOUSE_RESULTS_TTL_DAYS). */
  resultsRetentionDays?: number;
  commitIntervalMs?: number;
  retryDelayMs?: { initial?: number; max?: number };
  drainTimeoutMs?: number;
  /** Where a new consumer group starts: the earliest message (default), so a backlog is not skipped. */
  fromBeginning?: boolean;
  /** SASL and TLS for the broker connection (security.ts); none by default. */
  security?: KafkaSecurity;
  /** Kafka client tuning. */
  client?: { sessionTimeoutMs?: number; heartbeatIntervalMs?: number; maxBytesPerPartition?: number; maxWaitTimeMs?: number };
}

export const KAFKA_DEFAULTS = {
  clientId: 'signalhouse',
  groupId: 'signalhouse',
  topics: { spans: 'otlp_spans', junit: 'signalhouse_junit', incidents: 'signalhouse_incidents', deployments: 'signalhouse_deployments' },
  spansEncoding: 'otlp_proto' as SpansEncoding,
  maxInFlightRows: 50_000,
  maxInFlightMessages: 1_000,
  maxBodyBytes: 50 * 1024 * 1024,
  commitIntervalMs: 1_000,
  retryDelayMs: { initial: 500, max: 30_000 },
  drainTimeoutMs: 30_000,
} as const;

export interface KafkaIngestion {
  /** Stop fetching → drain in-flight messages until durable → commit → disconnect. */
  stop(): Promise<void>;
  stats(): ConsumerStats;
  /** The consumer is in its group right now (GET /readyz). */
  isMember(): boolean;
}

/**
 * Starts consuming; resolves once the consumer is connected and subscribed (rejects when the
 * brokers cannot be reached). `store` is the service's Store, or anything with its writer.
 */
export async function startKafkaIngestion(
  store: { writer: BatchWriter },
  options: KafkaIngestionOptions,
  logger: Logger = silentLogger,
  /** source: the Kafka client (default kafkajs); traceDecoder: the service's (default: on this thread). */
  deps: { source?: MessageSource; traceDecoder?: TraceDecoder } = {},
): Promise<KafkaIngestion> {
  const routes = topicRoutes(options.topics);
  if (routes.size === 0) throw new Error('Kafka ingestion: no topic configured');
  const encoding = options.spansEncoding ?? KAFKA_DEFAULTS.spansEncoding;
  if (!SPANS_ENCODINGS.includes(encoding)) throw new Error(`Kafka ingestion: unknown spans encoding "${encoding}"`);
  // kafkajs (and its codecs) load only when Kafka ingestion starts: a service without Kafka, the
  // default, does not carry them (~13 MiB resident).
  const source =
    deps.source ??
    new (await import('./kafkajs-source.ts')).KafkajsSource(
      {
        brokers: options.brokers,
        clientId: options.clientId ?? KAFKA_DEFAULTS.clientId,
        groupId: options.groupId ?? KAFKA_DEFAULTS.groupId,
        topics: [...routes.keys()],
        fromBeginning: options.fromBeginning ?? true,
        security: options.security,
        ...options.client,
      },
      logger,
    );
  const consumer = new KafkaConsumer(
    source,
    {
      traceDecoder: deps.traceDecoder ?? new InThreadTraceDecoder(DEFAULT_DECODE_LIMITS),
      writer: store.writer,
      spans: new TraceWrites(store.writer),
      junit: new JunitUploads(store.writer),
    },
    {
      routes,
      spansEncoding: encoding,
      maxInFlightRows: options.maxInFlightRows ?? KAFKA_DEFAULTS.maxInFlightRows,
      maxInFlightMessages: options.maxInFlightMessages ?? KAFKA_DEFAULTS.maxInFlightMessages,
      maxBodyBytes: options.maxBodyBytes ?? KAFKA_DEFAULTS.maxBodyBytes,
      resultsRetentionDays: options.resultsRetentionDays ?? 0,
      commitIntervalMs: options.commitIntervalMs ?? KAFKA_DEFAULTS.commitIntervalMs,
      retryDelayMs: { ...KAFKA_DEFAULTS.retryDelayMs, ...options.retryDelayMs },
      drainTimeoutMs: options.drainTimeoutMs ?? KAFKA_DEFAULTS.drainTimeoutMs,
    },
    logger,
  );
  try {
    await consumer.start();
  } catch (e) {
    await source.stop().catch(() => {});
    throw e;
  }
  logger.info({ topics: Object.fromEntries(routes), brokers: options.brokers, security: describeSecurity(options.security) }, 'kafka: consuming');
  return { stop: () => consumer.stop(), stats: () => consumer.stats(), isMember: () => consumer.isMember() };
}

function topicRoutes(topics: KafkaIngestionOptions['topics'] = {}): Map<string, TopicRoute> {
  const routes = new Map<string, TopicRoute>();
  for (const route of ['spans', 'junit', 'incidents', 'deployments'] as const) {
    const name = topics[route] === undefined ? KAFKA_DEFAULTS.topics[route] : topics[route];
    if (!name) continue;
    const other = routes.get(name);
    if (other) throw new Error(`Kafka ingestion: topic "${name}" is configured for both ${other} and ${route}`);
    routes.set(name, route);
  }
  return routes;
}
