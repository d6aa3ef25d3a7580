import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCodeReach } from '../src/store/code-reach.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { testApp } from './support/app.ts';
import { countRows, testStore, uniqueRepo } from './support/store.ts';

let app: FastifyInstance;
let store: Store;
beforeAll(async () => {
  app = await testApp();
  store = await testStore();
});
afterAll(async () => app.close());

const post = (payload: unknown) => app.inject({ method: 'POST', url: '/v1/imports', payload: payload as Record<string, unknown> });

// A mirrored layout (issue 15): test/invoicing/… imports src/invoicing/…, which imports a shared file.
function graph(repo: string, scannedAt = '2026-12-01T10:00:00.000Z') {
  return {
    repo,
    commit: 'c1',
    scannedAt,
    files: [
      { path: 'test/invoicing/totals.test.ts', test: true, imports: ['src/invoicing/totals.ts', 'test/support/money.ts'] },
      { path: 'test/support/money.ts', imports: ['src/shared/money.ts'] },
      { path: 'src/invoicing/totals.ts', imports: ['src/invoicing/rounding.ts', 'src/shared/money.ts'] },
      { path: 'src/invoicing/rounding.ts', imports: ['src/shared/money.ts'] },
      { path: 'src/shared/money.ts', imports: [] },
      { path: 'test/shared/money.test.ts', test: true, imports: ['src/shared/money.ts'] },
      // A cycle back to the test file itself: the test file is never a row of its own.
      { path: 'src/orders/cycle.ts', imports: ['test/invoicing/totals.test.ts'] },
    ],
  };
}

