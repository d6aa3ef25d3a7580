import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import type { Readiness } from '../readiness.ts';
import { DecodeBudget } from '../decode/budget.ts';
import type { TraceDecoder } from '../decode/trace-decoder.ts';
import type { ReportSources } from '../../models/report/sources.ts';
import type { Store } from '../store/clickhouse.ts';
import { traceRequests } from '../telemetry.ts';
import { registerAuth } from './auth/plugin.ts';
import { registerRateLimit } from './auth/rate-limit.ts';
import { TokenRegistry } from './auth/registry.ts';
import { registerErrorHandler } from './errors.ts';
import { refuseNonFiniteNumbers } from './finite-numbers.ts';
import { registerOpenApi } from './openapi/openapi.ts';
import { requireKnownRepo } from './known-repo.ts';
import { loggerOptions } from './logging.ts';
import { adminRoutes } from './routes/admin.ts';
import { changesRoutes } from './routes/changes.ts';
import { coverageRoutes } from './routes/coverage.ts';
import { deploymentsRoutes } from './routes/deployments.ts';
import { flakinessRoutes } from './routes/flakiness.ts';
import { importsRoutes } from './routes/imports.ts';
import { incidentsRoutes } from './routes/incidents.ts';
import { junitRoutes } from './routes/junit.ts';
import { reportsRoutes } from './routes/reports.ts';
import { runSummaryRoutes } from './routes/run-summary.ts';
import { regressionRoutes } from './routes/regression.ts';
import { riskRoutes } from './routes/risk.ts';
import { runsRoutes } from './routes/runs.ts';
import { testLookupRoutes } from './routes/test-lookup.ts';
import { testsRoutes } from './routes/tests.ts';
import { tokensRoutes } from './routes/tokens.ts';
import { traceReadRoutes, tracesRoutes } from './routes/traces.ts';

// The app factory: main.ts wires and listens, tests call buildApp() and app.inject().

export interface AppDeps {
  config: Pick<
    Config,
    | 'SIGNALHOUSE_MAX_BODY_BYTES'
    | 'SIGNALHOUSE_RESULTS_TTL_DAYS'
    | 'LOG_LEVEL'
    | 'LOG_FORMAT'
    | 'SIGNALHOUSE_QUARANTINE_RELEASE_PASSES'
    | 'SIGNALHOUSE_ADMIN_TOKEN'
    | 'SIGNALHOUSE_AUTH'
    | 'SIGNALHOUSE_RATE_LIMIT_PER_MINUTE'
    | 'SIGNALHOUSE_REQUEST_TIMEOUT_MS'
    | 'SIGNALHOUSE_MAX_CONNECTIONS'
    | 'SIGNALHOUSE_PRODUCTION_ENVIRONMENTS'
    | 'SIGNALHOUSE_INCIDENT_RETIRE_PASSES'
  > &
    Partial<Pick<Config, 'SIGNALHOUSE_MAX_DECODING_BYTES'>>;
  store: Store;
  /** Decodes POST /v1/traces bodies (src/decode/); the caller owns and closes it. Default: on the request's thread. */
  traceDecoder?: TraceDecoder;
  /** Request bytes held at once (decoding, or awaiting their store); default: SIGNALHOUSE_MAX_DECODING_BYTES. */
  decodeBudget?: DecodeBudget;
  /** What GET /readyz reports (src/readiness.ts); without it the app is ready once built (callers migrate first). */
  readiness?: Readiness;
  logger?: boolean;
  /** Hot-path coverage and incidents for the weekly report; default: none (those sections say "no data"). */
  reportSources?: ReportSources;
  /** Who may call (auth/); default: loaded from the store with the config's bootstrap token. */
  tokens?: TokenRegistry;
}

/** The token registry of an app's config, loaded from the store and kept current until the app closes. */
export async function tokenRegistry(deps: Pick<AppDeps, 'config' | 'store'>): Promise<TokenRegistry> {
  const tokens = new TokenRegistry(deps.store.client, {
    adminToken: deps.config.SIGNALHOUSE_ADMIN_TOKEN,
    disabled: deps.config.SIGNALHOUSE_AUTH === 'off',
  });
  await tokens.refresh();
  tokens.start();
  return tokens;
}

export async function buildApp(appDeps: AppDeps): Promise<FastifyInstance> {
  // One budget shared by every route that decodes bodies (JUnit, OTLP).
  const deps = { ...appDeps, decodeBudget: appDeps.decodeBudget ?? new DecodeBudget(appDeps.config.SIGNALHOUSE_MAX_DECODING_BYTES ?? Infinity) };
  const tokens = deps.tokens ?? (await tokenRegistry(deps));
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(deps.config),
    bodyLimit: deps.config.SIGNALHOUSE_MAX_BODY_BYTES,
    // A client that sends its headers or body too slowly is cut off instead of holding a socket.
    requestTimeout: deps.config.SIGNALHOUSE_REQUEST_TIMEOUT_MS,
    connectionTimeout: deps.config.SIGNALHOUSE_REQUEST_TIMEOUT_MS,
    // Query strings like ?repo=acme/shop must not be coerced into arrays or numbers by surprise.
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  registerErrorHandler(app);
  refuseNonFiniteNumbers(app);
  registerAuth(app, tokens);
  app.server.maxConnections = deps.config.SIGNALHOUSE_MAX_CONNECTIONS;
  await registerRateLimit(app, deps.config.SIGNALHOUSE_RATE_LIMIT_PER_MINUTE);
  app.addHook('onClose', async () => tokens.stop());
  traceRequests(app);
  await registerOpenApi(app);
  requireKnownRepo(app, deps.store);
  app.get('/healthz', { config: { scope: 'public' } }, async () => {
    await deps.store.client.ping();
    return { ok: true, store: deps.store.kind };
  });
  app.get('/readyz', { config: { scope: 'public' } }, async (_req, reply) => {
    const r = deps.readiness?.report() ?? { ready: true, migrations: true, kafka: 'not configured', stopping: false };
    return reply.code(r.ready ? 200 : 503).send(r);
  });
  await app.register(junitRoutes, deps);
  await app.register(changesRoutes, deps);
  await app.register(riskRoutes, deps);
  await app.register(runsRoutes, deps);
  await app.register(flakinessRoutes, deps);
  await app.register(testsRoutes, deps);
  await app.register(testLookupRoutes, deps);
  await app.register(tracesRoutes, deps);
  await app.register(traceReadRoutes, deps);
  await app.register(reportsRoutes, deps);
  await app.register(runSummaryRoutes, deps);
  await app.register(tokensRoutes, { ...deps, tokens });
  await app.register(adminRoutes, deps);
  await app.register(coverageRoutes, deps);
  await app.register(incidentsRoutes, deps);
  await app.register(regressionRoutes, deps);
  await app.register(deploymentsRoutes, deps);
  await app.register(importsRoutes, deps);
  return app;
}
