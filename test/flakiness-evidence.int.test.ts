import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { flakyEvidenceRuns } from '../models/flakiness/model.ts';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

// Flakiness evidence both ways (issue 15): a failure is a lone flip only when the executions just
// before and after it on its branch passed, whatever the wording of the failures around it; and a
// re-run of the same commit that fails again counts against flakiness.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

type Outcome = 'pass' | { type: string; message: string };

function report(cases: Record<string, Outcome>): string {
  const body = Object.entries(cases)
    .map(([name, o]) => {
      const open = `<testcase classname="com.acme.InvoiceTest" name="${name}" time="0.1"`;
      if (o === 'pass') return `${open}/>`;
      return `${open}><failure message="${o.message}" type="${o.type}">${o.type}: ${o.message}\n\tat com.acme.Invoice.total(Invoice.java:42)</failure></testcase>`;
    })
    .join('\n');
  return `<testsuite name="com.acme.InvoiceTest">${body}</testsuite>`;
}

async function upload(repo: string, run: { runId: string; attempt?: number; commit: string; at: string; branch?: string }, cases: Record<string, Outcome>) {
  const q = new URLSearchParams({
    repo, branch: run.branch ?? 'main', commit: run.commit, runId: run.runId, attempt: String(run.attempt ?? 1), startedAt: run.at,
  });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(cases), headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
}

const others = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`other${i}`, 'pass' as const]));
const hour = (h: number) => new Date(Date.UTC(2026, 10, 2, 0, 0, 0) + h * 3_600_000).toISOString();

// Three ways the same regression is worded, as when the code under test races or asserts on data.
const WORDINGS: Outcome[] = [
  { type: 'org.opentest4j.AssertionFailedError', message: 'expected: &lt;1200&gt; but was: &lt;1199&gt;' },
  { type: 'java.lang.NullPointerException', message: 'Cannot invoke BigDecimal.scale() because rounding is null' },
  { type: 'java.lang.IllegalStateException', message: 'currency must be set before applyRounding' },
];

