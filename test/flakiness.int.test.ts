import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { DEFAULT_OPTIONS, generateHistory } from '../tools/history/generate.ts';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

type Outcome = 'pass' | { failure: string } | { error: string };

/** A Surefire-style report of one run attempt: test name → outcome. */
function report(cases: Record<string, Outcome>): string {
  const body = Object.entries(cases)
    .map(([name, o]) => {
      if (o === 'pass') return `<testcase classname="com.acme.CartTest" name="${name}" time="0.1"/>`;
      const [tag, msg] = 'failure' in o ? ['failure', o.failure] : ['error', o.error];
      return `<testcase classname="com.acme.CartTest" name="${name}" time="0.1"><${tag} message="${msg}" type="java.lang.AssertionError">${msg}\n\tat com.acme.CartTest.${name}(CartTest.java:42)</${tag}></testcase>`;
    })
    .join('\n');
  return `<testsuite name="com.acme.CartTest">${body}</testsuite>`;
}

async function upload(repo: string, run: { runId: string; attempt?: number; commit: string; at: string }, cases: Record<string, Outcome>) {
  const q = new URLSearchParams({ repo, branch: 'main', commit: run.commit, runId: run.runId, attempt: String(run.attempt ?? 1), startedAt: run.at });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(cases), headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
}

const others = (n: number, o: Outcome = 'pass') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`other${i}`, o]));

