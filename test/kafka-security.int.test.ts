/**
 * Kafka security against a real Kafka 4 broker: SASL PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 (users made
 * by Kafka's own `kafka-storage format --add-scram` and a JAAS config), TLS with a private CA made for
 * this run (support/tls.ts), and TLS client certificates. The broker is a private one (isolated: true) with
 * one listener per kind of security, plus its plain listener through which the test itself produces.
 *
 * Outside CI the tests skip (loudly) when no broker can be started; in CI that is a failure.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafkaIngestion, type KafkaIngestion } from '../src/kafka/ingestion.ts';
import { KafkaSecurityError, type KafkaSecurity } from '../src/kafka/security.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { freePort, startKafkaOrSkip, type KafkaHandle } from './support/kafka.ts';
import { createTopics, testIngestionOptions, testLog as log, testTraceDecoder, topicNames, waitFor } from './support/kafka-kit.ts';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { countRows, testStore, uniqueRepo } from './support/store.ts';
import { makeTestPki, type TestPki } from './support/tls.ts';

const HOST = '127.0.0.1';
const USERS = {
  plain: { username: 'carol', password: 'carol-plain-pw-31' },
  'scram-sha-256': { username: 'alice', password: 'alice-scram256-pw-17' },
  'scram-sha-512': { username: 'bob', password: 'bob-scram512-pw-23' },
} as const;
const JUNIT_XML = () => readFileSync(`${SHARED_JUNIT}pytest/junit.fail.xml`); // 5 test cases

let broker: KafkaHandle | undefined;
let pkiDir: string;
let pki: TestPki;
/** Client ports of the broker's listeners, by security protocol. */
let port: { sasl: number; saslTls: number; mtls: number };
let admin: Admin;
let producer: Producer;
let store: Store;
const traceDecoder = testTraceDecoder();
const running: KafkaIngestion[] = [];
const services: ServiceProcess[] = [];

async function distinctPorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort(HOST));
  return [...ports];
}

beforeAll(async () => {
  store = await testStore();
  pkiDir = mkdtempSync(join(tmpdir(), 'signalhouse-pki-'));
  pki = makeTestPki(pkiDir);
  const [brokerPort, controllerPort, sasl, saslTls, mtls] = (await distinctPorts(5)) as [number, number, number, number, number];
  port = { sasl, saslTls, mtls };
  const scram = 'org.apache.kafka.common.security.scram.ScramLoginModule required;';
  broker = await startKafkaOrSkip({
    isolated: true,
    brokerPort,
    controllerPort,
    scramUsers: [
      `SCRAM-SHA-256=[name=${USERS['scram-sha-256'].username},password=${USERS['scram-sha-256'].password}]`,
      `SCRAM-SHA-512=[name=${USERS['scram-sha-512'].username},password=${USERS['scram-sha-512'].password}]`,
    ],
    brokerProps: {
      listeners: `PLAINTEXT://${HOST}:${brokerPort},CONTROLLER://${HOST}:${controllerPort},SASL_PLAINTEXT://${HOST}:${sasl},SASL_SSL://${HOST}:${saslTls},SSL://${HOST}:${mtls}`,
      'advertised.listeners': `PLAINTEXT://${HOST}:${brokerPort},SASL_PLAINTEXT://${HOST}:${sasl},SASL_SSL://${HOST}:${saslTls},SSL://${HOST}:${mtls}`,
      'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,SSL:SSL',
      'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
      'listener.name.sasl_plaintext.plain.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required user_${USERS.plain.username}="${USERS.plain.password}";`,
      'listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config': scram,
      'listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config': scram,
      'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config': scram,
      'listener.name.sasl_ssl.sasl.enabled.mechanisms': 'SCRAM-SHA-512',
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': pki.serverKeystorePem,
      'listener.name.ssl.ssl.client.auth': 'required',
      'listener.name.ssl.ssl.truststore.type': 'PEM',
      'listener.name.ssl.ssl.truststore.location': pki.caPem,
    },
  });
  if (!broker) return;
  const kafka = new Kafka({ clientId: 'signalhouse-security-test', brokers: broker.brokers, logLevel: logLevel.WARN });
  admin = kafka.admin();
  await admin.connect();
  producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
}, 300_000);

