import type { FastifyInstance } from 'fastify';
import { byService, hotPaths, totalsOf, type CoverageScope } from '../../../models/coverage/hot-paths.ts';
import type { AppDeps } from '../app.ts';
import { WINDOW_PATTERN, windowDays } from '../window.ts';

// Hot-path coverage (docs/coverage.md):
//   GET /v1/coverage/hot-paths?repo=&service=&environment=&window=7d&limit=100&sort=calls|risk
//   GET /v1/coverage/hot-paths/services?repo=&environment=&window=7d

interface CoverageQuery {
  repo?: string;
  service?: string;
  environment?: string;
  window?: string;
}

const scopeProperties = {
  repo: { type: 'string', maxLength: 512 },
  environment: { type: 'string', minLength: 1, maxLength: 256 },
  window: { type: 'string', pattern: WINDOW_PATTERN },
} as const;

const DEFAULT_WINDOW = '7d';

export async function coverageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const production = deps.config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS;

  /** Asked for one environment: that one (with unlabelled spans if it is a production one); else production. */
  function scopeOf(q: CoverageQuery): CoverageScope & { window: string } {
    const window = q.window || DEFAULT_WINDOW;
    const environments = q.environment ? [q.environment] : production;
    return {
      environments,
      unlabelled: environments.some((e) => production.includes(e)),
      service: q.service || undefined,
      repo: q.repo || undefined,
      window,
      windowDays: windowDays(window),
    };
  }

  app.get<{ Querystring: CoverageQuery & { limit: number; sort: 'calls' | 'risk' } }>(
    '/v1/coverage/hot-paths',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            ...scopeProperties,
            service: { type: 'string', maxLength: 512 },
            limit: { type: 'integer', minimum: 1, maximum: 10_000, default: 100 },
            sort: { type: 'string', enum: ['calls', 'risk'], default: 'calls' },
          },
        },
      },
    },
    async (req) => {
      const scope = scopeOf(req.query);
      const paths = await hotPaths(deps.store, scope);
      const totals = totalsOf(paths);
      const ranked = req.query.sort === 'risk' ? [...paths].sort((a, b) => b.uncoveredRisk - a.uncoveredRisk || b.calls - a.calls) : paths;
      return {
        coverage: totals.coverage,
        window: scope.window,
        windowDays: scope.windowDays,
        environments: scope.environments,
        totals: { calls: totals.calls, coveredCalls: totals.coveredCalls, operations: totals.operations, coveredOperations: totals.coveredOperations },
        operations: ranked.slice(0, req.query.limit),
      };
    },
  );

  app.get<{ Querystring: CoverageQuery }>(
    '/v1/coverage/hot-paths/services',
    { schema: { querystring: { type: 'object', properties: scopeProperties } } },
    async (req) => {
      const scope = scopeOf(req.query);
      const paths = await hotPaths(deps.store, scope);
      return {
        coverage: totalsOf(paths).coverage,
        window: scope.window,
        windowDays: scope.windowDays,
        environments: scope.environments,
        services: byService(paths),
      };
    },
  );
}
