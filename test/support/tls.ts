import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A private CA and certificates signed by it, made with the openssl command line for one test run: what
// an operator of a broker with a private CA has. Needs `openssl` on PATH (in Debian's base image).

export interface TestPki {
  /** PEM of the CA: what clients trust (KAFKA_SSL_CA_FILE). */
  caPem: string;
  /** The broker's key and certificate (for 127.0.0.1 and localhost) in a PKCS#12 keystore. */
  serverKeystore: string;
  keystorePassword: string;
  /** A client certificate and key signed by the same CA (for brokers with ssl.client.auth=required). */
  clientCertPem: string;
  clientKeyPem: string;
}

export function makeTestPki(dir: string): TestPki {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const p = (name: string) => join(dir, name);
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', p('ca.key'), '-out', p('ca.pem'), '-days', '2', '-subj', '/CN=signalhouse-test-ca');
  writeFileSync(p('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  for (const [name, cn, ext] of [['server', 'localhost', ['-extfile', p('server.ext')]], ['client', 'signalhouse-client', []]] as const) {
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', p(`${name}.key`), '-out', p(`${name}.csr`), '-subj', `/CN=${cn}`);
    ssl('x509', '-req', '-in', p(`${name}.csr`), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial', '-out', p(`${name}.pem`), '-days', '2', ...ext);
  }
  const keystorePassword = 'test-keystore-pass';
  ssl('pkcs12', '-export', '-in', p('server.pem'), '-inkey', p('server.key'), '-certfile', p('ca.pem'), '-out', p('server.p12'), '-passout', `pass:${keystorePassword}`, '-name', 'broker');
  return {
    caPem: p('ca.pem'),
    serverKeystore: p('server.p12'),
    keystorePassword,
    clientCertPem: p('client.pem'),
    clientKeyPem: p('client.key'),
  };
}