describe('lone flips and same-commit re-runs', () => {
  const repo = uniqueRepo('flaky-evidence');
  const id = (name: string) => junitTestId(repo, 'com.acme.InvoiceTest', 'com.acme.InvoiceTest', name);
  const classesOf = async (name: string) => {
    const res = await app.inject({ url: `/v1/tests/${id(name)}?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    return res.json() as { flakiness: { state: string; evidence: Record<string, any> } };
  };

  beforeAll(async () => {
    let run = 0;
    const at = (h: number, commit: string, cases: Record<string, Outcome>, attempt = 1, runId = `r${++run}`) =>
      upload(repo, { runId, attempt, commit, at: hour(h) }, { ...others(12), ...cases });
    // `rounding`: a regression that fails on four runs in a row, its wording alternating (A B A B),
    // so each failure's neighbours failed differently worded; then it is fixed. It happens twice.
    // `timing`: fails alone twice with the same wording, passing before and after: a real flaky test.
    // `currency`: fails on c2, passes on c3, fails again on the re-run of c2, twice over (c6, c8):
    // alone on the branch each time, but the same commit failed again and never passed.
    const A = WORDINGS[0]!;
    const B = WORDINGS[1]!;
    const C = WORDINGS[2]!;
    await at(1, 'c1', { rounding: 'pass', timing: 'pass', currency: 'pass' });
    const c2 = `r${run + 1}`;
    await at(2, 'c2', { rounding: A, timing: 'pass', currency: C });
    await at(3, 'c3', { rounding: B, timing: 'pass', currency: 'pass' });
    await at(4, 'c2', { rounding: A, timing: 'pass', currency: C }, 2, c2);
    await at(5, 'c4', { rounding: B, timing: { type: 'java.util.concurrent.TimeoutException', message: 'took 5003 ms' }, currency: 'pass' });
    await at(6, 'c5', { rounding: 'pass', timing: 'pass', currency: 'pass' });
    const c6 = `r${run + 1}`;
    await at(7, 'c6', { rounding: A, timing: 'pass', currency: C });
    await at(8, 'c7', { rounding: B, timing: 'pass', currency: 'pass' });
    await at(9, 'c6', { rounding: A, timing: 'pass', currency: C }, 2, c6);
    await at(10, 'c8', { rounding: B, timing: 'pass', currency: 'pass' });
    await at(11, 'c9', { rounding: 'pass', timing: { type: 'java.util.concurrent.TimeoutException', message: 'took 5117 ms' }, currency: 'pass' });
    for (let h = 12; h < 18; h++) await at(h, `c${h}`, { rounding: 'pass', timing: 'pass', currency: 'pass' });
  });

  it('does not call a regression flaky because its wording changes from run to run', async () => {
    const t = await classesOf('rounding');
    expect(t.flakiness.evidence.failedAttempts).toEqual({ flaky: 0, product: 8, infrastructure: 0 });
    expect(t.flakiness.evidence.loneFlips).toBe(0);
    expect(t.flakiness.state).not.toBe('flaky');
  });

  it('does not call a failure that came back on a re-run of its commit a lone flip', async () => {
    const t = await classesOf('currency');
    expect(t.flakiness.evidence.failedAttempts).toEqual({ flaky: 0, product: 4, infrastructure: 0 });
    expect(t.flakiness.evidence.failedAgainOnSameCommit).toBe(4);
    expect(t.flakiness.state).not.toBe('flaky');
    const groups = (await app.inject({ url: `/v1/failures?repo=${encodeURIComponent(repo)}&class=product&limit=100` })).json().groups as Record<string, any>[];
    const currency = groups.find((g) => /currency must be set/.test(g.example.message));
    expect(currency!.evidence.map((e: { code: string }) => e.code)).toContain('failed-again-same-commit');
  });

  it('still calls a test that fails alone, passing before and after, flaky', async () => {
    const t = await classesOf('timing');
    expect(t.flakiness.evidence.failedAttempts).toEqual({ flaky: 2, product: 0, infrastructure: 0 });
    expect(t.flakiness.evidence.loneFlips).toBe(2);
    expect(t.flakiness.state).toBe('flaky');
  });
});

describe('failing twice in a row: by chance, or a regression', () => {
  // No run is ever re-run, so lone flips are the only evidence. Three lines of work run in turn (main
  // and two feature branches), twenty pushes each. `polling` fails a third of the time everywhere,
  // sometimes twice in a row on a branch by chance; `totals` fails the same way alone twice on
  // feature/totals (fixed by the next push each time), then a regression there fails five pushes in
  // a row while the other lines pass.
  const repo = uniqueRepo('flaky-chance-runs');
  const id = (name: string) => junitTestId(repo, 'com.acme.InvoiceTest', 'com.acme.InvoiceTest', name);
  const LINES = ['main', 'feature/labels', 'feature/totals'] as const;
  const POLLING: Record<(typeof LINES)[number], number[]> = {
    main: [1, 4, 5, 9, 13, 14, 18],
    'feature/labels': [2, 7, 8, 12, 16],
    'feature/totals': [3, 10, 15],
  };
  const TOTALS = [2, 6, 12, 13, 14, 15, 16];
  const timeout = (ms: number): Outcome => ({ type: 'java.util.concurrent.TimeoutException', message: `took ${ms} ms` });
  const rounding: Outcome = { type: 'org.opentest4j.AssertionFailedError', message: 'expected: &lt;1200&gt; but was: &lt;1199&gt;' };

  beforeAll(async () => {
    for (let r = 0; r < 20; r++) {
      for (const [k, branch] of LINES.entries()) {
        const commit = `${branch.replace('/', '-')}-${r}`;
        await upload(repo, { runId: `run-${commit}`, commit, branch, at: hour(100 + 3 * r + k) }, {
          ...others(8),
          polling: POLLING[branch].includes(r) ? timeout(5000 + 7 * r + k) : 'pass',
          totals: branch === 'feature/totals' && TOTALS.includes(r) ? rounding : 'pass',
        });
      }
    }
  });

  const flakinessOf = async (name: string) => {
    const res = await app.inject({ url: `/v1/tests/${id(name)}?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    return (res.json() as { flakiness: { state: string; evidence: Record<string, any> } }).flakiness;
  };

  it('calls a test flaky whose failures continue one another no more often than its failure rate explains', async () => {
    const t = await flakinessOf('polling');
    // Nine failures passed before and after on their branch; the six in pairs stay product.
    expect(t.evidence.loneFlips).toBe(9);
    expect(t.evidence.failedAttempts).toEqual({ flaky: 9, product: 6, infrastructure: 0 });
    expect(t.state).toBe('flaky');
  });

  it('keeps a failure that ran five pushes in a row on its branch a regression, lone flips of it included', async () => {
    const t = await flakinessOf('totals');
    expect(t.evidence.failedAttempts).toEqual({ flaky: 0, product: 7, infrastructure: 0 });
    expect(t.state).not.toBe('flaky');
  });
});

describe("a branch's first push", () => {
  // Its previous execution is main's last one before it, where the branch forked from. `lookup`
  // times out on the first push of two branches forked from a green main: flips, so flaky. `totals`
  // broke on main; two branches forked from the red main fail on their first push the same way as
  // main did: not flips.
  const repo = uniqueRepo('flaky-fork');
  const id = (name: string) => junitTestId(repo, 'com.acme.InvoiceTest', 'com.acme.InvoiceTest', name);
  const rounding: Outcome = { type: 'org.opentest4j.AssertionFailedError', message: 'expected: &lt;1200&gt; but was: &lt;1199&gt;' };

  beforeAll(async () => {
    let h = 200;
    const at = (branch: string, commit: string, cases: Record<string, Outcome>) =>
      upload(repo, { runId: `run-${commit}`, commit, branch, at: hour(h++) }, { ...others(8), lookup: 'pass', totals: 'pass', ...cases });
    for (let i = 0; i < 3; i++) await at('main', `m${i}`, {});
    await at('feature/a', 'a1', { lookup: { type: 'java.util.concurrent.TimeoutException', message: 'took 5012 ms' } });
    await at('feature/a', 'a2', {});
    await at('main', 'm3', {});
    await at('feature/b', 'b1', { lookup: { type: 'java.util.concurrent.TimeoutException', message: 'took 5230 ms' } });
    await at('feature/b', 'b2', {});
    await at('main', 'm4', { totals: rounding });
    await at('feature/c', 'c1', { totals: rounding });
    await at('feature/c', 'c2', {});
    await at('feature/d', 'd1', { totals: rounding });
    await at('feature/d', 'd2', {});
    await at('main', 'm5', {});
    await at('main', 'm6', {});
  });

  const flakinessOf = async (name: string) => {
    const res = await app.inject({ url: `/v1/tests/${id(name)}?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    return (res.json() as { flakiness: { state: string; evidence: Record<string, any> } }).flakiness;
  };

  it('is a flip when main passed before it', async () => {
    const t = await flakinessOf('lookup');
    expect(t.evidence.failedAttempts).toEqual({ flaky: 2, product: 0, infrastructure: 0 });
    expect(t.state).toBe('flaky');
  });

  it('is not a flip when main failed the same way before it', async () => {
    const t = await flakinessOf('totals');
    expect(t.evidence.failedAttempts).toEqual({ flaky: 0, product: 3, infrastructure: 0 });
    expect(t.state).not.toBe('flaky');
  });
});

describe('flakyEvidenceRuns', () => {
  it('lets each failed-again run cancel one circumstantial flaky run, never a same-commit pass', () => {
    expect(flakyEvidenceRuns(3, 0, 0)).toBe(3);
    expect(flakyEvidenceRuns(3, 0, 2)).toBe(1);
    expect(flakyEvidenceRuns(3, 0, 5)).toBe(0);
    expect(flakyEvidenceRuns(3, 2, 5)).toBe(2);
    expect(flakyEvidenceRuns(4, 1, 1)).toBe(3);
  });
});
