import { availableParallelism } from 'node:os';
import { z } from 'zod';

// One schema over the environment, parsed once at start-up. Nothing else reads process.env.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const topicName = z.string().regex(/^[A-Za-z0-9._-]{0,249}$/, 'a Kafka topic name ("" turns that topic off)');

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().default(fallback);

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4318),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** auto: readable lines (pino-pretty) when stdout is a terminal, JSON lines otherwise (log shippers). */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  SIGNALHOUSE_DATA_DIR: z.string().min(1).default('./data'),
  CLICKHOUSE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CLICKHOUSE_USER: optionalString,
  CLICKHOUSE_PASSWORD: optionalString,
  CLICKHOUSE_DATABASE: z
    .string()
    .regex(IDENTIFIER, 'must be a plain ClickHouse identifier (letters, digits, _)')
    .default('signalhouse'),
  /** Largest accepted request body, after decompression. */
  SIGNALHOUSE_MAX_BODY_BYTES: positiveInt(50 * 1024 * 1024),
  /** Days to keep test results and CI runs; 0 keeps them forever. */
  SIGNALHOUSE_RESULTS_TTL_DAYS: z.coerce.number().int().min(0).default(0),
  /** The service traces itself with the OpenTelemetry SDK, configured by the standard OTEL_* variables. */
  SIGNALHOUSE_SELF_TRACING: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Clean passes after its last flaky failure before a quarantined test is advised out of quarantine. */
  SIGNALHOUSE_QUARANTINE_RELEASE_PASSES: positiveInt(50),
  /** Kafka brokers, comma-separated; unset = no Kafka ingestion. */
  KAFKA_BROKERS: optionalString.transform((v) => v?.split(',').map((s) => s.trim()).filter(Boolean)),
  KAFKA_CLIENT_ID: z.string().min(1).default('signalhouse'),
  KAFKA_GROUP_ID: z.string().min(1).default('signalhouse'),
  KAFKA_TOPIC_SPANS: topicName.default('otlp_spans'),
  /** How the OpenTelemetry Collector's Kafka exporter encodes spans (its `encoding` setting). */
  KAFKA_SPANS_ENCODING: z.enum(['otlp_proto', 'otlp_json']).default('otlp_proto'),
  KAFKA_TOPIC_JUNIT: topicName.default('signalhouse_junit'),
  KAFKA_TOPIC_INCIDENTS: topicName.default('signalhouse_incidents'),
  /** Deployment events, the JSON of POST /v1/deployments (docs/coverage.md). */
  KAFKA_TOPIC_DEPLOYMENTS: topicName.default('signalhouse_deployments'),
  /** Rows read from Kafka but not yet durable, at most: fetching pauses above it (backpressure). */
  KAFKA_MAX_IN_FLIGHT_ROWS: positiveInt(50_000),
  /**
   * Under sustained load, the store's writer starts an INSERT at most this often (batching what
   * arrives meanwhile); an idle writer writes at once. 0 = insert back to back. See batch-writer.ts.
   * 500 ms: in bench otlp, half as many span inserts as at 200 ms (10 vs 16-27 per 200k spans) and
   * about a quarter less CPU per span stored (fewer, larger parts to merge), for the same throughput;
   * ClickHouse advises about one insert a second per table. A sender waits at most that much longer.
   */
  SIGNALHOUSE_FLUSH_INTERVAL_MS: z.coerce.number().int().min(0).max(10_000).default(500),
  /**
   * Worker threads that decode OTLP trace exports (HTTP and Kafka) into rows, off the JS thread that
   * serves requests and drives the store. Default: one fewer than the CPUs (at least one), leaving a
   * core to the embedded engine. 0 = decode on the main thread.
   */
  SIGNALHOUSE_DECODE_WORKERS: z.coerce
    .number()
    .int()
    .min(0)
    .max(64)
    .default(() => Math.max(1, availableParallelism() - 1)),
  /**
   * A bootstrap admin token (any long random string): with it set, every route but /healthz needs a
   * token, and this one may create the others (`signalhouse token create`).
   */
  SIGNALHOUSE_ADMIN_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  /**
   * `auto`: tokens are required once SIGNALHOUSE_ADMIN_TOKEN is set or a token exists, and the service
   * refuses to listen beyond loopback without them. `off`: no authentication at all, on purpose (logged).
   */
  SIGNALHOUSE_AUTH: z.enum(['auto', 'off']).default('auto'),
  /**
   * Requests per minute per token (or per client address when the service runs open); beyond it 429
   * with retry-after. Generous by default: a Collector batches spans into a few requests a second.
   * 0 turns the limit off.
   */
  SIGNALHOUSE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(6000),
  /** A request (body included) that takes longer is cut off: a slow client cannot hold a connection forever. */
  SIGNALHOUSE_REQUEST_TIMEOUT_MS: positiveInt(120_000),
  /** Open connections at most; more are refused by the socket layer. */
  SIGNALHOUSE_MAX_CONNECTIONS: positiveInt(1024),
  /** Any one ClickHouse query stops after this long (max_execution_time): one heavy request cannot occupy the store. */
  SIGNALHOUSE_QUERY_TIMEOUT_S: positiveInt(300),
  /** Memory one ClickHouse query may use (max_memory_usage), in bytes; the embedded engine shares the service's process. */
  SIGNALHOUSE_QUERY_MAX_MEMORY_BYTES: positiveInt(4 * 1024 ** 3),
  /** Days to keep spans; 0 keeps them forever. */
  SIGNALHOUSE_SPANS_TTL_DAYS: z.coerce.number().int().min(0).default(30),
  /**
   * `deployment.environment.name` values whose entry spans are production traffic for hot-path
   * coverage, comma-separated. Spans with no environment count as production too.
   */
  SIGNALHOUSE_PRODUCTION_ENVIRONMENTS: z
    .string()
    .default('production')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(256)).min(1, 'at least one environment name')),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad value throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = String(i.path[0] ?? '?');
    return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${i.message}`;
  });
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}
