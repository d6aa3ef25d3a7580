import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { migrate } from '../src/store/migrate.ts';
import { buildMonorepoHistory, type MonorepoShape } from './monorepo-history.ts';
import { timed } from './measure.ts';

// Builds a monorepo history (monorepo-history.ts) into a data folder, in a process of its own: the
// embedded engine serves one data folder per process, and the benchmark then starts the service on it.
// Usage: node --import tsx bench/monorepo-build.ts <dataDir> '<MonorepoShape as JSON>'
// Writes <dataDir>/bench-built.json when done (the benchmarks' cache marker).

const [dataDir, shapeJson] = process.argv.slice(2);
if (!dataDir || !shapeJson) {
  process.stderr.write('usage: monorepo-build.ts <dataDir> <shape JSON>\n');
  process.exit(2);
}
const shape = JSON.parse(shapeJson) as MonorepoShape;
const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
try {
  await migrate(store.client);
  const built = await timed(() =>
    buildMonorepoHistory(store.client, shape, (done, total) => process.stderr.write(`\r  ${done}/${total} run attempts`)),
  );
  process.stderr.write('\n');
  writeFileSync(join(dataDir, 'bench-built.json'), JSON.stringify({ shape, results: built.value, seconds: built.seconds }));
} finally {
  await store.close();
}
