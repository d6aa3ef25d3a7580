import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { cpuMeter, timed } from './measure.ts';

// The engine's own limit for a bench's rows: the rows the service just stored, exported to files in
// ClickHouse's Native format (its own, cheapest to read), then loaded again straight into the same
// table (its materialized views included) by INSERT … SELECT FROM file(), with no service code on the
// way. The service's throughput as a share of this is the gap the service itself adds. The rows are
// loaded under another value of `column` (a repo, a trace id prefix), so they are new rows, as the
// service's were; in pieces of `rowsPerInsert`, the service writer's rows per insert under load.

export interface Ceiling {
  rows: number;
  seconds: number;
  rate: number;
  /** CPU seconds of the process (the engine's threads) per 100k rows. */
  cpuPer100k: number;
}

export async function engineCeiling(
  client: ClickHouseClient,
  opts: { table: 'test_results' | 'spans'; where: string; params: Record<string, unknown>; replace: string; rowsPerInsert: number; exclude: string[] },
): Promise<Ceiling> {
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-ceiling-'));
  try {
    // Staged in a Memory table first: in one SELECT, WHERE would see the REPLACEd column (an alias).
    const staging = `ceiling_staging_${Date.now()}`;
    await client.command({ query: `CREATE TABLE ${staging} AS ${opts.table} ENGINE = Memory` });
    const files: string[] = [];
    let rows = 0;
    try {
      await client.command({
        query: `INSERT INTO ${staging} SELECT * FROM ${opts.table} WHERE ${opts.where}`,
        query_params: opts.params,
      });
      const count = await client.query({ query: `SELECT count() AS n FROM ${staging}`, format: 'JSONEachRow' });
      rows = Number((await count.json<{ n: string }>())[0]!.n);
      for (let offset = 0; offset < rows; offset += opts.rowsPerInsert) {
        const file = join(dir, `${files.length}.native`);
        await client.command({
          query: `INSERT INTO FUNCTION file('${file}', Native) SELECT * EXCEPT (${opts.exclude.join(', ')}) REPLACE (${opts.replace}) FROM ${staging} LIMIT ${opts.rowsPerInsert} OFFSET ${offset}`,
        });
        files.push(file);
      }
    } finally {
      await client.command({ query: `DROP TABLE IF EXISTS ${staging}` });
    }
    const columns = await client.query({
      query: `SELECT name FROM system.columns WHERE database = currentDatabase() AND table = {t:String} AND name NOT IN {x:Array(String)} ORDER BY position`,
      query_params: { t: opts.table, x: opts.exclude },
      format: 'JSONEachRow',
    });
    const list = (await columns.json<{ name: string }>()).map((c) => `\`${c.name}\``).join(', ');
    const cpu = cpuMeter();
    const done = await timed(async () => {
      for (const file of files) {
        await client.command({
          query: `INSERT INTO ${opts.table} (${list}) SELECT * FROM file('${file}', Native)
                  SETTINGS max_insert_block_size = 1048576, min_insert_block_size_rows = 0, min_insert_block_size_bytes = 0, optimize_on_insert = 0`,
        });
      }
    });
    const used = cpu.stop().cpuSeconds;
    return { rows, seconds: done.seconds, rate: rows / done.seconds, cpuPer100k: (used * 100_000) / rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
