import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { clusterStatement, createDatabaseStatement, REPLICA_PATH } from '../src/store/cluster.ts';
import { readMigrations } from '../src/store/migrate.ts';
import { testStore } from './support/store.ts';

// No ClickHouse cluster runs here, so the statements migrations run ON CLUSTER are checked with the
// engine's own parser: EXPLAIN AST on the embedded engine parses a statement without executing it.

const CLUSTER = 'ci-reliability_1';

async function ast(statement: string): Promise<string> {
  const store = await testStore();
  const rs = await store.client.query({ query: `EXPLAIN AST ${statement}`, format: 'TabSeparatedRaw', clickhouse_settings: { log_comment: 'test.cluster-migrations' } });
  return rs.text();
}

describe('migrations on a cluster (CLICKHOUSE_CLUSTER)', () => {
  const migrations = readMigrations();

  it('leaves every statement as written when no cluster is set', () => {
    for (const m of migrations) expect(clusterStatement(m.sql, undefined)).toBe(m.sql);
  });

  it.each(migrations.map((m) => [`${String(m.version).padStart(4, '0')}_${m.name}`, m.sql] as const))('%s parses ON CLUSTER with replicated engines', async (_name, sql) => {
    const statement = clusterStatement(sql, CLUSTER);
    const code = sql.split('\n').filter((l) => !l.trimStart().startsWith('--')).join('\n');
    const tree = await ast(statement);
    if (/^\s*(CREATE|ALTER)\b/i.test(code)) expect(statement).toContain(`ON CLUSTER \`${CLUSTER}\``);
    else expect(statement).toBe(sql); // backfills run once; replication copies their rows
    const engine = /ENGINE\s*=\s*(\w*MergeTree)/.exec(code)?.[1];
    if (engine) {
      // The engine's arguments, in order, after the replication path and replica name.
      const args = /ENGINE\s*=\s*\w*MergeTree\s*\(([^)]*)\)/.exec(code)?.[1]?.trim();
      expect(statement).toContain(`ENGINE = Replicated${engine}(${REPLICA_PATH}${args ? `, ${args}` : ''})`);
      expect(tree).toContain(`Function Replicated${engine}`);
      expect(tree).toContain("Literal '/clickhouse/tables/{uuid}/{shard}'");
    }
    expect(statement).not.toMatch(/ENGINE\s*=\s*(?!Replicated)\w*MergeTree/);
  });

  it('creates the database on every replica', async () => {
    const statement = createDatabaseStatement('signalhouse', CLUSTER);
    expect(statement).toBe('CREATE DATABASE IF NOT EXISTS signalhouse ON CLUSTER `ci-reliability_1`');
    expect(await ast(statement)).toContain('CreateQuery');
  });

  it('a misspelt statement does not parse (the check can fail)', async () => {
    await expect(ast(clusterStatement('CREATE TABLE IF NOT EXISTS t (a UInt8) ENGINE = MergeTree ORDER BY', CLUSTER))).rejects.toThrow(/Syntax error/);
  });

  it('needs a server: a cluster with the embedded engine is refused at start-up', () => {
    expect(() => loadConfig({ CLICKHOUSE_CLUSTER: CLUSTER })).toThrow(/CLICKHOUSE_CLUSTER.*needs CLICKHOUSE_URL/);
    expect(loadConfig({ CLICKHOUSE_CLUSTER: CLUSTER, CLICKHOUSE_URL: 'http://ch:8123' }).CLICKHOUSE_CLUSTER).toBe(CLUSTER);
  });
});
