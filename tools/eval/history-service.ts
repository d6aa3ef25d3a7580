import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openStore, type Store } from '../../src/store/clickhouse.ts';
import { migrate } from '../../src/store/migrate.ts';
import { deleteRepo } from '../../src/store/repo-deletion.ts';
import { DEFAULT_OPTIONS, generateHistory, type HistoryOptions } from '../history/generate.ts';
import { loadHistory } from '../history/load.ts';
import { loadImports } from './imports.ts';

// For evaluations: generated histories, loaded through the real HTTP API into one service.
//
// Loading takes minutes (every report goes through the JUnit route), so it happens once per history:
// histories and the store are kept under the cache directory, and each history is loaded under its
// own repository name (embedded ClickHouse allows one data directory per process, so histories of
// several shapes share one store, told apart by repo). A model change is then measured on the same
// loaded data: derived state such as failure classes is recomputed when its rules change.

export interface EvalWorld {
  url: string;
  app: FastifyInstance;
  store: Store;
  /** Generates (if needed) and loads (if needed) one history; returns its directory and repo. */
  history(options: Partial<HistoryOptions>): Promise<{ dir: string; repo: string }>;
  close(): Promise<void>;
}

export async function evalService(cacheDir: string, log: (s: string) => void): Promise<EvalWorld> {
  const root = resolve(cacheDir);
  mkdirSync(root, { recursive: true });
  // Spans kept whatever their age: generated histories start in the past, and the code spans below
  // traced tests (test impact) would otherwise be refused as older than the spans' retention.
  const config = loadConfig({ SIGNALHOUSE_DATA_DIR: join(root, 'store'), CLICKHOUSE_DATABASE: 'signalhouse_eval', LOG_LEVEL: 'silent', SIGNALHOUSE_SPANS_TTL_DAYS: '0' });
  const store = await openStore(config);
  await migrate(store.client);
  const app = await buildApp({ config, store, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    store,
    async history(options) {
      const o = { ...DEFAULT_OPTIONS, ...options };
      const id = historyId(o);
      const repo = `eval/${id}`;
      const dir = join(root, `history-${id}`);
      if (!existsSync(join(dir, 'ground-truth.json'))) {
        const t0 = Date.now();
        await generateHistory({ ...o, repo, out: dir, force: true });
        log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${dir}`);
      }
      const marker = join(dir, 'eval-loaded.json');
      if (!existsSync(marker)) {
        // A half-loaded history (an interrupted earlier run) is replaced, not topped up.
        await deleteRepo(store.client, repo);
        rmSync(join(dir, 'eval-imports.json'), { force: true });
        const t1 = Date.now();
        const loaded = await loadHistory(dir, url, { concurrency: 8 });
        log(`loaded ${loaded.reports} reports (${(loaded.reportBytes / 2 ** 20).toFixed(0)} MiB) through ${url} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
        writeFileSync(marker, JSON.stringify(loaded));
      }
      // The checkout's import graph (code_reach), through the scanner and POST /v1/imports.
      await loadImports(store.client, dir, url, repo, { ...o, repo }, log);
      return { dir, repo };
    },
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** Names a history by every option that shapes it. */
function historyId(o: Omit<HistoryOptions, 'out'>): string {
  const skip = new Set(['repo', 'force', 'start', 'seed']);
  return Object.entries(o)
    .filter(([k, v]) => !skip.has(k) && v !== (DEFAULT_OPTIONS as Record<string, unknown>)[k])
    .map(([k, v]) => `${k}-${String(v)}`)
    .concat(`seed-${o.seed}`)
    .join('_')
    .replace(/[^\w.-]/g, '');
}


/** One history's own service, for evaluations that load one history once: a fresh store in `root` (removed on close). */
export interface HistoryWorld {
  dir: string;
  url: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

export async function serviceIn(root: string, dir: string): Promise<HistoryWorld> {
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
