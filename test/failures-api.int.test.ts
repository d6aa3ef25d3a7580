import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshFailureClasses } from '../models/failures/classify.ts';
import { testApp } from './support/app.ts';
import { REAL_JUNIT, SHARED_JUNIT } from './support/fixtures.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// GET /v1/failures and the signatures of GET /v1/tests/:id on real reports: groups are unique, the
// limit is exact, and a failure is called infrastructure or flaky only on evidence, never for lack of
// a later run.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const read = (path: string) => readFileSync(path, 'utf8');

/** The same report with every test passing: its failure and error elements removed. */
function allPassing(xml: string): string {
  return xml
    .replace(/<(failure|error)\b[^>]*\/>/g, '')
    .replace(/<(failure|error)\b[\s\S]*?<\/\1>/g, '')
    .replace(/status='(failed|errored)'/g, "status='passed'");
}

/** The report with its suites' start time moved (the real one is years old; runs need an order). */
const startedAt = (xml: string, at: string) => xml.replace(/timestamp="[^"]*"/g, `timestamp="${at}"`);

async function upload(repo: string, run: { runId: string; at: string; fileName?: string }, xml: string) {
  const q = new URLSearchParams({ repo, branch: 'main', commit: `c-${run.runId}`, runId: run.runId, startedAt: run.at, fileName: run.fileName ?? 'report.xml' });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: xml, headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

interface Group {
  fingerprint: string;
  class: string;
  failures: number;
  tests: number;
  evidence: { code: string; failures: number }[];
  example: { testId: string; name: string; message: string };
}

async function groups(repo: string, extra = ''): Promise<Group[]> {
  const res = await app.inject({ url: `/v1/failures?repo=${encodeURIComponent(repo)}${extra}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().groups;
}

/**
 * Classifies the repo and records every result so far as seen: the next request's computation is
 * incremental and counts none of them as new (as happens in service once the ingestion slack passed).
 */
async function classifiedWithoutSlack(repo: string): Promise<void> {
  await refreshFailureClasses((await testStore()).client, repo, { slackMs: 0 });
}

const keys = (gs: Group[]) => gs.map((g) => `${g.fingerprint}/${g.class}`);

describe('failure groups of a run with two reports of the same tests', () => {
  const repo = uniqueRepo('dup');
  beforeAll(async () => {
    // Two Playwright reports of one CI run (the same three projects, the second with project names in
    // the test names): the firefox failure is in both; plus a third report with four more failures.
    const run = { runId: 'r1', at: '2026-11-26T02:00:00Z' };
    await upload(repo, { ...run, fileName: 'projects.xml' }, read(`${REAL_JUNIT}playwright/projects.xml`));
    await upload(repo, { ...run, fileName: 'projects-named.xml' }, read(`${REAL_JUNIT}playwright/projects-named.xml`));
    await upload(repo, { ...run, fileName: 'playwright-report.xml' }, read(`${REAL_JUNIT}playwright/playwright-report.xml`));
  });

  it('answers each group once, and exactly `limit` of them', async () => {
    const all = await groups(repo);
    expect(new Set(keys(all)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const firefox = all.find((g) => g.example.message === 'payment form rejected')!;
    expect(firefox).toMatchObject({ failures: 2, tests: 1 });
    for (const limit of [1, 2, 3]) {
      const page = await groups(repo, `&limit=${limit}`);
      expect(keys(page)).toEqual(keys(all).slice(0, limit));
    }
  });

  it("lists each of a test's signatures once", async () => {
    const firefox = (await groups(repo)).find((g) => g.example.message === 'payment form rejected')!;
    const res = await app.inject({ url: `/v1/tests/${firefox.example.testId}?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode, res.body).toBe(200);
    const signatures = res.json().signatures as Group[];
    expect(keys(signatures)).toEqual([`${firefox.fingerprint}/${firefox.class}`]);
    expect(signatures[0]!.failures).toBe(2);
  });
});