describe('POST /v1/imports', () => {
  it('stores each test file\'s reach with the fewest hops, and counts it', async () => {
    const repo = uniqueRepo('imports');
    const res = await post(graph(repo));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ repo, commit: 'c1', files: 7, testFiles: 2, reachRows: 5, scannedAt: '2026-12-01T10:00:00.000Z' });
    const rows = await readCodeReach(store.client, repo);
    expect(rows.map((r) => [r.testFile, r.file, r.hops])).toEqual([
      ['test/invoicing/totals.test.ts', 'src/invoicing/totals.ts', 1],
      ['test/invoicing/totals.test.ts', 'test/support/money.ts', 1],
      // Two hops through test/support/money.ts, not three through totals → rounding.
      ['test/invoicing/totals.test.ts', 'src/invoicing/rounding.ts', 2],
      ['test/invoicing/totals.test.ts', 'src/shared/money.ts', 2],
      ['test/shared/money.test.ts', 'src/shared/money.ts', 1],
    ]);
    expect(rows.every((r) => r.lastSeen.toISOString() === '2026-12-01T10:00:00.000Z')).toBe(true);
    // The other way round: which test files reach a shared file.
    const byFile = await app.inject({ url: `/v1/imports/reach?${new URLSearchParams({ repo, file: 'src/shared/money.ts' })}` });
    expect(byFile.json().reach.map((r: { testFile: string; hops: number }) => [r.testFile, r.hops])).toEqual([
      ['test/invoicing/totals.test.ts', 2],
      ['test/shared/money.test.ts', 1],
    ]);
    const both = await app.inject({ url: `/v1/imports/reach?${new URLSearchParams({ repo, file: 'a', testFile: 'b' })}` });
    expect(both.statusCode).toBe(400);
  });

  it('re-sent, adds no row; a later scan moves last_seen and keeps first_seen', async () => {
    const repo = uniqueRepo('imports-again');
    // Without merges, equal rows stay apart: only the deduplication token can keep the count.
    await store.client.command({ query: 'SYSTEM STOP MERGES code_reach' });
    try {
      expect((await post(graph(repo))).statusCode).toBe(201);
      const stored = await countRows(store, 'code_reach', repo);
      expect(stored).toBe(5);
      const again = await post(graph(repo));
      expect(again.statusCode).toBe(201);
      expect(again.json().scanId).toBe((await post(graph(repo))).json().scanId);
      expect(await countRows(store, 'code_reach', repo)).toBe(stored);
    } finally {
      await store.client.command({ query: 'SYSTEM START MERGES code_reach' });
    }
    expect((await post(graph(repo, '2026-12-02T10:00:00.000Z'))).statusCode).toBe(201);
    const rows = await readCodeReach(store.client, repo, { testFiles: ['test/shared/money.test.ts'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.firstSeen.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(rows[0]!.lastSeen.toISOString()).toBe('2026-12-02T10:00:00.000Z');
  });

  it.each([
    ['an absolute path', (g: ReturnType<typeof graph>) => (g.files[2]!.imports[1] = '/home/ci/work/src/shared/money.ts'), /files\[2\]\.imports\[1\] "\/home\/ci\/work\/src\/shared\/money\.ts".*absolute/],
    ['a path with ..', (g: ReturnType<typeof graph>) => (g.files[1]!.path = 'test/../../etc/passwd'), /files\[1\]\.path "test\/\.\.\/\.\.\/etc\/passwd".*'\.\.'/],
    ['a Windows path', (g: ReturnType<typeof graph>) => (g.files[4]!.path = 'C:\\src\\money.ts'), /files\[4\]\.path .*absolute/],
    ['a file named twice', (g: ReturnType<typeof graph>) => (g.files[3]!.path = 'src/invoicing/totals.ts'), /files\[3\]\.path "src\/invoicing\/totals\.ts" is named twice/],
  ])('refuses %s with 400 naming the entry, and stores nothing', async (_what, spoil, message) => {
    const repo = uniqueRepo('imports-bad');
    const g = graph(repo);
    spoil(g);
    const res = await post(g);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(res.json().error).toMatch(/^(BAD_PATH|DUPLICATE_FILE)$/);
    expect(await countRows(store, 'code_reach', repo)).toBe(0);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('refuses a body without files or with imports that are not strings (schema), storing nothing', async () => {
    const repo = uniqueRepo('imports-schema');
    const noFiles = await post({ repo });
    expect(noFiles.statusCode).toBe(400);
    expect(noFiles.json().error).toBe('BAD_REQUEST');
    expect(noFiles.json().message).toMatch(/files/);
    const res = await post({ repo, files: [{ path: 'a.test.ts', test: true, imports: [{ path: 'b.ts' }] }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/imports/);
    expect(await countRows(store, 'code_reach', repo)).toBe(0);
  });

  it('stores the test functions a Go test file declares, once per scan; refuses them on a file that is not a test', async () => {
    const repo = uniqueRepo('imports-tests');
    const files = [
      { path: 'middleware/strip_test.go', test: true, imports: ['middleware/strip.go'], tests: ['TestStripSlashes', 'TestStripPrefix', 'TestStripSlashes'] },
      { path: 'middleware/strip.go', imports: [] },
    ];
    const body = { repo, commit: 'c1', scannedAt: '2026-12-01T10:00:00.000Z', files };
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ reachRows: 1, declaredTests: 2 });
    expect((await post(body)).statusCode).toBe(201); // re-sent: the same scan, no new rows
    const read = async () => {
      const rs = await store.client.query({
        query: 'SELECT test_file, name, count() AS n FROM code_tests WHERE repo = {repo:String} GROUP BY test_file, name ORDER BY name',
        query_params: { repo },
        format: 'JSONEachRow',
      });
      return rs.json<{ test_file: string; name: string; n: string }>();
    };
    expect((await read()).map((r) => [r.test_file, r.name, Number(r.n)])).toEqual([
      ['middleware/strip_test.go', 'TestStripPrefix', 1],
      ['middleware/strip_test.go', 'TestStripSlashes', 1],
    ]);
    const other = uniqueRepo('imports-tests-bad');
    const bad = await post({ repo: other, files: [{ path: 'middleware/strip.go', imports: [], tests: ['TestX'] }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('BAD_TESTS');
    expect(bad.json().message).toMatch(/files\[0\] \(middleware\/strip.go\) lists tests but is not a test file/);
    expect(await countRows(store, 'code_reach', other)).toBe(0);
  });
});
