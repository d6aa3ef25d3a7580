import type { FastifyError, FastifyInstance } from 'fastify';
import { InputError } from '../../ingestion/errors.ts';
import { DecodersBusyError } from '../decode/budget.ts';

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
    if (err instanceof DecodersBusyError) {
      return reply.code(err.statusCode).header('retry-after', String(err.retryAfterSeconds)).send({ error: err.code, message: err.message });
    }
    if (err instanceof InputError) {
      return reply.code(err.statusCode).send({ error: err.code, message: err.message });
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      return reply.code(400).send({ error: 'BAD_REQUEST', message: fe.message });
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.code(fe.statusCode).send({ error: fe.code ?? 'BAD_REQUEST', message: fe.message });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: 'INTERNAL', message: 'internal error; see the service log' });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ error: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` }),
  );
}
