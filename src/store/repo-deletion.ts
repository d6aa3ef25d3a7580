import type { ClickHouseClient } from '@clickhouse/client';

// Deleting everything one repository left in the store: every table with a `repo` column, as the
// engine's own catalogue lists them (so a table added by a later migration is covered without a
// change here). Mutations run synchronously (mutations_sync = 2): the call returns when the rows are
// gone from every part, and a reader sees none of them afterwards.

export async function tablesWithRepo(client: ClickHouseClient): Promise<string[]> {
  const rs = await client.query({
    query: `SELECT table FROM system.columns
            WHERE database = currentDatabase() AND name = 'repo'
              AND table IN (SELECT name FROM system.tables WHERE database = currentDatabase() AND engine LIKE '%MergeTree')
            ORDER BY table`,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.repo-deletion.tables' },
  });
  return (await rs.json<{ table: string }>()).map((r) => r.table);
}

/** Deletes the repo's rows from every table; returns how many rows each table held for it. */
export async function deleteRepo(client: ClickHouseClient, repo: string): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const table of await tablesWithRepo(client)) {
    // `table` comes from system.columns, quoted as an identifier; the repo is a parameter.
    const ident = `\`${table.replace(/`/g, '``')}\``;
    const rs = await client.query({
      query: `SELECT count() AS n FROM ${ident} WHERE repo = {repo:String}`,
      query_params: { repo },
      format: 'JSONEachRow',
    });
    const n = Number((await rs.json<{ n: string }>())[0]?.n ?? 0);
    if (n === 0) continue;
    await client.command({
      query: `ALTER TABLE ${ident} DELETE WHERE repo = {repo:String}`,
      query_params: { repo },
      clickhouse_settings: { mutations_sync: '2', log_comment: 'store.repo-deletion.delete' },
    });
    deleted[table] = n;
  }
  return deleted;
}
