import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openStore, type Store } from '../../src/store/clickhouse.ts';
import { migrate } from '../../src/store/migrate.ts';
import { DEFAULT_OPTIONS, generateHistory, type HistoryOptions } from '../history/generate.ts';
import { loadHistory } from '../history/load.ts';

// For evaluations: a generated history, loaded through the real HTTP API into a fresh service.

export interface EvalWorld {
  dir: string;
  url: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

export async function historyInService(options: Partial<HistoryOptions>, log: (s: string) => void): Promise<EvalWorld> {
  const root = mkdtempSync(join(tmpdir(), 'signalhouse-eval-'));
  const dir = join(root, 'history');
  const t0 = Date.now();
  await generateHistory({ ...DEFAULT_OPTIONS, ...options, out: dir });
  log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${dir}`);
  const world = await serviceIn(root, dir);
  const t1 = Date.now();
  const loaded = await loadHistory(dir, world.url, { concurrency: 8 });
  log(`loaded ${loaded.reports} reports (${(loaded.reportBytes / 2 ** 20).toFixed(0)} MiB) through ${world.url} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  return world;
}

/** A fresh service on a fresh store in `root` (removed on close), listening on a free port. */
export async function serviceIn(root: string, dir: string): Promise<EvalWorld> {
  const config = loadConfig({ SIGNALHOUSE_DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' });
  const store = await openStore(config);
  await migrate(store.client);
  const app = await buildApp({ config, store, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    dir,
    url,
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
