import type { ClickHouseClient } from '@clickhouse/client';

// "Which of these uploads are stored already?" The ledger is the rows themselves: every test result
// carries the upload_id of the report it came from (a skip index on test_results serves the lookup), so
// an upload and its ledger entry become durable in the same atomic INSERT.

export async function findStoredUploads(
  client: ClickHouseClient,
  keys: { repo: string; uploadId: string }[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rs = await client.query({
    query: `SELECT DISTINCT repo, upload_id FROM test_results
            WHERE repo IN {repos:Array(String)} AND upload_id IN {ids:Array(String)}`,
    query_params: { repos: [...new Set(keys.map((k) => k.repo))], ids: [...new Set(keys.map((k) => k.uploadId))] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.upload-ledger.findStoredUploads' },
  });
  const rows = await rs.json<{ repo: string; upload_id: string }>();
  return new Set(rows.map((r) => `${r.repo}\n${r.upload_id}`));
}
