import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import { InputError } from '../../ingestion/errors.ts';
import type { Store } from './clickhouse.ts';

// Commit → changed files (table `changes`, migration 0005). One row per (repo, commit, path);
// sending a change again replaces its rows path by path (ReplacingMergeTree on ingested_at).

export interface ChangedFile {
  path: string;
  added: number;
  removed: number;
}

export interface ChangeRecord {
  repo: string;
  commit: string;
  parent: string;
  branch: string;
  files: ChangedFile[];
}

/** Most files one change may name: a mass rename of a monorepo stays under it, a runaway script does not. */
export const MAX_CHANGED_FILES = 50_000;
export const MAX_PATH_LENGTH = 4096;

/**
 * A repository path as git prints it, relative to the root: `./a/b` and `/a/b` become `a/b`. Any other
 * character is kept (spaces, quotes, non-ASCII are legal in file names); NUL cannot be in a git path.
 */
export function normalizePath(raw: string): string {
  let p = raw;
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/^\/+/, '');
  if (p === '' || p === '.') throw new InputError('BAD_PATH', `changed file path ${JSON.stringify(raw)} is empty`);
  if (p.includes('\0')) throw new InputError('BAD_PATH', `changed file path ${JSON.stringify(raw)} contains a NUL character`);
  if (p.length > MAX_PATH_LENGTH) throw new InputError('BAD_PATH', `changed file path is longer than ${MAX_PATH_LENGTH} characters`);
  return p;
}

/** Normalised paths, the same path named twice merged (its line counts summed), in path order. */
export function normalizeFiles(files: readonly { path: string; added?: number; removed?: number }[]): ChangedFile[] {
  if (files.length > MAX_CHANGED_FILES) {
    throw new InputError('TOO_MANY_FILES', `a change may name at most ${MAX_CHANGED_FILES} files; this one names ${files.length}`, 413);
  }
  const merged = new Map<string, ChangedFile>();
  for (const f of files) {
    const path = normalizePath(f.path);
    const prev = merged.get(path);
    const added = Math.max(0, Math.floor(f.added ?? 0));
    const removed = Math.max(0, Math.floor(f.removed ?? 0));
    if (prev) {
      prev.added += added;
      prev.removed += removed;
    } else merged.set(path, { path, added, removed });
  }
  return [...merged.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const UINT32_MAX = 4_294_967_295;

/** Stores one change; resolves when its rows are durable. */
export async function storeChange(store: Store, change: ChangeRecord): Promise<void> {
  const rows = change.files.map((f) => ({
    repo: change.repo,
    commit: change.commit,
    parent: change.parent,
    branch: change.branch,
    path: f.path,
    added: Math.min(f.added, UINT32_MAX),
    removed: Math.min(f.removed, UINT32_MAX),
  }));
  // A fresh unit id per request: a retried INSERT of this request is deduplicated, but sending the
  // same change again later is a new write (the newest rows win in the ReplacingMergeTree).
  await store.writer.write({ id: `changes-${randomUUID()}`, rows: { changes: rows } });
}

/**
 * Stores a change named by a risk request (POST /v1/risk with a commit and its files), unless that
 * commit already has one: a change sent on purpose (POST /v1/changes, `upload junit --from-git`) is
 * not overwritten by what a selection request names.
 */
export async function storeChangeIfNew(store: Store, change: ChangeRecord): Promise<boolean> {
  const rs = await store.client.query({
    query: 'SELECT 1 FROM changes WHERE repo = {repo:String} AND commit = {commit:String} LIMIT 1',
    query_params: { repo: change.repo, commit: change.commit },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.changes.storeChangeIfNew' },
  });
  if ((await rs.json()).length > 0) return false;
  await storeChange(store, change);
  return true;
}

/** The stored change of one commit, or null when none was sent. */
export async function readChange(client: ClickHouseClient, repo: string, commit: string): Promise<ChangeRecord | null> {
  const rs = await client.query({
    query: `
      SELECT path, argMax(parent, ingested_at) AS parent, argMax(branch, ingested_at) AS branch,
             argMax(added, ingested_at) AS added, argMax(removed, ingested_at) AS removed
      FROM changes
      WHERE repo = {repo:String} AND commit = {commit:String}
      GROUP BY path
      ORDER BY path`,
    query_params: { repo, commit },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.changes.readChange' },
  });
  const rows = await rs.json<{ path: string; parent: string; branch: string; added: number | string; removed: number | string }>();
  const first = rows[0];
  if (!first) return null;
  return {
    repo,
    commit,
    parent: String(first.parent),
    branch: String(first.branch),
    files: rows.map((r) => ({ path: r.path, added: Number(r.added), removed: Number(r.removed) })),
  };
}
