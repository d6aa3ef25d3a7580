import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { InputError } from '../../../ingestion/errors.ts';

// Per-caller request rate: one bucket per token (so one noisy CI system cannot starve the others
// behind the same proxy address), or per client address when the service runs open. Registered after
// the auth gate, whose onRequest hook has named the caller by then. The probes are never limited.

class RateLimitedError extends InputError {
  constructor(message: string) {
    super('RATE_LIMITED', message, 429);
  }
}

function callerKey(req: FastifyRequest): string {
  const p = req.principal;
  return p && p.tokenId !== 'open' ? `token:${p.tokenId}` : `ip:${req.ip}`;
}

export async function registerRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  if (perMinute === 0) return;
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    hook: 'onRequest',
    keyGenerator: callerKey,
    allowList: (req) => req.routeOptions.config?.scope === 'public',
    // Thrown to the app's error handler, which answers { error, message } like every other refusal;
    // the plugin has set retry-after and the x-ratelimit-* headers by then.
    errorResponseBuilder: (_req, ctx) =>
      new RateLimitedError(`more than ${ctx.max} requests a minute from this caller; try again in ${Math.ceil(ctx.ttl / 1000)} s`),
  });
}
