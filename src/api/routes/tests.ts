import type { FastifyInstance } from 'fastify';
import { testOperations } from '../../store/test-operations.ts';
import { testHistory } from '../../store/tests-queries.ts';
import { NotFoundError } from '../errors.ts';
import type { AppDeps } from '../app.ts';
import { TEST_ID_PATTERN } from '../validation-messages.ts';
import { pageProperties } from './runs.ts';

// GET /v1/tests/:testId/history: every executed attempt of one test, newest first.

export async function testsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Params: { testId: string }; Querystring: { repo?: string; limit: number; offset: number } }>(
    '/v1/tests/:testId/history',
    {
      schema: {
        params: {
          type: 'object',
          properties: { testId: { type: 'string', pattern: TEST_ID_PATTERN } },
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

  // GET /v1/tests/:testId/operations: runtime operations (service, span name) the test exercises.
  app.get<{ Params: { testId: string }; Querystring: { repo?: string; executions: number } }>(
    '/v1/tests/:testId/operations',
    {
      schema: {
        params: { type: 'object', properties: { testId: { type: 'string', pattern: TEST_ID_PATTERN } } },
        querystring: {
          type: 'object',
          properties: {
            repo: { type: 'string', maxLength: 512 },
            executions: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
          },
        },
      },
    },
    async (req) => {
      const { testId } = req.params;
      const { repo, executions } = req.query;
      const found = await testHistory(deps.store.client, { testId, repo, limit: 1, offset: 0 });
      if (!found) throw new NotFoundError(`no results for test ${testId}${repo ? ` in ${repo}` : ''}`);
      const ops = await testOperations(deps.store.client, { testId, repo, executions });
      return { ...found.test, ...ops };
    },
  );
}
