import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

// Every read of a repository that has no data answers 404 UNKNOWN_REPO naming it and the nearest known
// repositories, instead of an empty list that looks like good news. Real app, real engine.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const REPORT =
  '<testsuite name="com.acme.CartTest"><testcase classname="com.acme.CartTest" name="totals"/>' +
  '<testcase classname="com.acme.CartTest" name="timing"><failure message="took 5003 ms">slow</failure></testcase></testsuite>';

describe('a repository with no data', () => {
  const repo = uniqueRepo('shop');
  const typo = repo.slice(0, -1); // one character short: shop/1a2b3c4 for shop/1a2b3c4d
  const testId = junitTestId(repo, 'com.acme.CartTest', 'com.acme.CartTest', 'timing');

  beforeAll(async () => {
    const q = new URLSearchParams({ repo, branch: 'main', commit: 'c1', runId: 'r1' });
    const up = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: REPORT, headers: { 'content-type': 'application/xml' } });
    expect(up.statusCode, up.body).toBe(201);
    const ch = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: 'c1', files: [{ path: 'src/cart.ts' }] } });
    expect(ch.statusCode, ch.body).toBe(201);
  });

  const reads = (r: string) => {
    const q = (extra: Record<string, string> = {}) => new URLSearchParams({ repo: r, ...extra }).toString();
    return [
      `/v1/tests/flaky?${q()}`,
      `/v1/failures?${q()}`,
      `/v1/runs?${q()}`,
      `/v1/changes?${q({ commit: 'c1' })}`,
      `/v1/tests/${testId}?${q()}`,
      `/v1/tests/${testId}/history?${q()}`,
      `/v1/tests/${testId}/operations?${q()}`,
    ];
  };

  it('is answered 404 UNKNOWN_REPO by every read route, naming it and the closest known repository', async () => {
    for (const url of reads(typo)) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toEqual({ error: 'UNKNOWN_REPO', message: expect.stringContaining(`no data for repository "${typo}"; closest known: ${repo}`) });
    }
  });

  it('is matched case-insensitively for the suggestion', async () => {
    const res = await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo.toUpperCase())}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(new RegExp(`closest known: ${repo}(,|$)`));
  });

  it('does not hide the reads of a known repository', async () => {
    for (const url of reads(repo)) {
      const res = await app.inject({ url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
  });

  it('is known once a change alone was sent for it', async () => {
    const only = uniqueRepo('changes-only');
    await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo: only, commit: 'c9', files: [{ path: 'a.ts' }] } });
    expect((await app.inject({ url: `/v1/changes?${new URLSearchParams({ repo: only, commit: 'c9' })}` })).statusCode).toBe(200);
    const runs = await app.inject({ url: `/v1/runs?${new URLSearchParams({ repo: only })}` });
    expect(runs.statusCode).toBe(200);
    expect(runs.json().runs).toEqual([]);
  });

  it('still gets a risk answer (a first CI job asks before it uploads anything)', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo: uniqueRepo('first-job'), files: ['a.ts'] } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ history: false });
  });
});
