import type { ClickHouseClient } from '@clickhouse/client';

// Which repositories have data. A read of a repository nobody wrote to is almost always a typo
// (`acme/shp`), and an empty answer would look like good news ("no flaky tests"); the API says so
// instead (src/api/known-repo.ts). A repository is known once it has a CI run (every stored test
// result belongs to one), a change, an incident or an import scan (code_reach). These tables are ordered by repo first, so the
// existence check reads one granule per table, and their repo columns are LowCardinality, so the
// list of names behind a suggestion is cheap to read whole.

// Table names come from this constant, never from a request.
const REPO_TABLES = ['ci_runs', 'changes', 'incidents', 'code_reach'] as const;

export async function repoHasData(client: ClickHouseClient, repo: string): Promise<boolean> {
  const rs = await client.query({
    query: REPO_TABLES.map((t) => `SELECT 1 AS found FROM ${t} WHERE repo = {repo:String} LIMIT 1`).join(' UNION ALL '),
    query_params: { repo },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.repos.repoHasData' },
  });
  return (await rs.json()).length > 0;
}

/** Known repositories nearest to `repo` by edit distance (case-insensitive), nearest first. */
export async function closestRepos(client: ClickHouseClient, repo: string, limit = 3): Promise<string[]> {
  const rs = await client.query({
    query: `
      SELECT repo
      FROM (${REPO_TABLES.map((t) => `SELECT DISTINCT repo FROM ${t}`).join(' UNION DISTINCT ')})
      ORDER BY editDistanceUTF8(lower(repo), lower({repo:String})), repo
      LIMIT {limit:UInt32}`,
    query_params: { repo, limit },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.repos.closestRepos' },
  });
  return (await rs.json<{ repo: string }>()).map((r) => r.repo);
}
