import { mkdirSync } from 'node:fs';
import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import type { Config } from '../config/config.ts';

// The one way the service reaches ClickHouse: @clickhouse/client, either over HTTP to a server
// (CLICKHOUSE_URL) or in-process to the embedded chDB engine. Everything above this file is the same
// code for both.

export interface Store {
  client: ClickHouseClient;
  kind: 'embedded' | 'server';
  database: string;
  close(): Promise<void>;
}

// 64-bit integers as JSON strings: otherwise counts and nanosecond times lose precision in JS.
const CLICKHOUSE_SETTINGS = { output_format_json_quote_64bit_integers: 1 } as const;

export async function openStore(config: Config): Promise<Store> {
  const database = config.CLICKHOUSE_DATABASE; // validated as a plain identifier by the config schema
  if (config.CLICKHOUSE_URL) {
    const auth = {
      url: config.CLICKHOUSE_URL,
      username: config.CLICKHOUSE_USER ?? 'default',
      password: config.CLICKHOUSE_PASSWORD ?? '',
      clickhouse_settings: CLICKHOUSE_SETTINGS,
    };
    const bootstrap = createClient(auth);
    try {
      await bootstrap.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
    } finally {
      await bootstrap.close();
    }
    const client = createClient({ ...auth, database });
    return { client, kind: 'server', database, close: () => client.close() };
  }

  mkdirSync(config.SIGNALHOUSE_DATA_DIR, { recursive: true });
  // chDB binds one data folder per process; a second open of the same path shares it.
  const client = createClient({
    // chdb types the connection against its own copy of @clickhouse/client-common; same interface.
    connection: createChdbConnection({ path: config.SIGNALHOUSE_DATA_DIR }) as unknown as NonNullable<
      Parameters<typeof createClient>[0]
    >['connection'],
    clickhouse_settings: CLICKHOUSE_SETTINGS,
  });
  await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
  // The chDB connection ignores the client's `database` option, but its session keeps USE.
  await client.command({ query: `USE ${database}` });
  return { client, kind: 'embedded', database, close: () => client.close() };
}
