import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from './clickhouse.ts';

// Backup and restore of the embedded store with ClickHouse's own BACKUP / RESTORE, to a tar file in
// the engine's allowed backup folder (the engine of this build has no zip support; tar is native).
// A ClickHouse server is backed up with the server's own tooling (BACKUP … TO Disk/S3 on the server,
// or clickhouse-backup): its files live on the server's host, not the service's.

export class BackupUnsupportedError extends Error {}

/** Tables that hold data rather than the schema's own bookkeeping. */
const BOOKKEEPING = new Set(['schema_migrations']);

/** Writes a backup of the whole database; returns the tar's path (the caller deletes it). */
export async function backupToFile(store: Store): Promise<string> {
  if (!store.backupDir) throw new BackupUnsupportedError('backups through the service are for the embedded store; back a ClickHouse server up with its own BACKUP');
  const file = join(store.backupDir, `backup-${randomUUID()}.tar`);
  // The database name is validated as an identifier by the config; the path is made here.
  await store.client.command({ query: `BACKUP DATABASE ${store.database} TO File({file:String})`, query_params: { file } });
  return file;
}

/** Rows in the data tables: a restore goes only into a store with none, so nothing is counted twice. */
export async function storedRows(store: Store): Promise<number> {
  const rs = await store.client.query({
    query: `SELECT name, total_rows FROM system.tables
            WHERE database = currentDatabase() AND engine LIKE '%MergeTree' AND NOT is_temporary`,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.backup.storedRows' },
  });
  const rows = await rs.json<{ name: string; total_rows: string | null }>();
  return rows.filter((r) => !BOOKKEEPING.has(r.name)).reduce((n, r) => n + Number(r.total_rows ?? 0), 0);
}

/** Restores a backup tar (already in the backup folder) into the store; the store must hold no rows. */
export async function restoreFromFile(store: Store, file: string): Promise<void> {
  if (!store.backupDir) throw new BackupUnsupportedError('restores through the service are for the embedded store');
  try {
    await store.client.command({
      query: `RESTORE DATABASE ${store.database} FROM File({file:String}) SETTINGS allow_non_empty_tables = true`,
      query_params: { file },
    });
  } finally {
    await rm(file, { force: true });
  }
}
