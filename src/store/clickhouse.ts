import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { Session } from 'chdb';
import { createChdbConnection } from 'chdb/connection';
import { keepBackgroundThreadsNice } from './engine-threads.ts';
import type { Config } from '../config/config.ts';
import { BatchWriter } from './batch-writer.ts';
import { createDatabaseStatement } from './cluster.ts';
import { findStoredUploads } from './upload-ledger.ts';
import { spoolingInserter, streamingInserter, type InsertRows } from './insert.ts';

// The one way the service reaches ClickHouse: @clickhouse/client, either over HTTP to a server
// (CLICKHOUSE_URL) or in-process to the embedded chDB engine. Everything above this file is the same
// code for both.

export interface Store {
  client: ClickHouseClient;
  /** One INSERT of rows (see insert.ts); the writer batches over it. */
  insert: InsertRows;
  /** The store's one writer: every row goes through it (see batch-writer.ts). */
  writer: BatchWriter;
  kind: 'embedded' | 'server';
  /** Embedded engine only: the folder BACKUP and RESTORE may use (backups.allowed_path). */
  backupDir?: string;
  database: string;
  /** Flushes the writer, then closes the client. */
  close(): Promise<void>;
}

/** `writeClient`: the connection the writer's inserts and upload-ledger look-ups use (see openStore). */
function storeOf(client: ClickHouseClient, kind: Store['kind'], database: string, insert: InsertRows, config: Config, writeClient = client): Store {
  const writer = new BatchWriter(insert, {
    flushIntervalMs: config.SIGNALHOUSE_FLUSH_INTERVAL_MS,
    tableOrder: ['test_results', 'spans', 'ci_runs'],
    findStored: (keys) => findStoredUploads(writeClient, keys),
  });
  return {
    client,
    insert,
    writer,
    kind,
    database,
    close: async () => {
      await writer.close();
      await client.close();
      if (writeClient !== client) await writeClient.close();
    },
  };
}

// 64-bit integers as JSON strings: otherwise counts and nanosecond times lose precision in JS.
// Every query is bounded in time and memory, so one heavy request cannot take the store (and, with the
// embedded engine, the service's own process) down: it fails alone (503, see src/api/errors.ts).
function clickhouseSettings(config: Config) {
  return {
    output_format_json_quote_64bit_integers: 1,
    max_execution_time: config.SIGNALHOUSE_QUERY_TIMEOUT_S,
    max_memory_usage: String(config.SIGNALHOUSE_QUERY_MAX_MEMORY_BYTES),
  } as const;
}

export async function openStore(config: Config): Promise<Store> {
  const database = config.CLICKHOUSE_DATABASE; // validated as a plain identifier by the config schema
  if (config.CLICKHOUSE_URL) {
    const auth = {
      url: config.CLICKHOUSE_URL,
      username: config.CLICKHOUSE_USER ?? 'default',
      password: config.CLICKHOUSE_PASSWORD ?? '',
      clickhouse_settings: clickhouseSettings(config),
    };
    const bootstrap = createClient(auth);
    try {
      await bootstrap.command({ query: createDatabaseStatement(database, config.CLICKHOUSE_CLUSTER) });
    } finally {
      await bootstrap.close();
    }
    const client = createClient({ ...auth, database });
    return storeOf(client, 'server', database, streamingInserter(client), config);
  }

  mkdirSync(config.SIGNALHOUSE_DATA_DIR, { recursive: true });
  // chDB binds one data folder per process; a second open of the same path shares it. The engine is
  // started first by a Session that passes it server settings (the client's connection takes none):
  // BACKUP/RESTORE to File() need backups.allowed_path (see backup.ts). The clients then share it.
  const backupDir = join(resolve(config.SIGNALHOUSE_DATA_DIR), 'backups');
  mkdirSync(backupDir, { recursive: true });
  const engine = new Session(config.SIGNALHOUSE_DATA_DIR, { connectionArgs: [`--backups.allowed_path=${backupDir}`] });
  // A connection runs one statement at a time, so the writer gets a connection of its own: on one
  // connection every query (GET /healthz's ping, POST /v1/risk) waited behind the INSERT running,
  // hundreds of milliseconds under load. Connections to the same path run in parallel and see the same data.
  const connect = async () => {
    const c = createClient({
      // chdb types the connection against its own copy of @clickhouse/client-common; same interface.
      connection: createChdbConnection({ path: config.SIGNALHOUSE_DATA_DIR }) as unknown as NonNullable<
        Parameters<typeof createClient>[0]
      >['connection'],
      clickhouse_settings: clickhouseSettings(config),
    });
    await c.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
    // The chDB connection ignores the client's `database` option, but its session keeps USE.
    await c.command({ query: `USE ${database}` });
    return c;
  };
  const client = await connect();
  const writeClient = await connect();
  const spool = join(resolve(config.SIGNALHOUSE_DATA_DIR), 'insert-spool');
  const store = storeOf(client, 'embedded', database, spoolingInserter(writeClient, spool, { nice: config.SIGNALHOUSE_INGEST_NICE }), config, writeClient);
  const stopNice = keepBackgroundThreadsNice(config.SIGNALHOUSE_INGEST_NICE);
  return {
    ...store,
    backupDir,
    close: async () => {
      stopNice();
      await store.close();
      engine.close();
    },
  };
}
