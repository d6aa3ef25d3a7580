import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { openStore, type Store } from '../../src/store/clickhouse.ts';
import { migrate } from '../../src/store/migrate.ts';

// Integration tests run on the real ClickHouse engine: embedded chDB in a temporary data folder (one
// per test process, as chDB allows), or the server in CLICKHOUSE_URL when set. Tests isolate from each
// other by repo id, not by folder.

let shared: Promise<Store> | null = null;

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    SIGNALHOUSE_DATA_DIR: mkdtempSync(join(tmpdir(), 'signalhouse-test-')),
    CLICKHOUSE_DATABASE: 'signalhouse_test',
    LOG_LEVEL: 'silent',
    ...(process.env.CLICKHOUSE_URL ? { CLICKHOUSE_URL: process.env.CLICKHOUSE_URL } : {}),
    ...overrides,
  });
}

/** The process's store, migrated once. Do not close it in a test; it lives as long as the process. */
export function testStore(): Promise<Store> {
  shared ??= (async () => {
    const store = await openStore(testConfig());
    await migrate(store.client);
    return store;
  })();
  return shared;
}

export function uniqueRepo(prefix = 'test'): string {
  return `${prefix}/${randomUUID().slice(0, 8)}`;
}

export async function countRows(store: Store, table: 'test_results' | 'ci_runs' | 'code_reach', repo: string): Promise<number> {
  // Table names come from this fixed union, never from input.
  const rs = await store.client.query({
    query: `SELECT count() AS n FROM ${table} WHERE repo = {repo:String}`,
    query_params: { repo },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ n: string }>();
  return Number(rows[0]?.n ?? 0);
}
