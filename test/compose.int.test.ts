import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../src/config/config.ts';
import { REPO_ROOT } from './support/service-process.ts';

// Docker does not run on this machine, so docker-compose.yml is checked for what can be checked without
// it: images pinned, health checks behind every `service_healthy`, the service's variables accepted by
// the config schema and documented, and the Collector's Kafka exporter writing the topic, encoding and
// brokers the service reads. The Collector configuration is validated by `otelcol validate` of a
// Collector built (scripts/otelcol/build.sh, OpenTelemetry Collector Builder) with the component
// versions of the pinned image. Outside CI a failed build skips that test loudly; in CI it fails.

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };
const services = compose.services;
const collector = parse(read('otelcol/config.yaml')) as {
  exporters: { kafka: { brokers: string[]; traces: { topic: string; encoding: string } }; otlphttp: { endpoint: string; headers: Record<string, string> } };
  service: { pipelines: { traces: { exporters: string[] } } };
};

/** Compose's `${NAME:?message}` and `${NAME:-default}` as Docker would expand them with NAME set to `value`. */
const expand = (v: string | number, value: string) => String(v).replace(/\$\{[A-Z_]+(?::[?-][^}]*)?\}/g, value);
const TOKEN = 'compose-test-token-0123456789';
const serviceEnv = Object.fromEntries(Object.entries(services.signalhouse!.environment!).map(([k, v]) => [k, expand(v, TOKEN)]));

