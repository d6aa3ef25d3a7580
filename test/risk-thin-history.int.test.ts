import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_JUNIT } from './support/fixtures.ts';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

// POST /v1/risk on a history too thin to select from (every test new), and a risk request that names
// a commit with its files (the change is kept). A real Playwright report (60 test cases), real engine.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const PLAYWRIGHT = readFileSync(`${REAL_JUNIT}playwright/playwright-report.xml`);

/** Two commits, each with its change and one CI run of the same report: every test has 2 < 3 runs. */
async function thinHistory(repo: string): Promise<void> {
  for (const i of [1, 2]) {
    const ch = await app.inject({
      method: 'POST',
      url: '/v1/changes',
      payload: { repo, commit: `c${i}`, parent: `c${i - 1}`, branch: 'main', files: [{ path: 'tests/auth.setup.ts', added: 3, removed: 1 }] },
    });
    expect(ch.statusCode, ch.body).toBe(201);
    // No startedAt: the results keep the report's own times (January 2024), as a real upload does.
    const q = new URLSearchParams({ repo, branch: 'main', commit: `c${i}`, runId: `run-${i}` });
    const up = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: PLAYWRIGHT, headers: { 'content-type': 'application/xml' } });
    expect(up.statusCode, up.body).toBe(201);
  }
  const train = await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` });
  expect(train.statusCode, train.body).toBe(200);
}

describe('selection on a thin history', () => {
  const repo = uniqueRepo('thin');
  beforeAll(() => thinHistory(repo));

  it('says in `message` why a 25% budget selected every test', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, files: ['src/app.ts'], budget: { fraction: 0.25 } } });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.history).toBe(true);
    expect(a.model.commits).toBeGreaterThan(0); // not the "no changes recorded" case
    expect(a.selected.total).toBeGreaterThan(20);
    expect(a.selected).toMatchObject({ count: a.selected.total, all: true });
    expect(a.message).toBe(
      `selected ${a.selected.total} of ${a.selected.total} tests, that is every test, more than the budget (25% of the tests), ` +
        `because ${a.selected.total} new tests (run on fewer than 3 commits: they run until the model has seen them) always run`,
    );
  });

  it('says nothing extra when the budget is not exceeded', async () => {
    const a = (await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, files: ['src/app.ts'], budget: { minutes: 100_000 } } })).json();
    expect(a.selected.all).toBe(true);
    expect(a.message).toBe('');
  });
});

describe('a risk request naming a commit with its files', () => {
  const repo = uniqueRepo('select-change');
  beforeAll(() => thinHistory(repo));

  it('stores the change, so a later request can name the commit alone', async () => {
    const first = await app.inject({
      method: 'POST',
      url: '/v1/risk',
      payload: { repo, commit: 'c3', parent: 'c2', branch: 'feature/x', files: ['./tests/login.spec.ts', { path: 'src/app.ts', added: 4, removed: 2 }], budget: { fraction: 0.5 } },
    });
    expect(first.statusCode, first.body).toBe(200);
    const stored = await app.inject({ url: `/v1/changes?${new URLSearchParams({ repo, commit: 'c3' })}` });
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toEqual({
      repo,
      commit: 'c3',
      parent: 'c2',
      branch: 'feature/x',
      files: [
        { path: 'src/app.ts', added: 4, removed: 2 },
        { path: 'tests/login.spec.ts', added: 0, removed: 0 },
      ],
    });
    const again = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, commit: 'c3', budget: { fraction: 0.5 } } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ commit: 'c3', parent: 'c2', files: 2 });
  });

  it('does not overwrite a change sent on purpose', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, commit: 'c2', files: ['other.ts'] } });
    expect(res.statusCode, res.body).toBe(200);
    const stored = (await app.inject({ url: `/v1/changes?${new URLSearchParams({ repo, commit: 'c2' })}` })).json();
    expect(stored.files).toEqual([{ path: 'tests/auth.setup.ts', added: 3, removed: 1 }]);
  });

  it('stores nothing when the files are refused', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, commit: 'c9', files: ['./'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('BAD_PATH');
    expect((await app.inject({ url: `/v1/changes?${new URLSearchParams({ repo, commit: 'c9' })}` })).statusCode).toBe(404);
  });
});
