import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const post = (payload: unknown) => app.inject({ method: 'POST', url: '/v1/changes', payload: payload as Record<string, unknown> });
const get = (repo: string, commit: string) => app.inject({ url: `/v1/changes?${new URLSearchParams({ repo, commit })}` });

describe('POST /v1/changes', () => {
  it('stores what tools/history/load.ts sends, and reads it back', async () => {
    const repo = uniqueRepo('changes');
    const commit = 'a'.repeat(40);
    // The exact shape of the history loader's request.
    const body = {
      repo,
      commit,
      parent: 'b'.repeat(40),
      branch: 'feature/SHOP-1-x',
      files: [
        { path: 'web/src/cart/cartStore.ts', added: 12, removed: 3 },
        { path: 'services/payments/src/main/java/com/acme/payments/ChargeService.java', added: 1, removed: 0 },
      ],
    };
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ repo, commit, parent: 'b'.repeat(40), branch: 'feature/SHOP-1-x', files: 2, added: 13, removed: 3 });
    const read = await get(repo, commit);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      repo,
      commit,
      parent: 'b'.repeat(40),
      branch: 'feature/SHOP-1-x',
      files: [
        { path: 'services/payments/src/main/java/com/acme/payments/ChargeService.java', added: 1, removed: 0 },
        { path: 'web/src/cart/cartStore.ts', added: 12, removed: 3 },
      ],
    });
  });

  it('merges a path named twice, normalises ./ and /, keeps odd characters, and replaces on re-send', async () => {
    const repo = uniqueRepo('changes-odd');
    const odd = `src/ünï cödé/"quoted" & 'single' $(rm -rf) \\ %20 ${'x'.repeat(300)}.ts`;
    const res = await post({ repo, commit: 'c1', files: [{ path: './a.ts', added: 1 }, { path: '/a.ts', removed: 2 }, { path: odd }] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ files: 2, added: 1, removed: 2, parent: '', branch: '' });
    expect((await get(repo, 'c1')).json().files).toEqual([
      { path: 'a.ts', added: 1, removed: 2 },
      { path: odd, added: 0, removed: 0 },
    ]);
    await post({ repo, commit: 'c1', parent: 'c0', files: [{ path: 'a.ts', added: 7, removed: 0 }] });
    const again = (await get(repo, 'c1')).json();
    expect(again.parent).toBe('c0');
    expect(again.files.find((f: { path: string }) => f.path === 'a.ts')).toEqual({ path: 'a.ts', added: 7, removed: 0 });
  });

  it('takes thousands of files', async () => {
    const repo = uniqueRepo('changes-many');
    const files = Array.from({ length: 20_000 }, (_, i) => ({ path: `pkg${i % 50}/file${i}.go`, added: i % 7, removed: 1 }));
    const res = await post({ repo, commit: 'big', files });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().files).toBe(20_000);
    expect((await get(repo, 'big')).json().files).toHaveLength(20_000);
  });

  it('refuses bad input with a clear answer', async () => {
    const repo = uniqueRepo('changes-bad');
    const missing = await post({ repo, files: [] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toMatch(/commit/);
    expect((await post({ repo, commit: 'c', files: [{ added: 1 }] })).statusCode).toBe(400);
    expect((await post({ repo, commit: 'c', files: [{ path: 'a', added: -1 }] })).statusCode).toBe(400);
    const nul = await post({ repo, commit: 'c', files: [{ path: 'a\u0000b' }] });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toMatchObject({ error: 'BAD_PATH' });
    expect((await post({ repo, commit: 'c', files: [{ path: './' }] })).json()).toMatchObject({ error: 'BAD_PATH' });
    const tooMany = await post({ repo, commit: 'c', files: Array.from({ length: 50_001 }, (_, i) => ({ path: `f${i}` })) });
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toMatchObject({ error: 'TOO_MANY_FILES' });
    const notJson = await app.inject({ method: 'POST', url: '/v1/changes', payload: '{"repo":', headers: { 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    // None of the refused changes was stored: the repository has no data at all.
    expect((await get(repo, 'c')).json().error).toBe('UNKNOWN_REPO');
    expect((await post({ repo, commit: 'c', files: [{ path: 'a' }] })).statusCode).toBe(201);
    const unknown = await get(repo, 'nope');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/no change recorded for commit nope/);
  });
});
