import type { FastifyInstance } from 'fastify';
import { parseDeployment } from '../../../ingestion/deployments.ts';
import { deploymentPlan } from '../../../models/coverage/deploy-plan.ts';
import { incidentTestsForService } from '../../../models/incidents/regression.ts';
import { readDeployment, storeDeployment } from '../../store/deployments.ts';
import type { AppDeps } from '../app.ts';
import { NotFoundError } from '../errors.ts';
import { WINDOW_PATTERN, windowDays } from '../window.ts';

// Deployments and their post-deploy validation plan (docs/coverage.md):
//   POST /v1/deployments {service, version, environment, commit?, at, repo?, id?}  → 201 {id, plan}
//   GET  /v1/deployments/:id
//   GET  /v1/deployments/:id/plan?budgetMinutes=10&operations=20&window=7d

const idParams = { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' } } } as const;

export async function deploymentsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // The body is validated by parseDeployment (zod), which names every problem, as the Kafka topic would.
  app.post('/v1/deployments', async (req, reply) => {
    const d = parseDeployment(req.body);
    await storeDeployment(deps.store, d);
    return reply.code(201).send({ id: d.id, plan: `/v1/deployments/${d.id}/plan` });
  });

  app.get<{ Params: { id: string } }>('/v1/deployments/:id', { schema: { params: idParams } }, async (req) => {
    const d = await readDeployment(deps.store.client, req.params.id);
    if (!d) throw new NotFoundError(`no deployment ${req.params.id}`);
    return d;
  });

  app.get<{ Params: { id: string }; Querystring: { budgetMinutes: number; operations: number; window?: string } }>(
    '/v1/deployments/:id/plan',
    {
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            budgetMinutes: { type: 'number', exclusiveMinimum: 0, maximum: 10_000, default: 10 },
            operations: { type: 'integer', minimum: 1, maximum: 1000, default: 20 },
            window: { type: 'string', pattern: WINDOW_PATTERN },
          },
        },
      },
    },
    async (req) => {
      const d = await readDeployment(deps.store.client, req.params.id);
      if (!d) throw new NotFoundError(`no deployment ${req.params.id}`);
      return deploymentPlan(deps.store, d, {
        budgetMinutes: req.query.budgetMinutes,
        operations: req.query.operations,
        windowDays: windowDays(req.query.window, 7),
        production: deps.config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS,
        // The service's live incident suites run first (docs/incidents.md).
        required: await incidentTestsForService(deps.store, { repo: d.repo, service: d.service }, {
          environments: deps.config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS,
          retirePasses: deps.config.SIGNALHOUSE_INCIDENT_RETIRE_PASSES,
        }),
      });
    },
  );
}