describe('docker-compose.yml', () => {
  it('has the whole stack, each image pinned to an exact version', () => {
    expect(Object.keys(services).sort()).toEqual(['clickhouse', 'grafana', 'kafka', 'otel-collector', 'signalhouse']);
    for (const [name, s] of Object.entries(services)) {
      // A version of at least three numbers: no `latest`, no moving `25.8` or `4`.
      expect(s.image, name).toMatch(/^[a-z0-9./-]+:\d+\.\d+\.\d+(\.\d+)?$/);
    }
    expect(services.signalhouse!.build).toBe('.'); // built from ./Dockerfile
    expect(services.grafana!.environment!.GF_PLUGINS_PREINSTALL_SYNC).toMatch(/^grafana-clickhouse-datasource@\d+\.\d+\.\d+$/);
  });

  it('starts each service after the health check of what it needs', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [dep, { condition }] of Object.entries(s.depends_on ?? {})) {
        expect(services[dep], `${name} depends on ${dep}`).toBeDefined();
        expect(condition, `${name} → ${dep}`).toBe('service_healthy');
        expect(services[dep]!.healthcheck?.test.length, `${dep} has a health check`).toBeGreaterThan(0);
      }
    }
    expect(Object.keys(services.signalhouse!.depends_on!).sort()).toEqual(['clickhouse', 'kafka']);
    expect(Object.keys(services['otel-collector']!.depends_on!).sort()).toEqual(['kafka', 'signalhouse']);
    // The service is healthy when ready (migrations ran, consumer joined), on the port it listens on.
    expect(services.signalhouse!.healthcheck!.test.join(' ')).toContain(`127.0.0.1:${serviceEnv.PORT}/readyz`);
  });

  it("gives the service variables its config schema accepts, each documented, on the port it publishes", () => {
    const known = Object.keys(configSchema.shape);
    expect(Object.keys(serviceEnv).filter((k) => !known.includes(k))).toEqual([]);
    const config = loadConfig(serviceEnv); // throws on a bad value
    expect(config.KAFKA_BROKERS).toEqual(['kafka:29092']);
    expect(services.signalhouse!.ports).toEqual([`127.0.0.1:${config.PORT}:${config.PORT}`]);
    // README's default server URL is the published port.
    expect(read('README.md')).toContain(`http://127.0.0.1:${config.PORT}`);
    const docs = [read('README.md'), ...readdirSync(join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => read(`docs/${f}`))].join('\n');
    expect(Object.keys(serviceEnv).filter((k) => !docs.includes(k))).toEqual([]);
    // Its ClickHouse is the compose ClickHouse, with that server's user.
    const ch = services.clickhouse!.environment!;
    expect(config.CLICKHOUSE_URL).toBe('http://clickhouse:8123');
    expect([config.CLICKHOUSE_USER, config.CLICKHOUSE_PASSWORD, config.CLICKHOUSE_DATABASE]).toEqual([ch.CLICKHOUSE_USER, ch.CLICKHOUSE_PASSWORD, ch.CLICKHOUSE_DB]);
  });

  it("points the Collector's Kafka exporter at the topic, encoding and broker the service consumes, and OTLP/HTTP at the service", () => {
    const config = loadConfig(serviceEnv);
    const kafka = collector.exporters.kafka;
    expect(kafka.traces.topic).toBe(config.KAFKA_TOPIC_SPANS);
    expect(kafka.traces.encoding).toBe(config.KAFKA_SPANS_ENCODING);
    expect(kafka.brokers).toEqual(config.KAFKA_BROKERS);
    expect(services.kafka!.environment!.KAFKA_ADVERTISED_LISTENERS).toContain(`INTERNAL://${config.KAFKA_BROKERS![0]}`);
    expect(collector.exporters.otlphttp.endpoint).toBe(`http://signalhouse:${config.PORT}`);
    // The token the service requires is the one the Collector sends.
    expect(collector.exporters.otlphttp.headers.authorization).toBe('Bearer ${env:SIGNALHOUSE_TOKEN}');
    expect(expand(services['otel-collector']!.environment!.SIGNALHOUSE_TOKEN!, TOKEN)).toBe(serviceEnv.SIGNALHOUSE_ADMIN_TOKEN);
    // The mounted folder holds every file the command names.
    const files = services['otel-collector']!.command!.map((a) => a.replace('--config=/etc/otelcol/', 'otelcol/'));
    for (const via of ['kafka', 'otlphttp']) for (const f of files) expect(() => read(expand(f, via))).not.toThrow();
    // Grafana's data source is the compose ClickHouse.
    const ds = read('dashboards/provisioning/datasources/clickhouse.yaml');
    expect(ds).toMatch(/host: clickhouse\b/);
    expect(ds).toContain(`defaultDatabase: ${services.clickhouse!.environment!.CLICKHOUSE_DB}`);
  });

  it('has a Collector configuration that `otelcol validate` of the pinned version accepts, both ways', (ctx) => {
    const build = spawnSync('bash', [join(REPO_ROOT, 'scripts/otelcol/build.sh')], { encoding: 'utf8', timeout: 900_000 });
    if (build.status !== 0) {
      const why = `scripts/otelcol/build.sh failed (exit ${build.status}): ${build.stderr.slice(-2000)}`;
      if (process.env.CI === 'true') throw new Error(why);
      console.warn(`!! SKIPPING otelcol validate: ${why}`);
      return ctx.skip();
    }
    const otelcol = build.stdout.trim().split('\n').at(-1)!;
    const image = services['otel-collector']!.image!.split(':')[1];
    expect(read('scripts/otelcol/builder-config.yaml')).toContain(`version: ${image}`);
    const validate = (...configs: string[]) =>
      spawnSync(otelcol, ['validate', ...configs.map((c) => `--config=${c}`)], { encoding: 'utf8', env: { ...process.env, SIGNALHOUSE_TOKEN: TOKEN }, timeout: 60_000 });
    for (const via of ['kafka', 'otlphttp']) {
      const r = validate(join(REPO_ROOT, 'otelcol/config.yaml'), join(REPO_ROOT, `otelcol/spans-via-${via}.yaml`));
      expect(r.status, `${via}: ${r.stderr}`).toBe(0);
    }
    // The validator really reads the exporter's settings: a misspelt key is refused.
    const bad = join(mkdtempSync(join(tmpdir(), 'otelcol-')), 'bad.yaml');
    writeFileSync(bad, 'exporters:\n  kafka:\n    traces:\n      topics: otlp_spans\n');
    const r = validate(join(REPO_ROOT, 'otelcol/config.yaml'), bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('topics');
  }, 900_000);
});
