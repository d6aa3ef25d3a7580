import type { ClickHouseClient } from '@clickhouse/client';
import { num, weekParams } from './range.ts';
import type { IsoWeek } from './week.ts';

// How risk-based selection did in the week, from what it decided (risk_selections, recorded by
// POST /v1/risk for a commit when it left tests out) and what happened after:
//   changes       commits with a selection asked in the week (the latest answer per commit counts);
//   runs          CI runs of those commits;
//   testsSkipped  tests the model knew but did not select, summed over those commits (tests in
//                 quarantine are left out by the flakiness model, not by risk: not counted);
//   misses        (commit, test) pairs where a skipped test failed for a real (product) reason on a
//                 later run of the same branch within MISS_WINDOW_DAYS of the answer. Tests first seen
//                 after the answer are not misses: selection could not have known them; nor are tests
//                 in quarantine.

export const MISS_WINDOW_DAYS = 7;

export interface SelectionCounts {
  changes: number;
  runs: number;
  testsSkipped: number;
  misses: number;
}

export const SELECTION_SQL = `
WITH
  answers AS (
    SELECT commit, argMax(branch, s.asked_at) AS branch, max(s.asked_at) AS asked_at,
           argMax(total, s.asked_at) AS total, argMax(selected, s.asked_at) AS selected,
           argMax(quarantined, s.asked_at) AS quarantined
    FROM risk_selections AS s
    WHERE s.repo = {repo:String} AND s.asked_at >= {from:DateTime64(3, 'UTC')} AND s.asked_at < {to:DateTime64(3, 'UTC')}
    GROUP BY commit
  ),
  first_seen AS (
    SELECT test_id, min(day) AS first_day FROM test_days WHERE repo = {repo:String} GROUP BY test_id
  ),
  real_failures AS (
    SELECT test_id, branch, started_at FROM failure_classes FINAL
    WHERE repo = {repo:String} AND class = 'product' AND started_at >= {from:DateTime64(3, 'UTC')}
      AND started_at < {to:DateTime64(3, 'UTC')} + toIntervalDay(${MISS_WINDOW_DAYS})
  ),
  missed AS (
    SELECT a.commit AS commit, f.test_id AS test_id
    FROM answers AS a
    INNER JOIN real_failures AS f ON f.branch = a.branch
    INNER JOIN first_seen AS t ON t.test_id = f.test_id
    WHERE f.started_at > a.asked_at AND f.started_at < a.asked_at + toIntervalDay(${MISS_WINDOW_DAYS})
      AND t.first_day <= toDate(a.asked_at) AND NOT has(a.selected, f.test_id) AND NOT has(a.quarantined, f.test_id)
  )
SELECT (SELECT count() FROM answers) AS changes,
       (SELECT uniqExact(run_id) FROM ci_runs FINAL WHERE repo = {repo:String} AND commit IN (SELECT commit FROM answers)) AS runs,
       (SELECT sum(toInt64(total) - length(selected)) FROM answers) AS tests_skipped,
       (SELECT uniqExact(commit, test_id) FROM missed) AS misses`;

export async function weekSelection(client: ClickHouseClient, repo: string, week: IsoWeek): Promise<SelectionCounts> {
  const rs = await client.query({
    query: SELECTION_SQL,
    query_params: weekParams(repo, week),
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.report.selection' },
  });
  const [r] = await rs.json<Record<string, unknown>>();
  return {
    changes: num(r?.changes) ?? 0,
    runs: num(r?.runs) ?? 0,
    testsSkipped: Math.max(0, num(r?.tests_skipped) ?? 0),
    misses: num(r?.misses) ?? 0,
  };
}