describe('a failure whose test has not run again', () => {
  // tst (C++): 20 of the report's 31 test cases fail, plain assertion failures (check_ne(2, 2)): a mass
  // failure, but nothing yet says whether it persists.
  const report = read(`${REAL_JUNIT}cpp-tst/disabled.xml`);

  it('stays product while no later run exists, and becomes infrastructure when the next run passes', async () => {
    const repo = uniqueRepo('pending');
    await upload(repo, { runId: 'r1', at: '2026-11-20T10:00:00Z' }, report);
    await classifiedWithoutSlack(repo);
    expect(await groups(repo, '&class=infrastructure')).toEqual([]);
    const first = await groups(repo);
    expect(first.reduce((n, g) => n + g.failures, 0)).toBe(20);
    expect(new Set(first.map((g) => g.class))).toEqual(new Set(['product']));
    expect(new Set(first.flatMap((g) => g.evidence.map((e) => e.code)))).toEqual(new Set(['awaiting-next-run']));

    // The next run of the same tests passes: the mass failure did not persist (re-classed on arrival,
    // by the incremental computation, since the repo was classified above).
    await upload(repo, { runId: 'r2', at: '2026-11-21T10:00:00Z' }, allPassing(report));
    const infra = await groups(repo, '&class=infrastructure');
    expect(infra.reduce((n, g) => n + g.failures, 0)).toBe(20);
    expect(new Set(infra.flatMap((g) => g.evidence.map((e) => e.code)))).toEqual(new Set(['mass-failure']));
  });

  it('stays product when the next run fails the same way', async () => {
    const repo = uniqueRepo('persists');
    await upload(repo, { runId: 'r1', at: '2026-11-20T10:00:00Z' }, report);
    await upload(repo, { runId: 'r2', at: '2026-11-21T10:00:00Z' }, report);
    const all = await groups(repo);
    expect(new Set(all.map((g) => g.class))).toEqual(new Set(['product']));
    // r1's failures persisted; r2's await their next run.
    expect(all.reduce((n, g) => n + (g.evidence.find((e) => e.code === 'persists')?.failures ?? 0), 0)).toBe(20);
    expect(all.reduce((n, g) => n + (g.evidence.find((e) => e.code === 'awaiting-next-run')?.failures ?? 0), 0)).toBe(20);
  });

  it('does not call shared timeouts infrastructure before the next run shows they did not persist', async () => {
    // No real report here has timeouts in enough failures of one report, so a Surefire-shaped one: 3
    // of 13 tests error with a refused connection (a weak sign, shared; not a mass failure).
    const surefire = (refused: boolean) =>
      `<testsuite name="com.acme.OrderIT">${Array.from({ length: 13 }, (_, i) =>
        refused && i < 3
          ? `<testcase classname="com.acme.OrderIT" name="t${i}" time="0.1"><error type="java.net.ConnectException" message="Connection refused: db:5432">java.net.ConnectException: Connection refused: db:5432\n\tat com.acme.Db.open(Db.java:12)</error></testcase>`
          : `<testcase classname="com.acme.OrderIT" name="t${i}" time="0.1"/>`,
      ).join('')}</testsuite>`;
    const repo = uniqueRepo('weak');
    await upload(repo, { runId: 'r1', at: '2026-11-20T10:00:00Z' }, surefire(true));
    await classifiedWithoutSlack(repo);
    const first = await groups(repo);
    expect(first.map((g) => [g.class, g.failures, g.evidence[0]!.code])).toEqual([['product', 3, 'awaiting-next-run']]);
    await upload(repo, { runId: 'r2', at: '2026-11-21T10:00:00Z' }, surefire(false));
    const after = await groups(repo);
    expect(after.map((g) => [g.class, g.failures, g.evidence[0]!.code])).toEqual([['infrastructure', 3, 'infra-sign-shared']]);
  });

  it('counts a flip only once the run after it is known', async () => {
    // pytest: test_rsh_events fails alone (1 of 5): pass, fail, pass, fail. The last failure has no
    // run after it: it is not (yet) a lone flip, so the test has one flip, not the two that make it flaky.
    const repo = uniqueRepo('flips');
    const fail = read(`${SHARED_JUNIT}pytest/junit.fail.xml`);
    const pass = allPassing(fail);
    const runs: [string, string][] = [['r1', pass], ['r2', fail], ['r3', pass], ['r4', fail]];
    for (const [i, [runId, xml]] of runs.entries()) {
      const at = `2026-11-2${i}T10:00:00Z`;
      await upload(repo, { runId, at }, startedAt(xml, at));
    }
    await classifiedWithoutSlack(repo);
    expect(await groups(repo, '&class=flaky')).toEqual([]);
    const [product] = await groups(repo, '&class=product');
    expect(product).toMatchObject({ failures: 2 });
    expect(product!.evidence.map((e) => e.code).sort()).toEqual(['awaiting-next-run', 'no-sign']);

    // It passes again: the second failure was a lone flip too, and both are flaky now.
    await upload(repo, { runId: 'r5', at: '2026-11-24T10:00:00Z' }, startedAt(pass, '2026-11-24T10:00:00Z'));
    const flaky = await groups(repo, '&class=flaky');
    expect(flaky).toHaveLength(1);
    expect(flaky[0]).toMatchObject({ failures: 2, evidence: [{ code: 'lone-flips', failures: 2 }] });
  });
});

describe('one word, one meaning: test cases, tests, attempts, executions', () => {
  it('answers an upload and the runs listing with counts named by what they count', async () => {
    // trainer (Xcode) writes a test case element per repetition: 7 elements of 4 tests.
    const repo = uniqueRepo('words');
    const answer = await upload(repo, { runId: 'r1', at: '2026-11-20T10:00:00Z' }, read(`${REAL_JUNIT}xcode-trainer/trainer-retried-tests.xml`));
    expect(answer).not.toHaveProperty('runs');
    expect(answer.testCases).toEqual({ total: 7, passed: 4, failed: 3, errored: 0, skipped: 0 });
    expect(answer.tests).toEqual({ total: 4, passed: 3, failed: 1, errored: 0, skipped: 0 });
    expect(answer.attempts).toBe(7);

    const [run] = (await app.inject({ url: `/v1/runs?repo=${encodeURIComponent(repo)}` })).json().runs;
    expect(run).not.toHaveProperty('runs');
    expect(run.tests).toEqual(answer.tests);
    expect(run.attempts).toBe(answer.attempts);
  });

  it("adds up a flaky test's evidence: executions, the failed ones among them, and their failed attempts", async () => {
    // Surefire: two failed attempts (flakyFailure), then a pass; the same in two runs.
    const repo = uniqueRepo('evidence');
    const report = read(`${REAL_JUNIT}surefire/TEST-io.olamy.FlakyTest.xml`);
    await upload(repo, { runId: 'r1', at: '2026-11-20T10:00:00Z' }, report);
    await upload(repo, { runId: 'r2', at: '2026-11-21T10:00:00Z' }, report);
    const [t] = (await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo)}` })).json().tests;
    expect(t.evidence).not.toHaveProperty('failures');
    expect(t.evidence).toMatchObject({
      executions: 2,
      failedExecutions: { flaky: 2, product: 0, infrastructure: 0 },
      failedAttempts: { flaky: 4, product: 0, infrastructure: 0 },
      retriedThenPassed: 2,
    });
    expect(t.impact.failedRuns).toBe(2);
  });
});
