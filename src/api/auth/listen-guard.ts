import { isIP } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { ConfigError } from '../../config/config.ts';
import type { TokenRegistry } from './registry.ts';

// Safe by default: open (no tokens) only where nobody else can connect. Test results, stack traces and
// production traces are sensitive; an address beyond loopback without auth is a mistake unless said so.

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

export function assertSafeToListen(host: string, tokens: TokenRegistry, log: FastifyBaseLogger): void {
  if (tokens.disabled) {
    log.warn({ host }, 'SIGNALHOUSE_AUTH=off: anyone who can reach this address can upload and read everything');
    return;
  }
  if (tokens.required() || isLoopback(host)) return;
  throw new ConfigError(
    `refusing to listen on ${host} without authentication: anyone who can reach it could read test results and traces.\n` +
      '  Set SIGNALHOUSE_ADMIN_TOKEN to a long random string (e.g. `openssl rand -hex 32`), then create tokens for CI with\n' +
      '  `SIGNALHOUSE_TOKEN=<admin token> npx signalhouse token create --scope ingest --scope read --repo "acme/*"`;\n' +
      '  or set SIGNALHOUSE_AUTH=off to run open on purpose (a warning is logged).',
  );
}
