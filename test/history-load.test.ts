import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, generateHistory } from '../tools/history/generate.ts';
import { runLoadCli } from '../tools/history/load-cli.ts';
import { LoadError, loadHistory, readManifest, type FetchLike } from '../tools/history/load.ts';
import type { ManifestEntry } from '../tools/history/manifest.ts';

// The service endpoints are not needed here: a fake fetch records what the loader would send.

interface Call {
  url: URL;
  contentType: string;
  body: string;
}

function recorder(opts: { failOn?: (c: Call) => boolean; delayMs?: number } = {}): { fetch: FetchLike; calls: Call[]; maxInFlight: () => number } {
  const calls: Call[] = [];
  let inFlight = 0;
  let max = 0;
  const fetch: FetchLike = async (url, init) => {
    const call = { url: new URL(url), contentType: init.headers['content-type'] ?? '', body: init.body };
    calls.push(call);
    inFlight++;
    max = Math.max(max, inFlight);
    await new Promise((r) => setTimeout(r, opts.delayMs ?? 0));
    inFlight--;
    const fail = opts.failOn?.(call) ?? false;
    return { ok: !fail, status: fail ? 422 : 202, text: async () => (fail ? '{"code":"INVALID_JUNIT","message":"bad report"}' : '') };
  };
  return { fetch, calls, maxInFlight: () => max };
}

const root = mkdtempSync(join(tmpdir(), 'signalhouse-load-'));
const dir = join(root, 'h');
let manifest: ManifestEntry[];

beforeAll(async () => {
  await generateHistory({ ...DEFAULT_OPTIONS, out: dir, seed: 5, days: 4, tests: 60, files: 40, commitsPerDay: 8 });
  manifest = await readManifest(dir);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadHistory', () => {
  it('posts each commit’s changes once, then every report with the run identity, in time order', async () => {
    const r = recorder({ delayMs: 1 });
    const summary = await loadHistory(dir, 'http://signalhouse.test:8080/base', { fetch: r.fetch });

    const commits = new Set(manifest.map((e) => e.commit));
    const reports = manifest.flatMap((e) => e.reports);
    expect(summary).toMatchObject({ entries: manifest.length, commits: commits.size, reports: reports.length });
    const changes = r.calls.filter((c) => c.url.pathname === '/base/v1/changes');
    const junit = r.calls.filter((c) => c.url.pathname === '/base/v1/junit');
    expect(changes.length).toBe(commits.size);
    expect(junit.length).toBe(reports.length);
    expect(r.maxInFlight()).toBeLessThanOrEqual(4);

    // A commit's changes are sent before any of its reports.
    const firstChange = new Map<string, number>();
    r.calls.forEach((c, i) => {
      if (c.url.pathname.endsWith('/changes')) firstChange.set((JSON.parse(c.body) as { commit: string }).commit, i);
    });
    r.calls.forEach((c, i) => {
      if (c.url.pathname.endsWith('/junit')) expect(firstChange.get(c.url.searchParams.get('commit')!)!).toBeLessThan(i);
    });

    const first = manifest[0]!;
    expect(JSON.parse(changes[0]!.body)).toEqual({ repo: first.repo, commit: first.commit, parent: first.parent, branch: first.branch, files: first.files });
    expect(changes[0]!.contentType).toBe('application/json');

    // Reports go out in manifest order (concurrency only lets neighbours overtake each other), each
    // with its run's identity and the raw XML.
    const expected = manifest.flatMap((e) => e.reports.map((rep) => ({ e, rep, xml: readFileSync(join(dir, rep), 'utf8') })));
    junit.forEach((c, i) => {
      const j = expected.findIndex((x) => x.xml === c.body);
      expect(j).toBeGreaterThanOrEqual(0);
      expect(Math.abs(i - j)).toBeLessThan(8);
      const { e, rep } = expected[j]!;
      expect(Object.fromEntries(c.url.searchParams)).toEqual({
        repo: e.repo,
        branch: e.branch,
        commit: e.commit,
        runId: e.runId,
        attempt: String(e.attempt),
        startedAt: e.startedAt,
        fileName: rep.slice('junit/'.length),
      });
      expect(c.contentType).toBe('application/xml');
    });
    expect(new Set(junit.map((c) => c.body)).size).toBe(expected.length);
  });

  it('stops at the first non-2xx answer and reports the response text', async () => {
    let n = 0;
    const r = recorder({ failOn: (c) => c.url.pathname.endsWith('/junit') && ++n === 5 });
    const err = await loadHistory(dir, 'http://signalhouse.test', { fetch: r.fetch, concurrency: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as LoadError).status).toBe(422);
    expect((err as LoadError).message).toContain('INVALID_JUNIT');
    expect((err as LoadError).message).toContain('/v1/junit?repo=acme%2Fshop');
    // Nothing new starts after the failure: at most the requests already in flight complete.
    expect(r.calls.length).toBeLessThan(12);
  });

  it('wraps network errors with the URL', async () => {
    const failing: FetchLike = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:1');
    };
    await expect(loadHistory(dir, 'http://127.0.0.1:1', { fetch: failing })).rejects.toThrow(/POST http:\/\/127\.0\.0\.1:1\/v1\/changes: connect ECONNREFUSED/);
  });
});

describe('load CLI', () => {
  it('validates its flags', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t) };
    expect(await runLoadCli(['--dir', dir], io)).toBe(2);
    expect(await runLoadCli(['--dir', dir, '--server', 'localhost:8080'], io)).toBe(2);
    expect(await runLoadCli(['--dir', dir, '--server', 'http://x', '--concurrency', '0'], io)).toBe(2);
    expect(err.join('')).toContain('--server URL is required');
  });

  it('loads through the given fetch and prints a summary', async () => {
    const out: string[] = [];
    const r = recorder();
    const code = await runLoadCli(['--dir', dir, '--server', 'http://signalhouse.test'], { out: (t) => out.push(t), err: () => {}, fetch: r.fetch });
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/^Loaded \d+ run attempts/);
  });
});
