import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAKINESS_SQL, FLAKINESS_UNTIL_SQL } from '../models/flakiness/model.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { readMigrations } from '../src/store/migrate.ts';
import { applyRetention } from '../src/store/retention.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// test_summary (migrations 0036–0038) holds per test what the flakiness model used to derive from the
// window's days of test_days: the newest names and the three latest executions. Its content must be
// what the raw results say, however they arrived, and the model must give the same rows from it as
// from test_days.

let app: FastifyInstance;
let store: Store;
beforeAll(async () => {
  app = await testApp();
  store = await testStore();
});
afterAll(async () => app.close());

async function rows<T>(query: string, params: Record<string, unknown>): Promise<T[]> {
  const rs = await store.client.query({ query, query_params: params, format: 'JSONEachRow', clickhouse_settings: { log_comment: 'test.test-summary' } });
  return rs.json<T>();
}

type Outcome = 'pass' | 'fail' | 'error' | 'skip' | 'retried';

/** A jest-junit-style report: one testsuite per file, the `file` attribute on every test case. */
function report(file: string, cases: Record<string, Outcome>): string {
  const body = Object.entries(cases)
    .map(([name, o]) => {
      const open = `<testcase classname="Cart totals" name="${name}" file="${file}" time="0.2"`;
      if (o === 'pass') return `${open}/>`;
      if (o === 'skip') return `${open}><skipped/></testcase>`;
      if (o === 'retried') return `${open}><flakyFailure message="boom" type="Error">boom</flakyFailure></testcase>`;
      const tag = o === 'fail' ? 'failure' : 'error';
      return `${open}><${tag} message="expected 42 but was 41" type="Error">expected 42 but was 41</${tag}></testcase>`;
    })
    .join('\n');
  return `<testsuites><testsuite name="${file}">${body}</testsuite></testsuites>`;
}

