import type { FastifyInstance } from 'fastify';
import { findTests } from '../../store/test-lookup.ts';
import type { AppDeps } from '../app.ts';

// GET /v1/tests?q=&repo=&limit=: tests named by a prefix of their id, their name or their qualified
// name (com.acme.CartTest.timing), most recently run first. `signalhouse test NAME` resolves with it,
// and lists the candidates when the name is ambiguous.

export async function testLookupRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Querystring: { q: string; repo?: string; limit: number } }>(
    '/v1/tests',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 4096 },
            repo: { type: 'string', maxLength: 512 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        },
      },
    },
    async (req) => ({ query: req.query.q, tests: await findTests(deps.store.client, { query: req.query.q, repo: req.query.repo, limit: req.query.limit }) }),
  );
}
