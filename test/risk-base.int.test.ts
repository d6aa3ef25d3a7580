import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

// knownFailing needs the change's base. With `parent` in the request it is the parent; without, the
// branch's last run before the change, or (a branch CI has not run yet) the default branch's last run.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const TESTS = ['prints', 'voids', 'quotes', 'polls'];

function report(failing: string[]): string {
  const cases = TESTS.map((t) =>
    failing.includes(t)
      ? `<testcase classname="com.acme.LabelTest" name="${t}" time="0.5"><failure message="width 0" type="java.lang.AssertionError">width 0\n\tat com.acme.LabelTest.${t}(LabelTest.java:9)</failure></testcase>`
      : `<testcase classname="com.acme.LabelTest" name="${t}" time="0.5"/>`,
  );
  return `<testsuite name="com.acme.LabelTest">${cases.join('')}</testsuite>`;
}

async function run(repo: string, branch: string, commit: string, hour: number, failing: string[]) {
  const q = new URLSearchParams({ repo, branch, commit, runId: `run-${commit}`, startedAt: new Date(Date.UTC(2026, 10, 3, hour)).toISOString() });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(failing), headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
}

describe('the base of a change, with and without its parent', () => {
  const repo = uniqueRepo('risk-base');
  const ask = async (body: Record<string, unknown>) => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, files: ['src/Label.java'], budget: { fraction: 0.25 }, ...body } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { base: { commit: string; source: string } | null; knownFailing: { name: string }[]; tests: { name: string; selected: boolean }[] };
  };

  beforeAll(async () => {
    // main: green, green, then m3 breaks `prints` (main is red at its head). A feature branch ran once
    // on f1, green.
    await run(repo, 'main', 'm1', 1, []);
    await run(repo, 'main', 'm2', 2, []);
    await run(repo, 'feature/green', 'f1', 3, []);
    await run(repo, 'main', 'm3', 4, ['prints']);
    const train = await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` });
    expect(train.statusCode, train.body).toBe(200);
  });

  it('takes the parent when the request names it', async () => {
    expect(await ask({ parent: 'm3' })).toMatchObject({ base: { commit: 'm3', source: 'parent' }, knownFailing: [{ name: 'prints' }] });
    expect(await ask({ parent: 'm2' })).toMatchObject({ base: { commit: 'm2', source: 'parent' }, knownFailing: [] });
  });

  it("without a parent, takes the branch's last run, else the default branch's", async () => {
    const onMain = await ask({ branch: 'main', commit: 'm4' });
    expect(onMain).toMatchObject({ base: { commit: 'm3', source: 'branch' }, knownFailing: [{ name: 'prints' }] });
    // Known failing runs whatever the budget.
    expect(onMain.tests.find((t) => t.name === 'prints')).toMatchObject({ selected: true });
    expect(await ask({ branch: 'feature/green' })).toMatchObject({ base: { commit: 'f1', source: 'branch' }, knownFailing: [] });
    expect(await ask({ branch: 'feature/new' })).toMatchObject({ base: { commit: 'm3', source: 'default-branch' }, knownFailing: [{ name: 'prints' }] });
    // Asked again about a commit that already ran: its base is the run before it, not itself.
    expect(await ask({ branch: 'main', commit: 'm3' })).toMatchObject({ base: { commit: 'm2', source: 'branch' } });
    expect(await ask({ branch: 'main', commit: 'm2' })).toMatchObject({ base: { commit: 'm1', source: 'branch' } });
  });
});
