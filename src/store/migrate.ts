import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClickHouseClient } from '@clickhouse/client';
import { clusterStatement } from './cluster.ts';

// Applies migrations/NNNN_name.sql in order, once each, recording them in schema_migrations.
// Every file is idempotent DDL (IF NOT EXISTS), so a crash between applying and recording is safe.

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE_NAME.test(f))
    .sort()
    .map((f) => {
      const [, version, name] = FILE_NAME.exec(f)!;
      const sql = readFileSync(`${dir}/${f}`, 'utf8');
      return {
        version: Number(version),
        name: name!,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/** `cluster`: run every DDL statement ON CLUSTER with replicated engines (src/store/cluster.ts). */
export async function migrate(client: ClickHouseClient, migrations = readMigrations(), o: { cluster?: string } = {}): Promise<Migration[]> {
  const [ledger, ...rest] = migrations;
  if (ledger) await client.command({ query: clusterStatement(ledger.sql, o.cluster) });
  const result = await client.query({
    query: 'SELECT version FROM schema_migrations FINAL',
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.migrate' },
  });
  const applied = new Set((await result.json<{ version: number }>()).map((r) => Number(r.version)));
  const pending = (ledger && !applied.has(ledger.version) ? [ledger] : []).concat(
    rest.filter((m) => !applied.has(m.version)),
  );
  for (const m of pending) {
    if (m !== ledger) await client.command({ query: clusterStatement(m.sql, o.cluster) });
    await client.insert({
      table: 'schema_migrations',
      values: [{ version: m.version, name: m.name, checksum: m.checksum }],
      format: 'JSONEachRow',
    });
  }
  return pending;
}
