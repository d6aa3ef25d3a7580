import type { ClickHouseClient } from '@clickhouse/client';

// API tokens as stored: hashes, scopes, repo patterns. The table keeps no token in clear
// (migrations/0022_api_tokens.sql); src/api/auth/ makes and checks tokens.

export type Scope = 'ingest' | 'read' | 'admin';
export const SCOPES: readonly Scope[] = ['ingest', 'read', 'admin'];

export interface StoredToken {
  id: string;
  name: string;
  tokenHash: string;
  scopes: Scope[];
  repos: string[];
  createdAt: string;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  repos: string[];
  created_at: string;
  revoked_at: string | null;
}

// ReplacingMergeTree keeps the highest version per id: versions only grow within a process, even
// when a revocation follows its creation within the same millisecond.
let lastVersion = 0;
function nextVersion(): number {
  lastVersion = Math.max(Date.now() * 1000, lastVersion + 1);
  return lastVersion;
}

const fromRow = (r: TokenRow): StoredToken => ({
  id: r.id,
  name: r.name,
  tokenHash: r.token_hash,
  scopes: r.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)),
  repos: r.repos,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Every token, revoked ones included, oldest first. */
export async function listTokens(client: ClickHouseClient): Promise<StoredToken[]> {
  const rs = await client.query({
    query: `SELECT id, name, token_hash, scopes, repos, created_at, revoked_at
            FROM api_tokens FINAL ORDER BY created_at, id`,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.tokens.list' },
  });
  return (await rs.json<TokenRow>()).map(fromRow);
}

export async function insertToken(client: ClickHouseClient, t: Omit<StoredToken, 'revokedAt'>): Promise<void> {
  await client.insert({
    table: 'api_tokens',
    values: [{ id: t.id, name: t.name, token_hash: t.tokenHash, scopes: t.scopes, repos: t.repos, created_at: t.createdAt, revoked_at: null, version: nextVersion() }],
    format: 'JSONEachRow',
    clickhouse_settings: { date_time_input_format: 'best_effort' },
  });
}

/** Marks a token revoked; false when no live token has that id. */
export async function revokeToken(client: ClickHouseClient, id: string, at: Date): Promise<boolean> {
  const live = (await listTokens(client)).find((t) => t.id === id && t.revokedAt === null);
  if (!live) return false;
  await client.insert({
    table: 'api_tokens',
    values: [{ id, name: live.name, token_hash: live.tokenHash, scopes: live.scopes, repos: live.repos, created_at: live.createdAt, revoked_at: at.toISOString(), version: nextVersion() }],
    format: 'JSONEachRow',
    clickhouse_settings: { date_time_input_format: 'best_effort' },
  });
  return true;
}
