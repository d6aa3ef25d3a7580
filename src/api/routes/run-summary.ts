import type { FastifyInstance } from 'fastify';
import { runFailureSummary } from '../../../models/report/run-summary.ts';
import { NotFoundError } from '../errors.ts';
import type { AppDeps } from '../app.ts';
import { repoProperty } from '../repo-property.ts';

// GET /v1/runs/:runId/summary?repo=&attempt=: one CI run attempt's failures by class and signature,
// with first failing commits, links and what selection skipped (what `signalhouse summary` prints
// into a pull request). Without `attempt`, the latest attempt.

export async function runSummaryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Params: { runId: string }; Querystring: { repo: string; attempt: number } }>(
    '/v1/runs/:runId/summary',
    {
      schema: {
        params: { type: 'object', properties: { runId: { type: 'string', minLength: 1, maxLength: 256 } } },
        querystring: {
          type: 'object',
          required: ['repo'],
          properties: { repo: repoProperty, attempt: { type: 'integer', minimum: 0, maximum: 65535, default: 0 } },
        },
      },
    },
    async (req) => {
      const summary = await runFailureSummary(deps.store.client, { repo: req.query.repo, runId: req.params.runId, attempt: req.query.attempt });
      if (!summary) {
        const which = req.query.attempt ? ` attempt ${req.query.attempt}` : '';
        throw new NotFoundError(`no CI run ${req.params.runId}${which} in ${req.query.repo}`);
      }
      return summary;
    },
  );
}
