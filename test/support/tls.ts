import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

// A private CA and certificates signed by it, made for one test run: what an operator of a broker with a
// private CA has. Keys come from Node's crypto, certificates from node-forge (an npm dependency, so no
// openssl or keytool is needed on the machine). Files are PEM; the broker reads its key and chain as a
// PEM keystore (ssl.keystore.type=PEM) and its truststore likewise.

export interface TestPki {
  /** PEM of the CA: what clients trust (KAFKA_SSL_CA_FILE), and the broker's truststore for client certificates. */
  caPem: string;
  /** The broker's unencrypted PKCS#8 key followed by its certificate (for 127.0.0.1 and localhost) and the CA. */
  serverKeystorePem: string;
  /** A client certificate and key signed by the same CA (for brokers with ssl.client.auth=required). */
  clientCertPem: string;
  clientKeyPem: string;
}

interface Issued {
  cert: forge.pki.Certificate;
  keyPem: string;
  key: forge.pki.rsa.PrivateKey;
}

function issue(cn: string, issuer: Issued | null, extensions: object[]): Issued {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // A positive serial: the leading byte's high bit clear.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 2 * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: cn }]);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : [{ name: 'commonName', value: cn }]);
  cert.setExtensions([{ name: 'subjectKeyIdentifier' }, ...extensions]);
  cert.sign(issuer?.key ?? key, forge.md.sha256.create());
  return { cert, keyPem, key };
}

export function makeTestPki(dir: string): TestPki {
  const ca = issue('signalhouse-test-ca', null, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  const leaf = { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true };
  const server = issue('localhost', ca, [
    leaf,
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
  ]);
  const client = issue('signalhouse-client', ca, [leaf, { name: 'extKeyUsage', clientAuth: true }]);
  const pem = (c: Issued) => forge.pki.certificateToPem(c.cert);
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text, { mode: 0o600 });
    return p;
  };
  return {
    caPem: write('ca.pem', pem(ca)),
    serverKeystorePem: write('server-keystore.pem', server.keyPem + pem(server) + pem(ca)),
    clientCertPem: write('client.pem', pem(client)),
    clientKeyPem: write('client.key', client.keyPem),
  };
}
