import { ConfigError, loadConfig } from './config/config.ts';
import { KafkaSecurityError } from './kafka/security.ts';
import { startService } from './service.ts';

// `npm start [-- --schedule DIR]`: configuration from the environment, then the service until
// SIGINT/SIGTERM. --schedule DIR is SIGNALHOUSE_WEEKLY_REPORT_DIR=DIR: weekly reports written there.

function scheduleArg(argv: string[]): Record<string, string> {
  const i = argv.indexOf('--schedule');
  return i >= 0 && argv[i + 1] ? { SIGNALHOUSE_WEEKLY_REPORT_DIR: argv[i + 1]! } : {};
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(undefined, scheduleArg(process.argv.slice(2)));
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
  if (err instanceof KafkaSecurityError) {
    // Something to fix in the set-up, said in full by the message: a stack trace would only bury it.
    process.stderr.write(`signalhouse: failed to start: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`signalhouse: failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