describe('flakiness and failure classes on a hand-made history', () => {
  const repo = uniqueRepo('flaky');
  const id = (name: string) => junitTestId(repo, 'com.acme.CartTest', 'com.acme.CartTest', name);

  beforeAll(async () => {
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00Z`;
    // Run 1: `timing` fails, and passes when CI re-runs the same commit: flaky.
    await upload(repo, { runId: 'r1', commit: 'c1', at: day(1) }, { timing: { failure: 'took 5003 ms, limit 5000 ms' }, totals: 'pass', oom: 'pass', ...others(10) });
    await upload(repo, { runId: 'r1', attempt: 2, commit: 'c1', at: day(2) }, { timing: 'pass', totals: 'pass', oom: 'pass', ...others(10) });
    // Runs 2–4: `totals` fails the same way on three commits in a row: broken (product).
    for (const [i, c] of ['c2', 'c3', 'c4'].entries()) {
      await upload(repo, { runId: `r${i + 2}`, commit: c, at: day(3 + i) }, {
        timing: i === 1 ? { failure: 'took 5117 ms, limit 5000 ms' } : 'pass',
        totals: { failure: 'expected total 42.00 but was 41.99' },
        oom: i === 2 ? { error: 'java.lang.OutOfMemoryError: Java heap space' } : 'pass',
        ...others(10),
      });
    }
    // Run 5: an outage: most of the run errors with refused connections, and the next run is green.
    await upload(repo, { runId: 'r5', commit: 'c5', at: day(7) }, { timing: 'pass', totals: 'pass', oom: 'pass', ...others(10, { error: 'Connection refused: localhost/127.0.0.1:5432' }) });
    await upload(repo, { runId: 'r6', commit: 'c6', at: day(8) }, { timing: 'pass', totals: 'pass', oom: 'pass', ...others(10) });
    await upload(repo, { runId: 'r7', commit: 'c7', at: day(9) }, { timing: 'pass', totals: { failure: 'expected total 42.00 but was 41.99' }, oom: 'pass', ...others(10) });
  });

  it('ranks the test that passed on the same commit as flaky, with evidence and impact', async () => {
    const res = await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    const tests = res.json().tests as Record<string, any>[];
    expect(tests.map((t) => t.name)).toEqual(['timing']);
    const t = tests[0]!;
    expect(t).toMatchObject({ testId: id('timing'), suite: 'com.acme.CartTest', className: 'com.acme.CartTest', file: '', state: 'flaky' });
    expect(t.evidence.failures).toEqual({ flaky: 2, product: 0, infrastructure: 0 });
    expect(t.evidence.passedOnSameCommit).toBe(1);
    expect(t.impact).toMatchObject({ failedRuns: 2, reruns: 1 });
    expect(t.score).toBeGreaterThan(0);
    expect(t.interval[0]).toBeLessThan(t.score);
    expect(t.interval[1]).toBeGreaterThan(t.score);
    expect(t.firstFlakyFailure).toBe('2026-11-01T10:00:00.000Z');
    expect(t.lastFlakyFailure).toBe('2026-11-04T10:00:00.000Z');
  });

  it('calls a test that keeps failing the same way broken, not flaky, and shows its signature', async () => {
    const res = await app.inject({ url: `/v1/tests/${id('totals')}?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.flakiness.state).toBe('healthy'); // passed in r5 and r6 after the streak; then failed once
    expect(body.flakiness.evidence.failures).toEqual({ flaky: 0, product: 4, infrastructure: 0 });
    expect(body.signatures).toHaveLength(1);
    expect(body.signatures[0]).toMatchObject({ class: 'product', failures: 4, tests: 1 });
  });

  it('classes the outage and the out-of-memory error as infrastructure, grouped by signature', async () => {
    const res = await app.inject({ url: `/v1/failures?repo=${encodeURIComponent(repo)}&class=infrastructure` });
    expect(res.statusCode).toBe(200);
    const groups = res.json().groups as Record<string, any>[];
    const refused = groups.find((g) => /connection refused/i.test(g.example.message));
    const oom = groups.find((g) => /OutOfMemoryError/.test(g.example.message));
    expect(refused).toMatchObject({ failures: 10, tests: 10, runs: 1 });
    expect(['infra-sign-shared', 'mass-failure']).toContain(refused!.evidence[0].code);
    expect(oom).toMatchObject({ failures: 1, tests: 1 });
    expect(oom!.evidence[0].code).toBe('infra-sign');
    // The two timing failures differ only in a number: one signature.
    const flaky = (await app.inject({ url: `/v1/failures?repo=${encodeURIComponent(repo)}&class=flaky` })).json().groups;
    expect(flaky).toHaveLength(1);
    expect(flaky[0]).toMatchObject({ failures: 2, tests: 1 });
  });

  it('answers bad requests clearly', async () => {
    expect((await app.inject({ url: '/v1/tests/flaky' })).statusCode).toBe(400);
    const w = await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo)}&window=forever` });
    expect(w.statusCode).toBe(400);
    expect(w.json().message).toMatch(/window/);
    expect((await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo)}&limit=5000` })).statusCode).toBe(400);
    expect((await app.inject({ url: `/v1/failures?repo=x&class=weird` })).statusCode).toBe(400);
    expect((await app.inject({ url: '/v1/tests/0123456789abcdef' })).statusCode).toBe(404);
    const none = await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(uniqueRepo('empty'))}` });
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toBe('UNKNOWN_REPO');
  });
});

describe('flakiness on a generated history with ground truth', () => {
  it('finds the planted flaky tests and calls no regression or outage flaky', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'signalhouse-hist-')), 'h');
    const repo = uniqueRepo('gen');
    await generateHistory({ ...DEFAULT_OPTIONS, out: dir, days: 14, tests: 150, files: 60, commitsPerDay: 10, seed: 11, repo, flakyRate: 0.08 });
    const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    for (const m of manifest) {
      for (const r of m.reports as string[]) {
        const q = new URLSearchParams({ repo, branch: m.branch, commit: m.commit, runId: m.runId, attempt: String(m.attempt), startedAt: m.startedAt, fileName: r });
        const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: readFileSync(join(dir, r)), headers: { 'content-type': 'application/xml' } });
        expect(res.statusCode).toBe(201);
      }
    }
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
    const causes = readFileSync(join(dir, 'failure-causes.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const flakyCount = new Map<string, number>();
    for (const c of causes) if (c.cause === 'flaky') flakyCount.set(c.testId, (flakyCount.get(c.testId) ?? 0) + 1);
    const planted = new Set<string>(truth.flaky.map((f: { testId: string }) => f.testId));
    const eligible = [...planted].filter((t) => (flakyCount.get(t) ?? 0) >= 2);
    expect(eligible.length).toBeGreaterThanOrEqual(5);

    const res = await app.inject({ url: `/v1/tests/flaky?repo=${encodeURIComponent(repo)}&window=30d&limit=1000` });
    const predicted = new Set((res.json().tests as { testId: string; state: string; quarantine: { advice: string } }[])
      .filter((t) => t.state === 'flaky' || t.quarantine.advice === 'release')
      .map((t) => t.testId));
    const tp = [...predicted].filter((t) => planted.has(t)).length;
    expect(tp / predicted.size).toBeGreaterThanOrEqual(0.9);
    expect(eligible.filter((t) => predicted.has(t)).length / eligible.length).toBeGreaterThanOrEqual(0.8);

    const groups = (await app.inject({ url: `/v1/failures?repo=${encodeURIComponent(repo)}&class=infrastructure&limit=1000` })).json().groups;
    const infraClassed = groups.reduce((n: number, g: { failures: number }) => n + g.failures, 0);
    const infraTrue = causes.filter((c) => c.cause === 'infrastructure').length;
    expect(infraClassed).toBeGreaterThanOrEqual(0.9 * infraTrue);
  }, 180_000);
});