afterAll(async () => {
  for (const s of services.splice(0)) await s.stop();
  for (const i of running.splice(0)) await i.stop().catch(() => {});
  await producer?.disconnect().catch(() => {});
  await admin?.disconnect().catch(() => {});
  await broker?.stop();
  await traceDecoder.close();
  if (pkiDir) rmSync(pkiDir, { recursive: true, force: true });
}, 60_000);

/** Fresh topics holding one JUnit report (5 test cases) of a fresh repo, produced on the plain listener. */
async function topicsWithReport() {
  const t = topicNames();
  await createTopics(admin, 1, t.spans, t.junit, t.incidents);
  const repo = uniqueRepo('kafka-sec');
  await producer.send({ topic: t.junit, acks: -1, messages: [{ value: JUNIT_XML(), headers: { repo, branch: 'main', commit: 'c1' } }] });
  return { t, repo };
}

async function ingestThrough(listenerPort: number, security: KafkaSecurity, t: ReturnType<typeof topicNames>): Promise<KafkaIngestion> {
  const ingestion = await startKafkaIngestion(store, { ...testIngestionOptions([`${HOST}:${listenerPort}`], t), security }, log, { traceDecoder });
  running.push(ingestion);
  return ingestion;
}

const tls = (extra: Partial<NonNullable<KafkaSecurity['tls']>> = {}) => ({ ca: readFileSync(pki.caPem, 'utf8'), ...extra });

/** The rejection of a start-up, or a failure of the test when it started. */
async function refusal(start: Promise<KafkaIngestion>): Promise<Error> {
  const outcome = await start.then(
    (ingestion) => {
      running.push(ingestion);
      return new Error('started, but should have been refused');
    },
    (err: unknown) => err as Error,
  );
  expect(outcome.message).not.toBe('started, but should have been refused');
  return outcome;
}

describe('Kafka security (real broker with SASL and TLS listeners)', () => {
  for (const mechanism of ['plain', 'scram-sha-256', 'scram-sha-512'] as const) {
    it(`consumes through SASL ${mechanism.toUpperCase()}`, { timeout: 120_000 }, async (ctx) => {
      if (!broker) return ctx.skip();
      const { t, repo } = await topicsWithReport();
      await ingestThrough(port.sasl, { sasl: { mechanism, ...USERS[mechanism] } }, t);
      await waitFor('5 test results', async () => (await countRows(store, 'test_results', repo)) === 5);
    });
  }

  it('refuses a wrong SCRAM password at start-up, naming the mechanism and user but not the password', { timeout: 120_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const t = topicNames();
    const wrong = 'not-alices-password-99';
    const err = await refusal(
      startKafkaIngestion(store, { ...testIngestionOptions([`${HOST}:${port.sasl}`], t), security: { sasl: { mechanism: 'scram-sha-256', username: 'alice', password: wrong } } }, log, { traceDecoder }),
    );
    expect(err).toBeInstanceOf(KafkaSecurityError);
    expect(err.message).toMatch(/refused SASL SCRAM-SHA-256 authentication for user "alice"/);
    expect(err.message).not.toContain(wrong);
  });

  it('refuses a user the mechanism does not know (a SCRAM-SHA-256 user logging in with SCRAM-SHA-512)', { timeout: 120_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const err = await refusal(
      startKafkaIngestion(store, { ...testIngestionOptions([`${HOST}:${port.sasl}`], topicNames()), security: { sasl: { mechanism: 'scram-sha-512', ...USERS['scram-sha-256'] } } }, log, { traceDecoder }),
    );
    expect(err.message).toMatch(/refused SASL SCRAM-SHA-512 authentication for user "alice"/);
  });

  it('refuses a mechanism the listener does not enable, naming it', { timeout: 120_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const err = await refusal(
      startKafkaIngestion(store, { ...testIngestionOptions([`${HOST}:${port.saslTls}`], topicNames()), security: { sasl: { mechanism: 'plain', ...USERS.plain }, tls: tls() } }, log, { traceDecoder }),
    );
    expect(err).toBeInstanceOf(KafkaSecurityError);
    expect(err.message).toMatch(/does not enable SASL PLAIN on this listener: set KAFKA_SASL_MECHANISM to one that the listener enables/);
  });

  it('consumes through SCRAM-SHA-512 over TLS, trusting the private CA', { timeout: 120_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const { t, repo } = await topicsWithReport();
    await ingestThrough(port.saslTls, { sasl: { mechanism: 'scram-sha-512', ...USERS['scram-sha-512'] }, tls: tls() }, t);
    await waitFor('5 test results', async () => (await countRows(store, 'test_results', repo)) === 5);
  });

  it('refuses a broker certificate it cannot trust, saying to set KAFKA_SSL_CA_FILE', { timeout: 120_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const err = await refusal(
      startKafkaIngestion(store, { ...testIngestionOptions([`${HOST}:${port.saslTls}`], topicNames()), security: { sasl: { mechanism: 'scram-sha-512', ...USERS['scram-sha-512'] }, tls: {} } }, log, { traceDecoder }),
    );
    expect(err).toBeInstanceOf(KafkaSecurityError);
    expect(err.message).toMatch(/TLS certificate this service does not trust \(SELF_SIGNED_CERT_IN_CHAIN\).*KAFKA_SSL_CA_FILE/);
  });

  it('consumes from a broker that requires a TLS client certificate', { timeout: 120_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const { t, repo } = await topicsWithReport();
    await ingestThrough(port.mtls, { tls: tls({ cert: readFileSync(pki.clientCertPem, 'utf8'), key: readFileSync(pki.clientKeyPem, 'utf8') }) }, t);
    await waitFor('5 test results', async () => (await countRows(store, 'test_results', repo)) === 5);
  });
});

