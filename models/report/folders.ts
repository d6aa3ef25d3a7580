import type { ClickHouseClient } from '@clickhouse/client';
import { num, weekParams } from './range.ts';
import type { IsoWeek } from './week.ts';

// Riskiest folders of the week: where changes broke things. For each folder (the first two directory
// levels of a changed file's path; files at the root are '(root)'), the week's commits that touched it
// (from their change records; commits belong to the week their first CI run started in) and how many
// of those commits had a real (product) failure in their runs. Ranked by failing commits, then by
// their share.

export interface RiskyFolder {
  folder: string;
  commits: number;
  failingCommits: number;
  failureRate: number;
}

export const FOLDERS_SQL = `
WITH
  week_commits AS (
    SELECT commit FROM ci_runs FINAL WHERE repo = {repo:String} AND commit != ''
    GROUP BY commit
    HAVING min(started_at) >= {from:DateTime64(3, 'UTC')} AND min(started_at) < {to:DateTime64(3, 'UTC')}
  ),
  failing AS (
    SELECT DISTINCT commit FROM failure_classes FINAL
    WHERE repo = {repo:String} AND class = 'product' AND commit IN (SELECT commit FROM week_commits)
  ),
  touched AS (
    SELECT DISTINCT commit,
           if(length(parts) < 2, '(root)', arrayStringConcat(arraySlice(parts, 1, least(2, length(parts) - 1)), '/')) AS folder
    FROM (SELECT commit, splitByChar('/', path) AS parts FROM changes
          WHERE repo = {repo:String} AND commit IN (SELECT commit FROM week_commits))
  )
SELECT folder, count() AS commits, countIf(commit IN (SELECT commit FROM failing)) AS failing_commits
FROM touched
GROUP BY folder
HAVING failing_commits > 0
ORDER BY failing_commits DESC, failing_commits / commits DESC, folder
LIMIT {limit:UInt32}`;

export async function riskiestFolders(client: ClickHouseClient, repo: string, week: IsoWeek, limit = 5): Promise<RiskyFolder[]> {
  const rs = await client.query({
    query: FOLDERS_SQL,
    query_params: { ...weekParams(repo, week), limit },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.report.folders' },
  });
  const rows = await rs.json<Record<string, unknown>>();
  return rows.map((r) => {
    const commits = num(r.commits) ?? 0;
    const failingCommits = num(r.failing_commits) ?? 0;
    return { folder: String(r.folder), commits, failingCommits, failureRate: commits ? failingCommits / commits : 0 };
  });
}
