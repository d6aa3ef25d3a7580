import type { ClickHouseClient } from '@clickhouse/client';
import { num, weekParams } from './range.ts';
import type { IsoWeek } from './week.ts';

// Feedback latency: how long a commit waits for CI's first verdict. From the commit's first sighting
// (its change record arriving, or its first CI run starting, whichever came first) to the end of the
// last result of its first CI run's first attempt (start + duration of the latest-ending result).
// Commits belong to the week their first run started in. p50 and p90 interpolate between ranks
// (quantileExactInclusive, as PERCENTILE.INC in a spreadsheet).

export interface Latency {
  p50Minutes: number | null;
  p90Minutes: number | null;
  commits: number;
}

export const LATENCY_SQL = `
WITH
  first_runs AS (
    SELECT commit, argMin(run_id, started_at) AS run_id, min(started_at) AS first_run
    FROM ci_runs FINAL
    WHERE repo = {repo:String} AND commit != ''
    GROUP BY commit
    HAVING first_run >= {from:DateTime64(3, 'UTC')} AND first_run < {to:DateTime64(3, 'UTC')}
  ),
  sighted AS (
    SELECT commit, min(ingested_at) AS change_at FROM changes
    WHERE repo = {repo:String} AND commit IN (SELECT commit FROM first_runs)
    GROUP BY commit
  ),
  done AS (
    SELECT run_id, max(started_at + toIntervalMillisecond(toInt64(duration_ms))) AS last_result
    FROM test_results
    WHERE repo = {repo:String} AND attempt = 1 AND run_id IN (SELECT run_id FROM first_runs)
    GROUP BY run_id
  ),
  waits AS (
    SELECT dateDiff('millisecond', least(f.first_run, ifNull(s.change_at, f.first_run)), d.last_result) / 60000 AS minutes
    FROM first_runs AS f
    INNER JOIN done AS d ON d.run_id = f.run_id
    LEFT JOIN sighted AS s ON s.commit = f.commit
  )
SELECT quantileExactInclusive(0.5)(minutes) AS p50, quantileExactInclusive(0.9)(minutes) AS p90, count() AS commits
FROM waits
SETTINGS join_use_nulls = 1`;

export async function weekLatency(client: ClickHouseClient, repo: string, week: IsoWeek): Promise<Latency> {
  const rs = await client.query({
    query: LATENCY_SQL,
    query_params: weekParams(repo, week),
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.report.latency' },
  });
  const [r] = await rs.json<Record<string, unknown>>();
  const commits = num(r?.commits) ?? 0;
  return { p50Minutes: commits ? num(r?.p50) : null, p90Minutes: commits ? num(r?.p90) : null, commits };
}
