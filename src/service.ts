import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app.ts';
import type { Config } from './config/config.ts';
import { openStore, type Store } from './store/clickhouse.ts';
import { migrate } from './store/migrate.ts';
import { applyRetention } from './store/retention.ts';
import { startSelfTracing } from './telemetry.ts';

// Wires the service from a config: store → migrations → retention → HTTP app. Shutdown runs in the
// reverse order: stop intake, then close the store.

export interface Service {
  app: FastifyInstance;
  store: Store;
  stop(): Promise<void>;
}

export async function startService(config: Config): Promise<Service> {
  const telemetry = startSelfTracing(config.SIGNALHOUSE_SELF_TRACING);
  const store = await openStore(config);
  try {
    await migrate(store.client);
    await applyRetention(store.client, {
      results: config.SIGNALHOUSE_RESULTS_TTL_DAYS,
      spans: config.SIGNALHOUSE_SPANS_TTL_DAYS,
    });
    const app = await buildApp({ config, store });
    await app.listen({ port: config.PORT, host: config.HOST });
    let stopping: Promise<void> | null = null;
    return {
      app,
      store,
      stop: () =>
        (stopping ??= (async () => {
          // Own spans first, while the service can still take them if it is its own exporter target.
          await telemetry.shutdown();
          await app.close();
          await store.close();
        })()),
    };
  } catch (e) {
    await store.close();
    await telemetry.shutdown();
    throw e;
  }
}
