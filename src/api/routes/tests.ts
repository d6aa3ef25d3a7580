import type { FastifyInstance } from 'fastify';
import { testHistory } from '../../store/tests-queries.ts';
import { NotFoundError } from '../errors.ts';
import type { AppDeps } from '../app.ts';
import { pageProperties } from './runs.ts';

// GET /v1/tests/:testId/history: every executed attempt of one test, newest first.

export async function testsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Params: { testId: string }; Querystring: { repo?: string; limit: number; offset: number } }>(
    '/v1/tests/:testId/history',
    {
      schema: {
        params: {
          type: 'object',
          properties: { testId: { type: 'string', pattern: '^[0-9a-f]{16}$' } },
        },
        querystring: {
          type: 'object',
          properties: { repo: { type: 'string', maxLength: 512 }, ...pageProperties },
        },
      },
    },
    async (req) => {
      const { testId } = req.params;
      const { repo, limit, offset } = req.query;
      const found = await testHistory(deps.store.client, { testId, repo, limit, offset });
      if (!found) throw new NotFoundError(`no results for test ${testId}${repo ? ` in ${repo}` : ''}`);
      return { ...found.test, attempts: found.attempts, limit, offset, nextOffset: found.attempts.length === limit ? offset + limit : null };
    },
  );
}
