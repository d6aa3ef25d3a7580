import { readFileSync } from 'node:fs';
import type { Config } from '../config/config.ts';

// How the service authenticates to the brokers and protects the connection: SASL (PLAIN, SCRAM) and TLS,
// in our own terms so the client library stays replaceable (kafkajs-source.ts maps them to kafkajs).
// See docs/kafka-security.md for the variables and a broker set-up.

export type SaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';

export interface KafkaSecurity {
  sasl?: { mechanism: SaslMechanism; username: string; password: string };
  /** TLS to the brokers; PEM contents, not paths. Without `ca` the system's CAs are trusted. */
  tls?: { ca?: string; cert?: string; key?: string };
}

/** Start-up cannot go on with this Kafka security set-up; the message says what to fix and never holds a secret. */
export class KafkaSecurityError extends Error {
  override readonly name = 'KafkaSecurityError';
}

/** The security of the broker connection from the configuration; reads the PEM files it names. */
export function kafkaSecurityFromConfig(config: Config): KafkaSecurity {
  const security: KafkaSecurity = {};
  if (config.KAFKA_SASL_MECHANISM && config.KAFKA_SASL_USERNAME && config.KAFKA_SASL_PASSWORD) {
    security.sasl = { mechanism: config.KAFKA_SASL_MECHANISM, username: config.KAFKA_SASL_USERNAME, password: config.KAFKA_SASL_PASSWORD };
  }
  if (config.KAFKA_SSL) {
    security.tls = {
      ca: pem('KAFKA_SSL_CA_FILE', config.KAFKA_SSL_CA_FILE),
      cert: pem('KAFKA_SSL_CERT_FILE', config.KAFKA_SSL_CERT_FILE),
      key: pem('KAFKA_SSL_KEY_FILE', config.KAFKA_SSL_KEY_FILE),
    };
  }
  return security;
}

function pem(variable: string, file: string | undefined): string | undefined {
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new KafkaSecurityError(`${variable}=${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (!text.includes('-----BEGIN ')) throw new KafkaSecurityError(`${variable}=${file}: not a PEM file (no "-----BEGIN" line)`);
  return text;
}

/** What the connection is, for messages and logs: never the password. */
export function describeSecurity(security: KafkaSecurity | undefined): string {
  const sasl = security?.sasl;
  const auth = sasl ? `SASL ${sasl.mechanism.toUpperCase()} as user "${sasl.username}"` : 'no SASL';
  return `${auth}, ${security?.tls ? 'TLS' : 'no TLS'}`;
}

/** OpenSSL error codes of a server certificate that the client does not trust or that names another host. */
const UNTRUSTED_CERTIFICATE = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * A failure to connect that the operator must fix (a refused login, a certificate not trusted) as a
 * KafkaSecurityError naming the mechanism and user; anything else is returned as it is. Matched on the
 * client's error classes and OpenSSL's codes, never on message text.
 */
export function explainConnectError(err: unknown, brokers: string[], security: KafkaSecurity | undefined): unknown {
  if (!(err instanceof Error)) return err;
  const where = `the Kafka broker at ${brokers.join(',')}`;
  const sasl = security?.sasl;
  if (err.name === 'KafkaJSSASLAuthenticationError' && sasl) {
    return new KafkaSecurityError(
      `${where} refused SASL ${sasl.mechanism.toUpperCase()} authentication for user "${sasl.username}": ` +
        `check KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD, and that the broker enables ${sasl.mechanism.toUpperCase()} ` +
        `for this user (${err.message})`,
      { cause: err },
    );
  }
  if (err.name === 'KafkaJSProtocolError' && (err as Error & { type?: unknown }).type === 'UNSUPPORTED_SASL_MECHANISM' && sasl) {
    return new KafkaSecurityError(
      `${where} does not enable SASL ${sasl.mechanism.toUpperCase()} on this listener: set KAFKA_SASL_MECHANISM to one ` +
        `that the listener enables (the broker's sasl.enabled.mechanisms), or connect to another listener (${err.message})`,
      { cause: err },
    );
  }
  const code = codeInChain(err);
  if (code && UNTRUSTED_CERTIFICATE.has(code)) {
    return new KafkaSecurityError(
      `${where} presented a TLS certificate this service does not trust (${code}): set KAFKA_SSL_CA_FILE to the PEM ` +
        `file of the CA that signed it, and connect by a name or address the certificate holds`,
      { cause: err },
    );
  }
  return err;
}

function codeInChain(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    // kafkajs keeps the socket's error as `originalError` on some paths.
    const original = (e as Error & { originalError?: unknown }).originalError;
    if (original instanceof Error && typeof (original as NodeJS.ErrnoException).code === 'string') {
      return (original as NodeJS.ErrnoException).code;
    }
  }
  return undefined;
}
