import type { FastifyInstance } from 'fastify';
import { buildApp, tokenRegistry } from './api/app.ts';
import { assertSafeToListen } from './api/auth/listen-guard.ts';
import type { Config } from './config/config.ts';
import { DEFAULT_DECODE_LIMITS } from '../ingestion/otlp/decode.ts';
import { createTraceDecoder } from './decode/trace-decoder.ts';
import { openStore, type Store } from './store/clickhouse.ts';
import { Leases } from './store/leases.ts';
import { migrate } from './store/migrate.ts';
import { applyRetention } from './store/retention.ts';
import { startKafkaIngestion } from './kafka/ingestion.ts';
import { Readiness } from './readiness.ts';
import { startWeeklyReports } from './report/schedule.ts';
import { reportSources } from './report/sources.ts';
import { kafkaSecurityFromConfig } from './kafka/security.ts';
import { startSelfTracing } from './telemetry.ts';

// Wires the service from a config: store → migrations → retention → HTTP app → Kafka consumers (when
// KAFKA_BROKERS is set). Shutdown runs in the reverse order: stop intake, drain, flush, close.

export interface Service {
  app: FastifyInstance;
  store: Store;
  stop(): Promise<void>;
}

export async function startService(config: Config): Promise<Service> {
  const telemetry = await startSelfTracing(config.SIGNALHOUSE_SELF_TRACING);
  const store = await openStore(config);
  // Shared by OTLP/HTTP and the Kafka spans topic; closed after both have stopped taking input. Spans
  // older than the spans retention are refused there, not silently deleted by the TTL on insert.
  const traceDecoder = createTraceDecoder(config.SIGNALHOUSE_DECODE_WORKERS, {
    ...DEFAULT_DECODE_LIMITS,
    spansRetentionDays: config.SIGNALHOUSE_SPANS_TTL_DAYS,
    testResultsRetentionDays: config.SIGNALHOUSE_RESULTS_TTL_DAYS,
  }, { heapLimitMiB: config.SIGNALHOUSE_DECODE_WORKER_HEAP_MB, nice: config.SIGNALHOUSE_INGEST_NICE });
  try {
    const readiness = new Readiness(Boolean(config.KAFKA_BROKERS));
    // Before anything listens: an unreadable certificate file stops start-up at once.
    const kafkaSecurity = config.KAFKA_BROKERS ? kafkaSecurityFromConfig(config) : undefined;
    await migrate(store.client, undefined, { cluster: config.CLICKHOUSE_CLUSTER });
    readiness.migrationsDone();
    await applyRetention(store.client, {
      results: config.SIGNALHOUSE_RESULTS_TTL_DAYS,
      spans: config.SIGNALHOUSE_SPANS_TTL_DAYS,
    });
    const tokens = await tokenRegistry({ config, store });
    const sources = reportSources(store, config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS);
    const app = await buildApp({ config, store, traceDecoder, tokens, readiness, reportSources: sources });
    try {
      assertSafeToListen(config.HOST, tokens, app.log);
    } catch (e) {
      await app.close();
      throw e;
    }
    await app.listen({ port: config.PORT, host: config.HOST });
    const kafka = config.KAFKA_BROKERS
      ? await startKafkaIngestion(
          store,
          {
            brokers: config.KAFKA_BROKERS,
            clientId: config.KAFKA_CLIENT_ID,
            groupId: config.KAFKA_GROUP_ID,
            topics: { spans: config.KAFKA_TOPIC_SPANS, junit: config.KAFKA_TOPIC_JUNIT, incidents: config.KAFKA_TOPIC_INCIDENTS, deployments: config.KAFKA_TOPIC_DEPLOYMENTS },
            spansEncoding: config.KAFKA_SPANS_ENCODING,
            maxInFlightRows: config.KAFKA_MAX_IN_FLIGHT_ROWS,
            maxBodyBytes: config.SIGNALHOUSE_MAX_BODY_BYTES,
            resultsRetentionDays: config.SIGNALHOUSE_RESULTS_TTL_DAYS,
            security: kafkaSecurity,
          },
          app.log,
          { traceDecoder },
        ).catch(async (e: unknown) => {
          await app.close();
          throw e;
        })
      : null;
    if (kafka) readiness.kafkaStarted(() => kafka.isMember());
    const weeklyReports = config.SIGNALHOUSE_WEEKLY_REPORT_DIR
      ? startWeeklyReports({
          client: store.client,
          dir: config.SIGNALHOUSE_WEEKLY_REPORT_DIR,
          releaseAfterPasses: config.SIGNALHOUSE_QUARANTINE_RELEASE_PASSES,
          sources,
          leases: new Leases(store.client),
          log: app.log,
        })
      : null;
    let stopping: Promise<void> | null = null;
    return {
      app,
      store,
      stop: () =>
        (stopping ??= (async () => {
          readiness.shuttingDown(); // /readyz says 503 while the rest drains
          // Own spans first, while the service can still take them if it is its own exporter target.
          await telemetry.shutdown();
          // Stop intake → drain consumers (their rows durable, offsets committed) → flush → close.
          await weeklyReports?.stop();
          await app.close();
          await kafka?.stop();
          await traceDecoder.close();
          await store.close();
        })()),
    };
  } catch (e) {
    await traceDecoder.close();
    await store.close();
    await telemetry.shutdown();
    throw e;
  }
}
