import type { FastifyError, FastifyInstance } from 'fastify';
import { InputError } from '../../ingestion/errors.ts';
import { validationMessage } from './validation-messages.ts';
import { isStoreUnavailable } from '../store/retry.ts';

/** Seconds a client should wait before trying again when the store is down, full or overloaded. */
const STORE_RETRY_AFTER_S = 5;

// One place turns errors into replies: `{ error: CODE, message }` with the error's own status.
// Client mistakes are 4xx with a message naming the problem; anything else is a 500 that is logged
// and does not leak internals.

export class NotFoundError extends InputError {
  constructor(message: string) {
    super('NOT_FOUND', message, 404);
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | InputError | Error, req, reply) => {
    if (err instanceof InputError) {
      return reply.code(err.statusCode).send({ error: err.code, message: err.message });
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      return reply.code(400).send({ error: 'BAD_REQUEST', message: validationMessage(fe) });
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.code(fe.statusCode).send({ error: fe.code ?? 'BAD_REQUEST', message: fe.message });
    }
    if (isStoreUnavailable(err)) {
      // Nothing of the request was acknowledged: a client that retries loses nothing.
      req.log.warn({ err }, 'store unavailable');
      return reply
        .code(503)
        .header('retry-after', String(STORE_RETRY_AFTER_S))
        .send({ error: 'STORE_UNAVAILABLE', message: `the store cannot take or answer this now (${storeProblem(err)}); nothing was stored, try again` });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: 'INTERNAL', message: 'internal error; see the service log' });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ error: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` }),
  );
}

function storeProblem(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  const type = (err as { type?: unknown }).type;
  return typeof type === 'string' ? `ClickHouse ${String(code)} ${type}` : typeof code === 'string' ? code : 'unreachable';
}
