import type { FastifyInstance } from 'fastify';
import { listRuns } from '../../store/runs-queries.ts';
import type { AppDeps } from '../app.ts';
import { repoProperty } from '../repo-property.ts';

// GET /v1/runs?repo=&branch=&limit=&offset=: latest CI runs with their counts, newest first.

export const pageProperties = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

export async function runsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Querystring: { repo: string; branch?: string; limit: number; offset: number } }>(
    '/v1/runs',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['repo'],
          properties: {
            repo: repoProperty,
            branch: { type: 'string', maxLength: 512 },
            ...pageProperties,
          },
        },
      },
    },
    async (req) => {
      const { repo, branch, limit, offset } = req.query;
      const runs = await listRuns(deps.store.client, { repo, branch, limit, offset });
      return { runs, limit, offset, nextOffset: runs.length === limit ? offset + limit : null };
    },
  );
}
