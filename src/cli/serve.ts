import { readFileSync } from 'node:fs';
import type { Command } from 'commander';

// `signalhouse --version` and `signalhouse serve`: what `npx signalhouse …` needs besides the commands
// that talk to a running service.

/** The version in package.json (the CLI runs from the sources, so that is the one being run). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'run the service, the same as `npm start`: configured by environment variables (PORT, HOST, SIGNALHOUSE_DATA_DIR, ' +
        'CLICKHOUSE_URL, KAFKA_BROKERS, …; see src/config/config.ts), until SIGINT or SIGTERM',
    )
    .action(async () => {
      // src/main.ts starts the service when imported and exits the process on a signal or a bad
      // configuration, exactly as under `npm start`; the listening server keeps the process alive.
      await import('../main.ts');
    });
}