async function upload(repo: string, run: { runId: string; attempt?: number; commit: string; at: string }, file: string, cases: Record<string, Outcome>) {
  const q = new URLSearchParams({ repo, branch: 'main', commit: run.commit, runId: run.runId, attempt: String(run.attempt ?? 1), startedAt: run.at });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(file, cases), headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

const RECENT = `groupArraySorted(3)(if(final = 1 AND status != 'skipped',
  (-toUnixTimestamp64Milli(started_at), toUInt8(status IN ('failed', 'errored'))), (toInt64(9223372036854775807), toUInt8(0))))`;

/** Per test: from the raw results (the reference), and from test_summary. */
async function summaries(repo: string) {
  const byTest = (list: Record<string, unknown>[]) => Object.fromEntries(list.map(({ test_id, ...r }) => [String(test_id), r]));
  const reference = await rows<Record<string, unknown>>(
    `SELECT test_id, toString(count()) AS rows, toString(max(started_at)) AS last_started, toString(max(ingested_at)) AS last_ingested,
            ${RECENT} AS recent,
            (argMax(suite, started_at), argMax(class_name, started_at), argMax(name, started_at), argMax(file, started_at)) AS names
     FROM test_results WHERE repo = {repo:String} GROUP BY test_id`, { repo });
  const summary = await rows<Record<string, unknown>>(
    `SELECT test_id, toString(sum(rows)) AS rows, toString(max(last_started)) AS last_started, toString(max(last_ingested)) AS last_ingested,
            groupArraySortedMerge(3)(recent) AS recent,
            (argMaxMerge(suite), argMaxMerge(class_name), argMaxMerge(name), argMaxMerge(file)) AS names
     FROM test_summary WHERE repo = {repo:String} GROUP BY test_id`, { repo });
  return { reference: byTest(reference), summary: byTest(summary) };
}

/** The model's per-test rows (before the verdict) with names and latest executions from test_summary, and from test_days. */
async function modelRows(repo: string, days: number) {
  const byTest = (list: Record<string, unknown>[]) => Object.fromEntries(list.map((r) => [String(r.test_id), r]));
  const params = { repo, days, tests: [] as string[], flaky_only: 0, until: null };
  return {
    summary: byTest(await rows<Record<string, unknown>>(FLAKINESS_SQL, params)),
    days: byTest(await rows<Record<string, unknown>>(FLAKINESS_UNTIL_SQL, params)),
  };
}

const at = (day: number, hour: number) => `2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

describe('test_summary', () => {
  it('holds what the raw results say after re-runs, late and re-sent uploads; the model reads the same from it as from test_days', async () => {
    const repo = uniqueRepo('summary');
    await upload(repo, { runId: 'r1', commit: 'c1', at: at(1, 10) }, 'cart/v1.test.ts', { totals: 'fail', rounding: 'pass', tax: 'pass' });
    await upload(repo, { runId: 'r2', commit: 'c2', at: at(2, 10) }, 'cart/v1.test.ts', { totals: 'fail', rounding: 'pass', tax: 'skip' });
    // A re-run of the first commit, two hours after it.
    await upload(repo, { runId: 'r1', attempt: 2, commit: 'c1', at: at(1, 12) }, 'cart/v1.test.ts', { totals: 'pass', rounding: 'pass', tax: 'pass' });
    // The test file moved: the newest names win.
    await upload(repo, { runId: 'r3', commit: 'c3', at: at(5, 9) }, 'cart/v2.test.ts', { totals: 'fail', rounding: 'error', tax: 'pass' });
    // The same report sent again: deduplicated, counted once.
    await upload(repo, { runId: 'r3', commit: 'c3', at: at(5, 9) }, 'cart/v2.test.ts', { totals: 'fail', rounding: 'error', tax: 'pass' });
    // An in-run retry that passed (a failed attempt, then the final pass).
    await upload(repo, { runId: 'r4', commit: 'c4', at: at(6, 9) }, 'cart/v2.test.ts', { totals: 'fail', rounding: 'retried', tax: 'skip' });
    // Uploaded last, from before everything else, under the oldest file name: it must not win.
    await upload(repo, { runId: 'r0', commit: 'c0', at: at(1, 8) }, 'cart/v0.test.ts', { totals: 'pass', rounding: 'pass', tax: 'pass', legacy: 'fail' });

    const s = await summaries(repo);
    expect(Object.keys(s.summary).sort()).toHaveLength(4);
    expect(s.summary).toEqual(s.reference);
    const totals = Object.values(s.summary).find((r) => (r.names as string[])[2] === 'totals')!;
    expect(totals.names).toEqual(['cart/v2.test.ts', 'Cart totals', 'totals', 'cart/v2.test.ts']);
    expect(totals.rows).toBe('6'); // r0, r1, r1 re-run, r2, r3 once, r4
    // The three latest executions, newest first: r4 and r3 failed, r2 failed.
    expect((totals.recent as [string, number][]).map(([, failed]) => failed)).toEqual([1, 1, 1]);
    const legacy = Object.values(s.summary).find((r) => (r.names as string[])[2] === 'legacy')!;
    expect(legacy.names).toEqual(['cart/v0.test.ts', 'Cart totals', 'legacy', 'cart/v0.test.ts']);

    // Same model rows either way, over the whole history and over a window shorter than it (the
    // legacy test then has no executions in the window; totals has fewer than its history).
    for (const days of [3650, 1]) {
      const m = await modelRows(repo, days);
      expect(Object.keys(m.summary).length).toBe(days === 1 ? 3 : 4);
      expect(m.summary).toEqual(m.days);
    }
  }, 60_000);

  it('counts a retried insert once', async () => {
    const repo = uniqueRepo('summary-retry');
    // What the batch writer does when it retries an insert that had in fact been stored: the same
    // statement with the same insert_deduplication_token. The token is made here, never from input.
    const token = `summary-retry-${randomUUID()}`;
    const insert = `INSERT INTO test_results (repo, test_id, run_id, attempt, final, branch, commit, status, duration_ms, started_at, message, upload_id)
      SETTINGS insert_deduplication_token = '${token}'
      SELECT {repo:String}, concat('t', toString(number)), 'r1', 1, 1, 'main', 'c1',
             CAST(if(number = 0, 'failed', 'passed') AS Enum8('passed' = 1, 'failed' = 2, 'errored' = 3, 'skipped' = 4)),
             1000, toDateTime64('2026-10-01 10:00:00', 3, 'UTC'), if(number = 0, 'boom', ''), 'u1'
      FROM numbers(3)`;
    await store.client.command({ query: insert, query_params: { repo } });
    await store.client.command({ query: insert, query_params: { repo } });
    const [n] = await rows<{ raw: string; summary: string; recent: string }>(
      `SELECT (SELECT count() FROM test_results WHERE repo = {repo:String}) AS raw,
              (SELECT sum(rows) FROM test_summary WHERE repo = {repo:String}) AS summary,
              (SELECT length(groupArraySortedMerge(3)(recent)) FROM test_summary WHERE repo = {repo:String} AND test_id = 't0') AS recent`, { repo });
    expect(n).toEqual({ raw: '3', summary: '3', recent: '1' });
  });

  it('is backfilled from test_days (0038) with what the view keeps', async () => {
    const repo = uniqueRepo('summary-backfill');
    await upload(repo, { runId: 'r1', commit: 'c1', at: at(1, 10) }, 'cart/v1.test.ts', { totals: 'fail', rounding: 'pass', tax: 'skip' });
    await upload(repo, { runId: 'r1', attempt: 2, commit: 'c1', at: at(1, 12) }, 'cart/v1.test.ts', { totals: 'pass', rounding: 'retried', tax: 'pass' });
    await upload(repo, { runId: 'r2', commit: 'c2', at: at(2, 9) }, 'cart/v2.test.ts', { totals: 'fail', rounding: 'error', tax: 'pass' });
    // Last, from before the others (older names).
    await upload(repo, { runId: 'r0', commit: 'c0', at: at(1, 8) }, 'cart/v0.test.ts', { totals: 'pass', rounding: 'pass', tax: 'pass' });
    // The migration's statement, into a table of the same shape, for this repo only (the store's own
    // backfill ran when it was migrated, before these results existed).
    const backfill = readMigrations().find((m) => m.version === 38)!.sql;
    const guard = '(SELECT count() FROM schema_migrations WHERE version = 38) = 0';
    expect(backfill).toContain(guard);
    await store.client.command({
      query: `CREATE TABLE IF NOT EXISTS test_summary_backfilled
              (repo LowCardinality(String), test_id String, rows SimpleAggregateFunction(sum, UInt64),
               last_started SimpleAggregateFunction(max, DateTime64(3, 'UTC')), last_ingested SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
               recent AggregateFunction(groupArraySorted(3), Tuple(Int64, UInt8)),
               suite AggregateFunction(argMax, String, DateTime64(3, 'UTC')), class_name AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
               name AggregateFunction(argMax, String, DateTime64(3, 'UTC')), file AggregateFunction(argMax, String, DateTime64(3, 'UTC')))
              ENGINE = AggregatingMergeTree ORDER BY (repo, test_id)`,
    });
    await store.client.command({
      query: backfill.replace('INSERT INTO test_summary ', 'INSERT INTO test_summary_backfilled ').replace(guard, 'repo = {repo:String}'),
      query_params: { repo },
    });
    const merged = (table: string) =>
      rows<Record<string, unknown>>(
        `SELECT test_id, toString(sum(rows)) AS rows, toString(max(last_started)) AS last_started, toString(max(last_ingested)) AS last_ingested,
                groupArraySortedMerge(3)(recent) AS recent,
                (argMaxMerge(suite), argMaxMerge(class_name), argMaxMerge(name), argMaxMerge(file)) AS names
         FROM ${table} WHERE repo = {repo:String} GROUP BY test_id ORDER BY test_id`, { repo });
    const backfilled = await merged('test_summary_backfilled');
    expect(backfilled).toHaveLength(3);
    expect(backfilled).toEqual(await merged('test_summary'));
  }, 60_000);
});

describe('test_summary retention', () => {
  it('ages with the results: the TTL is set on, and removed from, the table', async () => {
    const ddl = async () => {
      const [r] = await rows<{ q: string }>(
        `SELECT create_table_query AS q FROM system.tables WHERE database = currentDatabase() AND name = 'test_summary'`, {});
      return r!.q;
    };
    await applyRetention(store.client, { results: 400, spans: 30 });
    expect(await ddl()).toContain('TTL toDateTime(last_started) + toIntervalDay(400)');
    await applyRetention(store.client, { results: 0, spans: 0 });
    expect(await ddl()).not.toMatch(/\bTTL\b/);
  });
});
