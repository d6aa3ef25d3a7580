import type { ClickHouseClient } from '@clickhouse/client';

// The base of a change whose parent nobody sent: the newest commit CI ran on the change's branch (the
// previous push, on a branch CI runs on every push), or else on the default branch (a new branch's
// first push forks from it). The branch's own history comes first: a branch forked from a red main
// inherits main's failures only until it runs itself.

/** Branch names taken as the default branch when the request names no base, in this order. */
export const DEFAULT_BRANCHES = ['main', 'master', 'trunk', 'develop'] as const;

export interface BaseCommit {
  commit: string;
  source: 'branch' | 'default-branch';
}

export async function latestRunCommit(client: ClickHouseClient, repo: string, branch: string, exclude: string): Promise<BaseCommit | null> {
  const branches = [branch, ...DEFAULT_BRANCHES.filter((b) => b !== branch)].filter((b) => b !== '');
  const rs = await client.query({
    query: `
      SELECT branch, argMax(commit, started_at) AS last_commit
      FROM ci_runs
      WHERE repo = {repo:String} AND has({branches:Array(String)}, branch) AND commit != {exclude:String}
        -- Asked about a commit that already ran: only runs before its first one.
        AND started_at < coalesce((SELECT minOrNull(started_at) FROM ci_runs WHERE repo = {repo:String} AND commit = {exclude:String}),
                                  toDateTime64('2200-01-01 00:00:00', 3, 'UTC'))
      GROUP BY branch`,
    query_params: { repo, branches, exclude },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.baseCommit.latestRunCommit' },
  });
  const rows = await rs.json<{ branch: string; last_commit: string }>();
  for (const b of branches) {
    const hit = rows.find((r) => r.branch === b);
    if (hit) return { commit: hit.last_commit, source: b === branch ? 'branch' : 'default-branch' };
  }
  return null;
}
