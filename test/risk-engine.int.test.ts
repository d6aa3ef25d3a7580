import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RiskEngine } from '../models/risk/engine.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// The engine behind POST /v1/risk trains on the first question about a repository, then retrains in
// the background when new results arrive, never on the request path.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

async function run(repo: string, i: number, failing: string[] = []) {
  const cases = ['a', 'b', 'c']
    .map((n) =>
      failing.includes(n)
        ? `<testcase classname="com.acme.XTest" name="${n}" time="0.1"><failure message="boom">boom</failure></testcase>`
        : `<testcase classname="com.acme.XTest" name="${n}" time="0.1"/>`,
    )
    .join('');
  const commit = `c${i}`;
  expect((await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit, parent: `c${i - 1}`, files: [{ path: 'src/main/java/com/acme/X.java', added: 1 }] } })).statusCode).toBe(201);
  const q = new URLSearchParams({ repo, branch: 'main', commit, runId: `r${i}`, startedAt: new Date(Date.UTC(2026, 10, 1, i)).toISOString() });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: `<testsuite name="com.acme.XTest">${cases}</testsuite>`, headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
}

describe('RiskEngine', () => {
  it('trains on first use, answers from memory, and retrains in the background when results arrive', async () => {
    const repo = uniqueRepo('engine');
    for (let i = 1; i <= 4; i++) await run(repo, i);
    const engine = new RiskEngine({ store: await testStore(), checkEveryMs: 0, minRetrainMs: 0 });
    try {
      const first = await engine.assess({ repo, files: ['src/main/java/com/acme/X.java'] });
      expect(first.history).toBe(true);
      expect(first.model).toMatchObject({ tests: 3, commits: 4 });
      const firstId = first.model!.id;

      await run(repo, 5, ['a']);
      await run(repo, 6, ['a']);
      // Each question may start a background refresh; the answer never waits for it.
      let latest = first;
      const deadline = Date.now() + 60_000;
      while (latest.model!.id === firstId || latest.model!.commits < 6) {
        if (Date.now() > deadline) throw new Error('the model was not retrained within 60 s');
        await new Promise((r) => setTimeout(r, 200));
        latest = await engine.assess({ repo, files: ['src/main/java/com/acme/X.java'] });
      }
      expect(latest.model).toMatchObject({ commits: 6 });
      // c6's parent c5 failed `a` for real (it kept failing): carried into the next change.
      const next = await engine.assess({ repo, commit: 'c7', parent: 'c6', files: ['README.md'] });
      const a = next.tests.find((t) => t.name === 'a')!;
      expect(a.reasons.map((r) => r.code)).toContain('carry');
      expect(a.probability).toBeGreaterThan(next.tests.find((t) => t.name === 'b')!.probability);
    } finally {
      await engine.close();
    }
  });
});
