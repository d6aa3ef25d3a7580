import type { ClickHouseClient } from '@clickhouse/client';
import { num, weekParams } from './range.ts';
import type { IsoWeek } from './week.ts';

// The week's failures by class, and what flaky failures cost: one query over failure_classes (the
// verdicts of models/failures) and the per-report rollup test_reports. Run attempts belong to the week
// their first result started in; a flaky failure's re-run is the next attempt of its CI run, and its
// CI minutes are the summed durations of that attempt's reported results (as in models/flakiness).

export interface FailureCounts {
  product: number;
  flaky: number;
  infrastructure: number;
  /** CI run attempts with results that started in the week. */
  runAttempts: number;
  /** Of those, the attempts with at least one flaky failure. */
  flakyAttempts: number;
  rerunMinutes: number;
}

export const FAILURES_SQL = `
WITH
  attempts AS (
    SELECT run_id, attempt, min(first_started) AS started, sum(duration_ms) / 60000 AS minutes
    FROM test_reports WHERE repo = {repo:String}
    GROUP BY run_id, attempt
  ),
  week_attempts AS (SELECT run_id, attempt FROM attempts WHERE started >= {from:DateTime64(3, 'UTC')} AND started < {to:DateTime64(3, 'UTC')}),
  flaky_attempts AS (
    SELECT DISTINCT run_id, attempt FROM failure_classes FINAL
    WHERE repo = {repo:String} AND class = 'flaky' AND (run_id, attempt) IN (SELECT run_id, attempt FROM week_attempts)
  ),
  classes AS (
    SELECT countIf(class = 'product') AS product, countIf(class = 'flaky') AS flaky, countIf(class = 'infrastructure') AS infrastructure
    FROM failure_classes FINAL
    WHERE repo = {repo:String} AND started_at >= {from:DateTime64(3, 'UTC')} AND started_at < {to:DateTime64(3, 'UTC')}
  )
SELECT product, flaky, infrastructure,
       (SELECT count() FROM week_attempts) AS run_attempts,
       (SELECT count() FROM flaky_attempts) AS flaky_attempts,
       (SELECT sum(minutes) FROM attempts
        WHERE (run_id, toUInt32(attempt)) IN (SELECT run_id, toUInt32(attempt + 1) FROM flaky_attempts)) AS rerun_minutes
FROM classes`;

export async function weekFailures(client: ClickHouseClient, repo: string, week: IsoWeek): Promise<FailureCounts> {
  const rs = await client.query({
    query: FAILURES_SQL,
    query_params: weekParams(repo, week),
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.report.failures' },
  });
  const [r] = await rs.json<Record<string, unknown>>();
  return {
    product: num(r?.product) ?? 0,
    flaky: num(r?.flaky) ?? 0,
    infrastructure: num(r?.infrastructure) ?? 0,
    runAttempts: num(r?.run_attempts) ?? 0,
    flakyAttempts: num(r?.flaky_attempts) ?? 0,
    rerunMinutes: num(r?.rerun_minutes) ?? 0,
  };
}
