// Replays a generated history into a running Signalhouse through its public HTTP API, in time order:
// for each manifest line, the commit's changes once (POST /v1/changes), then each JUnit report of
// the run attempt (POST /v1/junit with the run's identity in the query string and the raw XML body).
//
// A few requests run at once (default 4), taken strictly in manifest order; a report waits for its
// commit's changes to be accepted, so the service never sees results for a commit it does not know.
// The first non-2xx answer stops the load and is thrown with the response text: a history that does
// not load completely is not a valid benchmark.

import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compareEntries, parseManifestLine, type ManifestEntry } from './manifest.ts';

export interface FetchResponseLike {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<FetchResponseLike>;

export interface LoadProgress {
  entriesDone: number;
  entriesTotal: number;
  changes: number;
  reports: number;
}

export interface LoadOptions {
  /** Requests in flight at once. */
  concurrency?: number;
  /** Defaults to the global fetch; tests pass a fake. */
  fetch?: FetchLike;
  /** Called after each manifest line's last request has been answered. */
  onProgress?: (p: LoadProgress) => void;
}

export interface LoadSummary {
  entries: number;
  commits: number;
  reports: number;
  reportBytes: number;
  elapsedMs: number;
}

export class LoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
    readonly responseText: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

type Task =
  | { kind: 'changes'; entry: ManifestEntry }
  | { kind: 'junit'; entry: ManifestEntry; report: string; last: boolean }
  | { kind: 'traces'; entry: ManifestEntry; file: string };

export async function readManifest(dir: string): Promise<ManifestEntry[]> {
  const text = await readFile(join(dir, 'manifest.jsonl'), 'utf8');
  const entries = text
    .split('\n')
    .map((line, i) => ({ line, no: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, no }) => parseManifestLine(line, no));
  // Written in this order already; sorting again keeps a hand-edited manifest safe to replay.
  return entries.sort(compareEntries);
}

export async function loadHistory(dir: string, baseUrl: string, opts: LoadOptions = {}): Promise<LoadSummary> {
  const began = performance.now();
  const doFetch: FetchLike = opts.fetch ?? ((url, init) => fetch(url, init));
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 4));
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const entries = await readManifest(dir);

  const tasks: Task[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!seen.has(entry.commit)) {
      seen.add(entry.commit);
      tasks.push({ kind: 'changes', entry });
    }
    for (const file of entry.traces ?? []) tasks.push({ kind: 'traces', entry, file });
    entry.reports.forEach((report, i) => tasks.push({ kind: 'junit', entry, report, last: i === entry.reports.length - 1 }));
  }

  const changesAccepted = new Map<string, Promise<void>>();
  const progress: LoadProgress = { entriesDone: 0, entriesTotal: entries.length, changes: 0, reports: 0 };
  let reportBytes = 0;
  let next = 0;
  let failure: unknown = null;

  const post = async (url: URL, contentType: string, body: string): Promise<void> => {
    let res: FetchResponseLike;
    try {
      res = await doFetch(url.href, { method: 'POST', headers: { 'content-type': contentType }, body });
    } catch (e) {
      throw new LoadError(`POST ${url.href}: ${describe(e)}`, url.href, null, '');
    }
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new LoadError(`POST ${url.href} answered ${res.status}: ${text.slice(0, 2000)}`, url.href, res.status, text);
    }
  };

  const run = async (task: Task): Promise<void> => {
    const e = task.entry;
    if (task.kind === 'changes') {
      const body = JSON.stringify({ repo: e.repo, commit: e.commit, parent: e.parent, branch: e.branch, files: e.files });
      // Registered before the first await, so the commit's reports (later tasks) always find it.
      const accepted = post(new URL('v1/changes', base), 'application/json', body);
      changesAccepted.set(e.commit, accepted);
      await accepted;
      progress.changes++;
      return;
    }
    await changesAccepted.get(e.commit);
    if (task.kind === 'traces') {
      const body = await readFile(join(dir, task.file), 'utf8');
      await post(new URL('v1/traces', base), 'application/json', body);
      return;
    }
    // The generator writes UTF-8, so the text round-trips to the same bytes.
    const xml = await readFile(join(dir, task.report), 'utf8');
    const url = new URL('v1/junit', base);
    url.searchParams.set('repo', e.repo);
    url.searchParams.set('branch', e.branch);
    url.searchParams.set('commit', e.commit);
    url.searchParams.set('runId', e.runId);
    url.searchParams.set('attempt', String(e.attempt));
    url.searchParams.set('startedAt', e.startedAt);
    // Named in the service's error messages.
    url.searchParams.set('fileName', basename(task.report));
    await post(url, 'application/xml', xml);
    reportBytes += Buffer.byteLength(xml);
    progress.reports++;
    if (task.last) {
      progress.entriesDone++;
      opts.onProgress?.({ ...progress });
    }
  };

  const worker = async (): Promise<void> => {
    while (failure === null && next < tasks.length) {
      const task = tasks[next++]!;
      try {
        await run(task);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure !== null) throw failure;
  const elapsedMs = Math.round(performance.now() - began);
  return { entries: entries.length, commits: seen.size, reports: progress.reports, reportBytes, elapsedMs };
}

/** undici reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND...) in `cause`. */
function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return e.cause instanceof Error ? `${e.message} (${e.cause.message})` : e.message;
}
