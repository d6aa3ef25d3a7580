import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import type { TraceDecoder } from '../decode/trace-decoder.ts';
import type { Store } from '../store/clickhouse.ts';
import { traceRequests } from '../telemetry.ts';
import { registerErrorHandler } from './errors.ts';
import { changesRoutes } from './routes/changes.ts';
import { coverageRoutes } from './routes/coverage.ts';
import { deploymentsRoutes } from './routes/deployments.ts';
import { flakinessRoutes } from './routes/flakiness.ts';
import { incidentsRoutes } from './routes/incidents.ts';
import { junitRoutes } from './routes/junit.ts';
import { regressionRoutes } from './routes/regression.ts';
import { riskRoutes } from './routes/risk.ts';
import { runsRoutes } from './routes/runs.ts';
import { testsRoutes } from './routes/tests.ts';
import { traceReadRoutes, tracesRoutes } from './routes/traces.ts';

// The app factory: main.ts wires and listens, tests call buildApp() and app.inject().

export interface AppDeps {
  config: Pick<
    Config,
    'SIGNALHOUSE_MAX_BODY_BYTES' | 'SIGNALHOUSE_RESULTS_TTL_DAYS' | 'LOG_LEVEL' | 'SIGNALHOUSE_QUARANTINE_RELEASE_PASSES' | 'SIGNALHOUSE_PRODUCTION_ENVIRONMENTS' | 'SIGNALHOUSE_INCIDENT_RETIRE_PASSES'
  >;
  store: Store;
  /** Decodes POST /v1/traces bodies (src/decode/); the caller owns and closes it. Default: on the request's thread. */
  traceDecoder?: TraceDecoder;
  logger?: boolean;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.config.LOG_LEVEL },
    bodyLimit: deps.config.SIGNALHOUSE_MAX_BODY_BYTES,
    // Query strings like ?repo=acme/shop must not be coerced into arrays or numbers by surprise.
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  registerErrorHandler(app);
  traceRequests(app);
  app.get('/healthz', async () => {
    await deps.store.client.ping();
    return { ok: true, store: deps.store.kind };
  });
  await app.register(junitRoutes, deps);
  await app.register(changesRoutes, deps);
  await app.register(riskRoutes, deps);
  await app.register(runsRoutes, deps);
  await app.register(flakinessRoutes, deps);
  await app.register(testsRoutes, deps);
  await app.register(tracesRoutes, deps);
  await app.register(traceReadRoutes, deps);
  await app.register(coverageRoutes, deps);
  await app.register(incidentsRoutes, deps);
  await app.register(regressionRoutes, deps);
  await app.register(deploymentsRoutes, deps);
  return app;
}
