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

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

const variables = z.object({
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
  /**
   * A ClickHouse cluster (remote_servers) of one shard and its replicas: migrations run ON CLUSTER with
   * Replicated*MergeTree tables (docs/scaling.md). Needs CLICKHOUSE_URL. Unset = one server.
   */
  CLICKHOUSE_CLUSTER: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_.-]+$/, 'a cluster name from the server\'s remote_servers').optional()),
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
  /** Clean CI passes of an incident's tests after which its regression suite retires (docs/incidents.md). */
  SIGNALHOUSE_INCIDENT_RETIRE_PASSES: positiveInt(20),
  /** Kafka brokers, comma-separated; unset = no Kafka ingestion. */
  KAFKA_BROKERS: optionalString.transform((v) => v?.split(',').map((s) => s.trim()).filter(Boolean)),
  KAFKA_CLIENT_ID: z.string().min(1).default('signalhouse'),
  KAFKA_GROUP_ID: z.string().min(1).default('signalhouse'),
  KAFKA_TOPIC_SPANS: topicName.default('otlp_spans'),
  /** How the OpenTelemetry Collector's Kafka exporter encodes spans (its `encoding` setting). */
  KAFKA_SPANS_ENCODING: z.enum(['otlp_proto', 'otlp_json']).default('otlp_proto'),
  KAFKA_TOPIC_JUNIT: topicName.default('signalhouse_junit'),
  KAFKA_TOPIC_INCIDENTS: topicName.default('signalhouse_incidents'),
  /**
   * SASL for the broker connection (see docs/kafka-security.md): plain, scram-sha-256 or scram-sha-512,
   * with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD. Unset = no SASL. Over the network, pair PLAIN with
   * KAFKA_SSL=true: PLAIN sends the password as it is.
   */
  KAFKA_SASL_MECHANISM: optionalString
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional()),
  KAFKA_SASL_USERNAME: optionalString,
  /** Not trimmed: a password may begin or end with a space. */
  KAFKA_SASL_PASSWORD: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /** TLS to the brokers. The system's CAs are trusted, plus KAFKA_SSL_CA_FILE when set. */
  KAFKA_SSL: booleanFlag,
  /** PEM file of the CA(s) that signed the brokers' certificates (a private CA). */
  KAFKA_SSL_CA_FILE: optionalString,
  /** PEM client certificate and its key, for brokers that authenticate clients by TLS (ssl.client.auth=required). */
  KAFKA_SSL_CERT_FILE: optionalString,
  KAFKA_SSL_KEY_FILE: optionalString,
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
  /**
   * Request bytes (after decompression) the service holds at once, across requests: bodies being
   * decoded and their rows until durable. Beyond it a request is answered 503 with retry-after; a
   * single request may exceed it when it is alone. See docs/ingestion-performance.md for the memory
   * each byte costs.
   */
  SIGNALHOUSE_MAX_DECODING_BYTES: positiveInt(64 * 1024 * 1024),
  /**
   * Linux nice value (0–19) of ingestion's CPU work: the decode workers' threads and the embedded
   * engine's insert threads. Queries (/healthz, /v1/risk, …) keep the service's own priority, so on a
   * machine busy with uploads they still answer in milliseconds. 0 = same priority as queries.
   */
  SIGNALHOUSE_INGEST_NICE: z.coerce.number().int().min(0).max(19).default(10),
  /** Old-generation heap of each decode worker, MiB: a body needing more fails alone (503). */
  SIGNALHOUSE_DECODE_WORKER_HEAP_MB: positiveInt(1024),
  /** Days to keep spans; 0 keeps them forever. */
  SIGNALHOUSE_SPANS_TTL_DAYS: z.coerce.number().int().min(0).default(30),
  /** Folder the service writes each repo's weekly report to, every Monday 06:00 UTC; unset = none. */
  SIGNALHOUSE_WEEKLY_REPORT_DIR: optionalString,
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

export const configSchema = variables.superRefine(checkKafkaSecurity);

/** Kafka security variables that only make sense together (each issue names the variable to fix). */
function checkKafkaSecurity(c: z.infer<typeof variables>, ctx: z.RefinementCtx): void {
  const issue = (name: string, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
  if (c.CLICKHOUSE_CLUSTER && !c.CLICKHOUSE_URL) issue('CLICKHOUSE_CLUSTER', 'needs CLICKHOUSE_URL (the embedded engine is one server)');
  if (c.KAFKA_SASL_MECHANISM) {
    if (!c.KAFKA_SASL_USERNAME) issue('KAFKA_SASL_USERNAME', `needed with KAFKA_SASL_MECHANISM=${c.KAFKA_SASL_MECHANISM}`);
    if (!c.KAFKA_SASL_PASSWORD) issue('KAFKA_SASL_PASSWORD', `needed with KAFKA_SASL_MECHANISM=${c.KAFKA_SASL_MECHANISM}`);
  } else {
    for (const name of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'] as const) {
      if (c[name]) issue(name, 'set KAFKA_SASL_MECHANISM too (plain, scram-sha-256 or scram-sha-512)');
    }
  }
  for (const name of ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE'] as const) {
    if (c[name] && !c.KAFKA_SSL) issue(name, 'only used with KAFKA_SSL=true');
  }
  if (Boolean(c.KAFKA_SSL_CERT_FILE) !== Boolean(c.KAFKA_SSL_KEY_FILE)) {
    issue(c.KAFKA_SSL_CERT_FILE ? 'KAFKA_SSL_KEY_FILE' : 'KAFKA_SSL_CERT_FILE', 'a client certificate needs both KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE');
  }
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

const SECRET = /(PASSWORD|TOKEN)$/;

/**
 * Parses the environment, with `overrides` (from command-line flags) taking precedence; a bad value
 * throws ConfigError naming every bad variable.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, overrides: Record<string, string> = {}): Config {
  const env = { ...environment, ...overrides };
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = String(i.path[0] ?? '?');
    // A secret's value is never echoed: the message may end up in a CI log.
    const shown = SECRET.test(name) && env[name] ? '<redacted>' : JSON.stringify(env[name] ?? '');
    return `  ${name}=${shown}: ${i.message}`;
  });
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}
