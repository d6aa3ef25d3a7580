import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import type { Store } from './clickhouse.ts';
import { clickhouseTime } from './rows.ts';

// Which files belong to which service, per repository: path globs (migrations/0033_service_paths.sql).
// A mapping is replaced whole: every row of one PUT carries the same updated_at, and readers keep only
// the repository's newest version, so a service dropped from the file is dropped here too.

export type ServicePaths = Record<string, string[]>;

/** Replaces the repository's mapping; resolves when durable. */
export async function storeServicePaths(store: Store, repo: string, mapping: ServicePaths): Promise<void> {
  const at = clickhouseTime(new Date());
  const entries = Object.entries(mapping);
  // An empty mapping is stored as one row with no service, so that it still replaces the old one.
  const rows = (entries.length > 0 ? entries : [['', []] as [string, string[]]]).map(([service, globs]) => ({ repo, service, globs, updated_at: at }));
  await store.writer.write({ id: `service-paths-${randomUUID()}`, rows: { service_paths: rows } });
}

/** The repository's newest mapping; null when none was ever set. */
export async function readServicePaths(client: ClickHouseClient, repo: string): Promise<ServicePaths | null> {
  const rs = await client.query({
    query: `SELECT service, globs FROM service_paths FINAL
            WHERE repo = {repo:String}
              AND updated_at = (SELECT max(updated_at) FROM service_paths WHERE repo = {repo:String})
            ORDER BY service`,
    query_params: { repo },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.service-paths.read' },
  });
  const rows = await rs.json<{ service: string; globs: string[] }>();
  if (rows.length === 0) return null;
  return Object.fromEntries(rows.filter((r) => r.service !== '').map((r) => [r.service, r.globs]));
}

/**
 * The services and operations exercised, in their traces, by the tests that run for these files: tests
 * whose own file is one of them, and tests that failed on commits that changed them.
 */
export async function servicesOfFilesByTraces(
  client: ClickHouseClient,
  repo: string,
  files: readonly string[],
): Promise<{ service: string; operation: string; tests: number }[]> {
  if (files.length === 0) return [];
  const rs = await client.query({
    query: `WITH tests AS (
              SELECT DISTINCT test_id FROM test_results WHERE repo = {repo:String} AND file IN {files:Array(String)}
              UNION DISTINCT
              SELECT DISTINCT test_id FROM test_results
              WHERE repo = {repo:String} AND status IN ('failed', 'errored')
                AND commit IN (SELECT commit FROM changes WHERE repo = {repo:String} AND path IN {files:Array(String)})
            )
            SELECT service_name AS service, operation, uniqExact(test_id) AS tests
            FROM test_operation_links
            WHERE repo = {repo:String} AND test_id IN (SELECT test_id FROM tests)
            GROUP BY service_name, operation ORDER BY service, operation LIMIT 10000`,
    query_params: { repo, files: [...files] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.service-paths.servicesOfFilesByTraces' },
  });
  return (await rs.json<{ service: string; operation: string; tests: string }>()).map((r) => ({ service: r.service, operation: r.operation, tests: Number(r.tests) }));
}
