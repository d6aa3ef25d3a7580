import { ConfigError, loadConfig } from './config/config.ts';
import { startService } from './service.ts';

// `npm start`: configuration from the environment, then the service until SIGINT/SIGTERM.

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`signalhouse: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const service = await startService(config);
  service.app.log.info(
    { store: service.store.kind, database: service.store.database, dataDir: service.store.kind === 'embedded' ? config.SIGNALHOUSE_DATA_DIR : undefined },
    'signalhouse ready',
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      service.app.log.info({ signal }, 'shutting down');
      service.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          service.app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`signalhouse: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`signalhouse: failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
