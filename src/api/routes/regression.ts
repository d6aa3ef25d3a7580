import type { FastifyInstance } from 'fastify';
import { regressionSuite } from '../../../models/incidents/regression.ts';
import { MAX_PATH_LENGTH } from '../../store/changes.ts';
import { readServicePaths, storeServicePaths, type ServicePaths } from '../../store/service-paths.ts';
import type { AppDeps } from '../app.ts';
import { NotFoundError } from '../errors.ts';
import { repoProperty } from '../repo-property.ts';

// Incident-driven regression suites for CI (docs/incidents.md):
//   GET /v1/suites/regression?repo=&service=   live incident suites (scenarios + related tests), retired ones apart
//   PUT /v1/service-paths {repo, services: {checkout: ['services/checkout/**']}}   replaces the repo's mapping
//   GET /v1/service-paths?repo=


const servicePathsBody = {
  type: 'object',
  required: ['repo', 'services'],
  additionalProperties: false,
  properties: {
    repo: repoProperty,
    services: {
      type: 'object',
      maxProperties: 1000,
      propertyNames: { minLength: 1, maxLength: 512 },
      additionalProperties: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: MAX_PATH_LENGTH } },
    },
  },
} as const;

export async function regressionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const options = { environments: deps.config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS, retirePasses: deps.config.SIGNALHOUSE_INCIDENT_RETIRE_PASSES };

  app.get<{ Querystring: { repo: string; service?: string } }>(
    '/v1/suites/regression',
    { schema: { querystring: { type: 'object', required: ['repo'], properties: { repo: repoProperty, service: { type: 'string', maxLength: 512 } } } } },
    async (req) => {
      const { live, retired } = await regressionSuite(deps.store, { repo: req.query.repo, service: req.query.service || undefined }, options);
      return {
        repo: req.query.repo,
        service: req.query.service ?? null,
        retireAfter: options.retirePasses,
        incidents: live,
        retired: retired.map((e) => ({ id: e.incident.id, title: e.incident.title, cleanPasses: e.retirement.cleanPasses })),
      };
    },
  );

  app.put<{ Body: { repo: string; services: ServicePaths } }>('/v1/service-paths', { schema: { body: servicePathsBody } }, async (req) => {
    await storeServicePaths(deps.store, req.body.repo, req.body.services);
    return { repo: req.body.repo, services: Object.keys(req.body.services).length };
  });

  app.get<{ Querystring: { repo: string } }>(
    '/v1/service-paths',
    { schema: { querystring: { type: 'object', required: ['repo'], properties: { repo: repoProperty } } } },
    async (req) => {
      const mapping = await readServicePaths(deps.store.client, req.query.repo);
      if (!mapping) throw new NotFoundError(`no service path mapping set for ${req.query.repo}: PUT /v1/service-paths, or \`signalhouse services push\``);
      return { repo: req.query.repo, services: mapping };
    },
  );
}
