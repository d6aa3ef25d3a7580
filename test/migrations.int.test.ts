import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../src/store/migrate.ts';
import { applyRetention } from '../src/store/retention.ts';
import { testStore } from './support/store.ts';

describe('migrations on the real engine', () => {
  it('are numbered without gaps and create every table once', async () => {
    const migrations = readMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const store = await testStore(); // already migrated
    expect(await migrate(store.client)).toEqual([]); // a second run applies nothing
    const rs = await store.client.query({
      query: 'SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name',
      format: 'JSONEachRow',
    });
    const tables = (await rs.json<{ name: string }>()).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['ci_runs', 'changes', 'dead_letters', 'incidents', 'failure_classes', 'schema_migrations', 'spans', 'test_results']),
    );
    const ledger = await store.client.query({ query: 'SELECT count() AS n FROM schema_migrations FINAL', format: 'JSONEachRow' });
    expect(Number((await ledger.json<{ n: string }>())[0]!.n)).toBe(migrations.length);
  });

  it('re-applying every file is harmless (idempotent DDL)', async () => {
    const store = await testStore();
    for (const m of readMigrations()) await store.client.command({ query: m.sql });
  });

  it('sets and removes retention from configuration', async () => {
    const store = await testStore();
    const ddl = async (table: string) => {
      const rs = await store.client.query({
        query: 'SELECT create_table_query AS q FROM system.tables WHERE database = currentDatabase() AND name = {table:String}',
        query_params: { table },
        format: 'JSONEachRow',
      });
      return (await rs.json<{ q: string }>())[0]!.q;
    };
    // Results and everything summarising them age together; spans on their own setting.
    const resultTables = { test_results: 'started_at', ci_runs: 'started_at', test_days: 'day', test_reports: 'first_started', test_failures: 'started_at', failure_classes: 'started_at', risk_selections: 'asked_at', code_reach: 'last_seen', code_tests: 'last_seen' };
    await applyRetention(store.client, { results: 400, spans: 30 });
    for (const [table, column] of Object.entries(resultTables)) {
      expect(await ddl(table)).toContain(`TTL toDateTime(${column}) + toIntervalDay(400)`);
    }
    const spanTables = { spans: 'start_time', operation_days: 'day', test_operation_links: 'started_at' };
    for (const [table, column] of Object.entries(spanTables)) {
      expect(await ddl(table)).toContain(`TTL toDateTime(${column}) + toIntervalDay(30)`);
    }
    await applyRetention(store.client, { results: 400, spans: 30 }); // unchanged: no ALTER needed
    await applyRetention(store.client, { results: 0, spans: 0 });
    for (const table of [...Object.keys(resultTables), ...Object.keys(spanTables)]) expect(await ddl(table)).not.toMatch(/\bTTL\b/);
  });
});
