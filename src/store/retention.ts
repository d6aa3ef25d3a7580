import type { ClickHouseClient } from '@clickhouse/client';

// Retention is configuration, not schema: the migrations create tables without TTL and start-up
// sets (or removes) it from SIGNALHOUSE_*_TTL_DAYS. Table and column names are constants here; the
// day count is an integer validated by the config schema, so the DDL is built from code only.

// The rollups of test results (migrations 0011–0021) and the failure classes age with the results they
// summarise: a rollup that outlived its raw rows would keep counting executions nobody can look up.
const TIMED_TABLES = {
  test_results: 'started_at',
  ci_runs: 'started_at',
  test_days: 'day',
  test_reports: 'first_started',
  test_failures: 'started_at',
  failure_classes: 'started_at',
  // What risk-based selection decided (0023): analytics about results, aged with them.
  risk_selections: 'asked_at',
  spans: 'start_time',
  operation_days: 'day',
  test_operation_links: 'started_at',
  // Which files tests executed (0035), aged with the test results that came with it (last seen).
  test_impact: 'last_seen',
  // Which files each test file reaches through its imports (0039): an import no scan has seen for as
  // long as results are kept is gone.
  code_reach: 'last_seen',
  // Which test functions each test file declares (0040), from the same scans.
  code_tests: 'last_seen',
  // One row per test (0036), gone when the test's newest result is.
  test_summary: 'last_started',
} as const;

// Hot-path coverage (migrations 0025-0028) summarises spans, production's and tests', so it ages with them.
const SPAN_TABLES: ReadonlySet<string> = new Set(['spans', 'operation_days', 'test_operation_links']);

export async function applyRetention(
  client: ClickHouseClient,
  days: { results: number; spans: number },
): Promise<void> {
  for (const [table, column] of Object.entries(TIMED_TABLES)) {
    const n = SPAN_TABLES.has(table) ? days.spans : days.results;
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`bad retention for ${table}: ${n}`);
    const current = await currentTtl(client, table);
    const wanted = n === 0 ? '' : `toDateTime(${column}) + toIntervalDay(${n})`;
    if (normalise(current) === normalise(wanted)) continue;
    if (n === 0) {
      if (current !== '') await client.command({ query: `ALTER TABLE ${table} REMOVE TTL` });
    } else {
      await client.command({ query: `ALTER TABLE ${table} MODIFY TTL ${wanted}` });
    }
  }
}

async function currentTtl(client: ClickHouseClient, table: string): Promise<string> {
  const rs = await client.query({
    query: 'SELECT create_table_query FROM system.tables WHERE database = currentDatabase() AND name = {table:String}',
    query_params: { table },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ create_table_query: string }>();
  const ddl = rows[0]?.create_table_query ?? '';
  const m = /\bTTL (.*?)(?: SETTINGS |$)/s.exec(ddl);
  return m?.[1]?.trim() ?? '';
}

function normalise(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}