describe('the service configured by KAFKA_SASL_* and KAFKA_SSL_* variables', () => {
  const env = () => ({
    KAFKA_BROKERS: `${HOST}:${port.saslTls}`,
    KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
    KAFKA_SASL_USERNAME: USERS['scram-sha-512'].username,
    KAFKA_SASL_PASSWORD: USERS['scram-sha-512'].password,
    KAFKA_SSL: 'true',
    KAFKA_SSL_CA_FILE: pki.caPem,
  });

  it('consumes JUnit reports through SCRAM-SHA-512 over TLS', { timeout: 180_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const { t, repo } = await topicsWithReport();
    const service = await startServiceProcess({ ...env(), KAFKA_GROUP_ID: t.group, KAFKA_TOPIC_JUNIT: t.junit, KAFKA_TOPIC_SPANS: t.spans, KAFKA_TOPIC_INCIDENTS: t.incidents });
    services.push(service);
    await waitFor('the report read back through the API', async () => {
      const body = (await (await fetch(`${service.url}/v1/runs?repo=${encodeURIComponent(repo)}`)).json()) as { runs?: { attempts: number }[] };
      return body.runs?.[0]?.attempts === 5;
    });
    expect(service.logs()).not.toContain(USERS['scram-sha-512'].password);
  });

  it('exits non-zero at start-up on a wrong password, naming the mechanism and user, never the password', { timeout: 180_000 }, async (ctx) => {
    if (!broker) return ctx.skip();
    const wrong = 'wrong-password-for-bob-42';
    const { code, output } = await runServiceToExit({ ...env(), KAFKA_SASL_PASSWORD: wrong, KAFKA_GROUP_ID: topicNames().group });
    expect(code).toBe(1);
    expect(output).toMatch(/failed to start: the Kafka broker at 127\.0\.0\.1:\d+ refused SASL SCRAM-SHA-512 authentication for user "bob"/);
    expect(output).not.toContain(wrong);
  });
});

/** Runs `npm start`'s command until it exits by itself (fails the test after 120 s). */
function runServiceToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', HOST, SIGNALHOUSE_DATA_DIR: mkdtempSync(join(tmpdir(), 'signalhouse-svc-')), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the service did not exit within 120 s:\n${output}`));
    }, 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
