import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';
import { RowBinaryRows, rowCount } from './row-binary.ts';

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
// 4. Format. JSONEachRow for every table but spans and test_results, whose rows come as RowBinaryRows chunks
//    (row-binary.ts says why); the statement then names the columns the rows carry. Embedded, such
//    rows are read with INSERT … SELECT FROM file(), still one statement and one block.

export type Table =
  | 'test_results' | 'ci_runs' | 'spans' | 'changes' | 'incidents' | 'dead_letters' | 'failure_classes' | 'risk_model' | 'risk_selections'
  | 'test_operation_links' | 'test_link_progress' | 'deployments' | 'incident_suites' | 'service_paths'
  | 'test_impact' | 'code_reach' | 'code_tests';

/** Rows: plain objects (one JSON row each) or RowBinaryRows chunks (see row-binary.ts). */
export type InsertRows = (table: Table, rows: readonly object[], opts?: { dedupToken?: string }) => Promise<void>;

const TOKEN = /^[A-Za-z0-9_.:-]{0,200}$/;

// Column names and wire types come from our code (rows.ts), never from input; checked anyway since
// they are inlined into the statement.
const COLUMN = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;
const WIRE_TYPE = /^[A-Za-z0-9_(), ]+$/;

/** An insert's rows as ClickHouse reads them. */
type Body =
  | { format: 'JSONEachRow'; data: string }
  | {
      format: 'RowBinary';
      /** '(`a`, `b`)': RowBinary values carry no names. */
      columns: string;
      /** 'a String, b Map(String, String)': what the bytes are, for reading them with file(). */
      structure: string;
      /** The units' chunks, in order: written one after another, never copied into one buffer. */
      data: Buffer[];
    };

/** Plain objects go as JSONEachRow; RowBinaryRows chunks (spans, test results: see rows.ts) as RowBinary. Never mixed. */
function encode(table: Table, rows: readonly object[]): Body {
  const first = rows[0];
  if (!(first instanceof RowBinaryRows)) {
    let data = '';
    for (const row of rows) {
      if (row instanceof RowBinaryRows) throw new Error(`insert into ${table}: rows of different shapes`);
      data += `${JSON.stringify(row)}\n`;
    }
    return { format: 'JSONEachRow', data };
  }
  const chunks: Buffer[] = [];
  for (const row of rows) {
    // One column list per statement: a chunk of another shape would be read as garbage, not fail.
    if (!(row instanceof RowBinaryRows) || row.columns !== first.columns) throw new Error(`insert into ${table}: rows of different shapes`);
    chunks.push(row.bytes);
  }
  for (const c of first.columns) {
    if (!COLUMN.test(c.name) || !WIRE_TYPE.test(c.type)) throw new Error(`insert into ${table}: bad column ${c.name} ${c.type}`);
  }
  return {
    format: 'RowBinary',
    columns: `(${first.columns.map((c) => `\`${c.name}\``).join(', ')})`,
    structure: first.columns.map((c) => `\`${c.name}\` ${c.type}`).join(', '),
    data: chunks,
  };
}

function blockSize(rows: number): number {
  return Math.max(1_048_576, rows + 1);
}

function settingsClause(table: Table, rows: number, token: string, nice = 0): string {
  // The token is inlined as a literal (SETTINGS takes no query parameters), so it must come from our
  // own code: a hash or id we made, checked against a strict pattern here.
  if (!TOKEN.test(token)) throw new Error(`insert into ${table}: unsafe deduplication token`);
  // optimize_on_insert = 0: Replacing tables (spans, runs, changes) would otherwise collapse equal keys
  // inside every inserted block, which more than doubles the cost of a span insert (measured: 16k spans
  // 369 ms → 165 ms); the background merges and the readers' FINAL / uniqExact collapse them anyway.
  return (
    `SETTINGS insert_deduplication_token = '${token}', max_insert_block_size = ${blockSize(rows)}, ` +
    'min_insert_block_size_rows = 0, min_insert_block_size_bytes = 0, optimize_on_insert = 0' +
    // The insert's threads and its materialized views' at a lower CPU priority than queries (see
    // SIGNALHOUSE_INGEST_NICE). Embedded only: a server's settings profile may forbid changing them.
    (nice > 0 ? `, os_threads_nice_value_query = ${nice}, os_threads_nice_value_materialized_view = ${nice}` : '')
  );
}

/** Rows streamed as the request body: for a ClickHouse server. */
export function streamingInserter(client: ClickHouseClient): InsertRows {
  return async (table, rows, opts = {}) => {
    const count = rowCount(rows);
    if (count === 0) return;
    const settings = settingsClause(table, count, opts.dedupToken ?? '');
    const body = encode(table, rows);
    // A server reads RowBinary straight into the table's types: fine, it has cores of its own.
    const columns = body.format === 'RowBinary' ? ` ${body.columns}` : '';
    const result = await client.exec({
      query: `INSERT INTO ${table}${columns} ${settings} FORMAT ${body.format}`,
      values: Readable.from(body.format === 'RowBinary' ? body.data : [body.data]),
    });
    result.stream.destroy(); // an INSERT answers nothing; free the connection
  };
}

/** Rows spooled to a file the in-process engine reads: for the embedded engine. */
export function spoolingInserter(client: ClickHouseClient, spoolDir: string, o: { nice?: number } = {}): InsertRows {
  mkdirSync(spoolDir, { recursive: true });
  const nice = Math.trunc(o.nice ?? 0); // inlined in the statement: an integer from our config, never input
  return async (table, rows, opts = {}) => {
    const count = rowCount(rows);
    if (count === 0) return;
    const settings = settingsClause(table, count, opts.dedupToken ?? '', nice);
    const file = join(spoolDir, `${table}-${randomUUID()}.rows`);
    if (file.includes("'") || file.includes('\\')) throw new Error(`spool path must not contain quotes: ${file}`);
    // file() reads * ? { } [ ] in its path as glob patterns.
    if (/[*?{}[\]]/.test(file)) throw new Error(`spool path must not contain glob characters: ${file}`);
    const body = encode(table, rows);
    await writeFile(file, body.data);
    try {
      // RowBinary is read through file() with plain String types and converted to the table's types
      // (LowCardinality keys and names) a column at a time: ClickHouse's row-by-row LowCardinality
      // parsing made the direct INSERT … FORMAT RowBinary twice as expensive (measured on 51k SDK spans:
      // ~1.0 vs ~0.5 CPU-seconds per 100k spans). max_block_size keeps the rows one block.
      const query =
        body.format === 'RowBinary'
          ? `INSERT INTO ${table} ${body.columns} SELECT * FROM file('${file}', RowBinary, '${body.structure}') ${settings}, max_block_size = ${blockSize(count)}`
          : `INSERT INTO ${table} FROM INFILE '${file}' ${settings} FORMAT JSONEachRow`;
      const result = await client.exec({ query });
      result.stream.destroy();
    } finally {
      await rm(file, { force: true });
    }
  };
}
