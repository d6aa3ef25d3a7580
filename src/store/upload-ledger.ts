import type { ClickHouseClient } from '@clickhouse/client';

// "Which of these uploads are stored already, and how much of each?" The ledger is the rows themselves:
// every test result carries the upload_id of the report it came from (a skip index on test_results
// serves the lookup), so an upload and its ledger entry become durable in the same INSERT. An upload
// of more rows than one insert takes is written in several (batch-writer.ts): until all of them are
// in, its count is short, and the writer writes it again (the blocks already in are dropped as
// duplicates by their tokens) instead of taking it for stored.

export async function findStoredUploads(
  client: ClickHouseClient,
  keys: { repo: string; uploadId: string }[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rs = await client.query({
    query: `SELECT repo, upload_id, count() AS n FROM test_results
            WHERE repo IN {repos:Array(String)} AND upload_id IN {ids:Array(String)}
            GROUP BY repo, upload_id`,
    query_params: { repos: [...new Set(keys.map((k) => k.repo))], ids: [...new Set(keys.map((k) => k.uploadId))] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.upload-ledger.findStoredUploads' },
  });
  const rows = await rs.json<{ repo: string; upload_id: string; n: string }>();
  return new Map(rows.map((r) => [`${r.repo}\n${r.upload_id}`, Number(r.n)]));
}
