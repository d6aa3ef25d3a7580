import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.ts';
import { describeSecurity, KafkaSecurityError, kafkaSecurityFromConfig } from '../src/kafka/security.ts';

// The Kafka security variables: how they combine, what they turn into, and that no message shows a
// secret. The connection itself is tested against a real broker in kafka-security.int.test.ts.

const dir = mkdtempSync(join(tmpdir(), 'signalhouse-kafka-sec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('configuration accepted');
}

describe('Kafka security configuration', () => {
  it('takes a mechanism in any case, with user and password (the password untrimmed)', () => {
    const c = loadConfig({ KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512', KAFKA_SASL_USERNAME: 'bob', KAFKA_SASL_PASSWORD: ' pw with spaces ' });
    expect(kafkaSecurityFromConfig(c)).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'bob', password: ' pw with spaces ' } });
  });

  it('is no SASL and no TLS by default', () => {
    expect(kafkaSecurityFromConfig(loadConfig({}))).toEqual({});
  });

  it('refuses a mechanism it does not support, and a mechanism without user or password', () => {
    expect(configError({ KAFKA_SASL_MECHANISM: 'gssapi' })).toMatch(/KAFKA_SASL_MECHANISM="gssapi"/);
    const msg = configError({ KAFKA_SASL_MECHANISM: 'plain' });
    expect(msg).toMatch(/KAFKA_SASL_USERNAME="": needed with KAFKA_SASL_MECHANISM=plain/);
    expect(msg).toMatch(/KAFKA_SASL_PASSWORD="": needed with KAFKA_SASL_MECHANISM=plain/);
  });

  it('refuses a user and password without a mechanism, and never echoes the password', () => {
    const msg = configError({ KAFKA_SASL_USERNAME: 'bob', KAFKA_SASL_PASSWORD: 'hunter2-secret' });
    expect(msg).toMatch(/KAFKA_SASL_PASSWORD=<redacted>: set KAFKA_SASL_MECHANISM too/);
    expect(msg).toMatch(/KAFKA_SASL_USERNAME="bob"/);
    expect(msg).not.toContain('hunter2-secret');
  });

  it('never echoes a bad admin token either', () => {
    const msg = configError({ SIGNALHOUSE_ADMIN_TOKEN: 'short-secret' });
    expect(msg).toMatch(/SIGNALHOUSE_ADMIN_TOKEN=<redacted>: must be at least 16 characters/);
    expect(msg).not.toContain('short-secret');
  });

  it('wants KAFKA_SSL=true for certificate files, and a client certificate with its key', () => {
    expect(configError({ KAFKA_SSL_CA_FILE: '/etc/ca.pem' })).toMatch(/KAFKA_SSL_CA_FILE="\/etc\/ca.pem": only used with KAFKA_SSL=true/);
    expect(configError({ KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: '/etc/c.pem' })).toMatch(/KAFKA_SSL_KEY_FILE="": a client certificate needs both/);
    expect(configError({ KAFKA_SSL: 'yes' })).toMatch(/KAFKA_SSL="yes"/);
  });

  it('reads the PEM files named, and trusts the system CAs when none is named', () => {
    const ca = file('ca.pem', PEM);
    const c = loadConfig({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: ca, KAFKA_SSL_CERT_FILE: ca, KAFKA_SSL_KEY_FILE: file('key.pem', '-----BEGIN PRIVATE KEY-----\n') });
    expect(kafkaSecurityFromConfig(c).tls).toEqual({ ca: PEM, cert: PEM, key: '-----BEGIN PRIVATE KEY-----\n' });
    expect(kafkaSecurityFromConfig(loadConfig({ KAFKA_SSL: '1' })).tls).toEqual({ ca: undefined, cert: undefined, key: undefined });
  });

  it('says which file it cannot read, or which is not PEM', () => {
    const missing = join(dir, 'nope.pem');
    expect(() => kafkaSecurityFromConfig(loadConfig({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: missing }))).toThrowError(
      new KafkaSecurityError(`KAFKA_SSL_CA_FILE=${missing}: cannot read it (ENOENT)`),
    );
    const der = file('ca.der', '0\x82\x01\x0a');
    expect(() => kafkaSecurityFromConfig(loadConfig({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: der }))).toThrowError(/KAFKA_SSL_CA_FILE=.*ca\.der: not a PEM file/);
  });

  it('describes the connection by mechanism and user, without the password', () => {
    const text = describeSecurity({ sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'pw-123' }, tls: {} });
    expect(text).toBe('SASL SCRAM-SHA-256 as user "alice", TLS');
    expect(describeSecurity(undefined)).toBe('no SASL, no TLS');
  });
});
