import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';

// The one way rows are written. Why not plain `client.insert({ clickhouse_settings })`:
//
// 1. The embedded engine's connection (chdb/connection) turns clickhouse_settings into session-wide
//    `SET` statements that outlive the call: an insert_deduplication_token set for one upload would
//    stay on for the next inserts, and ClickHouse would drop them as duplicates of it. Settings here go
//    in the statement's own SETTINGS clause, which applies to that statement alone, and every insert
//    states its token ('' = none) so nothing is inherited either way.
// 2. One insert = one statement = one block (max_insert_block_size is raised above the row count):
//    ClickHouse commits it atomically, which is what makes an upload all-or-nothing.
// 3. Transport. To a server the rows stream as the HTTP body. The embedded connection can only pass
//    rows inline in the SQL text, which ClickHouse parses about 3x slower than a data stream (measured:
//    50k result rows in ~800 ms inline, ~250 ms from a file), so there the rows are spooled to a file
//    in the data folder and read with INSERT … FROM INFILE. Same statement, same format, same atomicity.

export type Table = 'test_results' | 'ci_runs' | 'spans' | 'changes' | 'incidents' | 'dead_letters' | 'failure_classes' | 'risk_model';

export type InsertRows = (table: Table, rows: readonly object[], opts?: { dedupToken?: string }) => Promise<void>;

const TOKEN = /^[A-Za-z0-9_.:-]{0,200}$/;

function encode(rows: readonly object[]): string {
  let body = '';
  for (const row of rows) body += `${JSON.stringify(row)}\n`;
  return body;
}

function settingsClause(table: Table, rows: number, token: string): string {
  // The token is inlined as a literal (SETTINGS takes no query parameters), so it must come from our
  // own code: a hash or id we made, checked against a strict pattern here.
  if (!TOKEN.test(token)) throw new Error(`insert into ${table}: unsafe deduplication token`);
  const blockSize = Math.max(1_048_576, rows + 1);
  // optimize_on_insert = 0: Replacing tables (spans, runs, changes) would otherwise collapse equal keys
  // inside every inserted block, which more than doubles the cost of a span insert (measured: 16k spans
  // 369 ms → 165 ms); the background merges and the readers' FINAL / uniqExact collapse them anyway.
  return (
    `SETTINGS insert_deduplication_token = '${token}', max_insert_block_size = ${blockSize}, ` +
    'min_insert_block_size_rows = 0, min_insert_block_size_bytes = 0, optimize_on_insert = 0'
  );
}

/** Rows streamed as the request body: for a ClickHouse server. */
export function streamingInserter(client: ClickHouseClient): InsertRows {
  return async (table, rows, opts = {}) => {
    if (rows.length === 0) return;
    const settings = settingsClause(table, rows.length, opts.dedupToken ?? '');
    const result = await client.exec({
      query: `INSERT INTO ${table} ${settings} FORMAT JSONEachRow`,
      values: Readable.from([encode(rows)]),
    });
    result.stream.destroy(); // an INSERT answers nothing; free the connection
  };
}

/** Rows spooled to a file the in-process engine reads: for the embedded engine. */
export function spoolingInserter(client: ClickHouseClient, spoolDir: string): InsertRows {
  mkdirSync(spoolDir, { recursive: true });
  return async (table, rows, opts = {}) => {
    if (rows.length === 0) return;
    const settings = settingsClause(table, rows.length, opts.dedupToken ?? '');
    const file = join(spoolDir, `${table}-${randomUUID()}.jsonl`);
    if (file.includes("'") || file.includes('\\')) throw new Error(`spool path must not contain quotes: ${file}`);
    await writeFile(file, encode(rows));
    try {
      const result = await client.exec({ query: `INSERT INTO ${table} FROM INFILE '${file}' ${settings} FORMAT JSONEachRow` });
      result.stream.destroy();
    } finally {
      await rm(file, { force: true });
    }
  };
}
