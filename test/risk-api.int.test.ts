import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { MAX_PATH_LENGTH } from '../src/store/changes.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// POST /v1/risk on a hand-made history with two real regressions, a flaky test and a new test,
// classified by models/failures and learned by models/risk, all on the real engine.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

type Outcome = 'pass' | { failure: string };

const SUITES: Record<string, { cls: string; tests: string[] }> = {
  charge: { cls: 'com.acme.pay.ChargeServiceTest', tests: ['charges', 'refunds', 'rounds'] },
  ledger: { cls: 'com.acme.pay.LedgerServiceTest', tests: ['posts', 'balances'] },
  label: { cls: 'com.acme.ship.LabelServiceTest', tests: ['prints', 'voids'] },
  rate: { cls: 'com.acme.ship.RateServiceTest', tests: ['quotes'] },
  tracking: { cls: 'com.acme.ship.TrackingServiceTest', tests: ['polls'] },
};
const FILES = {
  charge: 'services/pay/src/main/java/com/acme/pay/ChargeService.java',
  ledger: 'services/pay/src/main/java/com/acme/pay/LedgerService.java',
  label: 'services/ship/src/main/java/com/acme/ship/LabelService.java',
  rate: 'services/ship/src/main/java/com/acme/ship/RateService.java',
  readme: 'README.md',
};

function report(outcomes: Record<string, Outcome>, extra = ''): string {
  const suites = Object.values(SUITES).map(({ cls, tests }) => {
    const cases = tests.map((t) => {
      const o = outcomes[`${cls}.${t}`] ?? 'pass';
      if (o === 'pass') return `<testcase classname="${cls}" name="${t}" time="0.5"/>`;
      return `<testcase classname="${cls}" name="${t}" time="0.5"><failure message="${o.failure}" type="java.lang.AssertionError">${o.failure}\n\tat ${cls}.${t}(X.java:42)</failure></testcase>`;
    });
    return `<testsuite name="${cls}">${cases.join('')}</testsuite>`;
  });
  return `<testsuites>${suites.join('')}${extra}</testsuites>`;
}

const hour = (h: number) => new Date(Date.UTC(2026, 10, 1, 8) + h * 3_600_000).toISOString();

async function commit(repo: string, i: number, files: string[], outcomes: Record<string, Outcome>, attempts: Record<string, Outcome>[] = [], extra = '') {
  const sha = `c${String(i).padStart(2, '0')}`;
  const parent = `c${String(i - 1).padStart(2, '0')}`;
  const ch = await app.inject({
    method: 'POST',
    url: '/v1/changes',
    payload: { repo, commit: sha, parent, branch: 'main', files: files.map((path) => ({ path, added: 10, removed: 2 })) },
  });
  expect(ch.statusCode, ch.body).toBe(201);
  for (const [k, o] of [outcomes, ...attempts].entries()) {
    const q = new URLSearchParams({ repo, branch: 'main', commit: sha, runId: `run-${i}`, attempt: String(k + 1), startedAt: hour(i * 2 + k) });
    const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(o, extra), headers: { 'content-type': 'application/xml' } });
    expect(res.statusCode, res.body).toBe(201);
  }
}

async function risk(body: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/v1/risk', payload: body });
}

describe('POST /v1/risk', () => {
  const repo = uniqueRepo('risk');
  const id = (cls: string, name: string) => junitTestId(repo, cls, cls, name);
  const charges = 'com.acme.pay.ChargeServiceTest.charges';
  const prints = 'com.acme.ship.LabelServiceTest.prints';
  const polls = 'com.acme.ship.TrackingServiceTest.polls';
  const broken = { failure: 'expected 42.00 but was 41.99' };
  const label = { failure: 'label width 0 is not positive' };
  const flake = (ms: number) => ({ failure: `took ${ms} ms, limit 5000 ms` });

  beforeAll(async () => {
    const rotate = [FILES.ledger, FILES.rate, FILES.readme, FILES.label, FILES.ledger];
    for (let i = 1; i <= 16; i++) {
      const files = [rotate[i % rotate.length]!];
      const o: Record<string, Outcome> = {};
      const reruns: Record<string, Outcome>[] = [];
      // Regression 1: ChargeService breaks `charges` on c05; fixed on c08 (which touches it again).
      if (i === 5 || i === 8) files.push(FILES.charge);
      if (i >= 5 && i <= 7) o[charges] = broken;
      // Regression 2: LabelService breaks `prints` on c11; fixed on c14.
      if (i === 11 || i === 14) files.push(FILES.label);
      if (i >= 11 && i <= 13) o[prints] = label;
      // A flaky test: fails, then passes when CI re-runs the same commit.
      if (i === 3 || i === 9) {
        o[polls] = flake(5000 + i);
        reruns.push({ ...o, [polls]: 'pass' });
      }
      await commit(repo, i, files, o, reruns);
    }
    // A test that appeared only on the last commit.
    await commit(repo, 17, [FILES.readme], {}, [], '<testsuite name="com.acme.pay.WalletTest"><testcase classname="com.acme.pay.WalletTest" name="pays" time="0.2"/></testsuite>');
    const train = await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` });
    expect(train.statusCode, train.body).toBe(200);
    expect(train.json()).toMatchObject({ repo, tests: 10, commits: 17 });
  });

  it('ranks the tests of a changed file first, with their reasons, and selects for a fraction of the tests', async () => {
    const res = await risk({ repo, files: [{ path: FILES.charge, added: 40, removed: 3 }], budget: { fraction: 0.3 } });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ repo, history: true, files: 1, lines: 43, budget: { fraction: 0.3 } });
    expect(a.riskScore).toBeGreaterThan(0);
    expect(a.riskScore).toBeLessThan(1);
    const tests = a.tests as Record<string, any>[];
    // The new test always runs; then ChargeServiceTest (same stem as the changed file).
    expect(tests[0]).toMatchObject({ name: 'pays', always: true, selected: true });
    expect(tests[0]!.reasons[0].text).toMatch(/new test: 1 recorded run/);
    const charge = tests.find((t) => t.testId === id('com.acme.pay.ChargeServiceTest', 'charges'))!;
    expect(charge).toMatchObject({ className: 'com.acme.pay.ChargeServiceTest', name: 'charges', suite: 'com.acme.pay.ChargeServiceTest', file: '', selected: true });
    expect(charge.reasons.map((r: { text: string }) => r.text).join('; ')).toMatch(/tests changed file services\/pay\/.*ChargeService\.java/);
    const ranked = tests.filter((t) => !t.always && !t.quarantined).map((t) => t.className);
    expect(ranked.slice(0, 3)).toEqual(Array(3).fill('com.acme.pay.ChargeServiceTest'));
    const byId = new Map(tests.map((t) => [t.testId, t]));
    expect(byId.get(id('com.acme.pay.ChargeServiceTest', 'charges'))!.probability).toBeGreaterThan(byId.get(id('com.acme.ship.RateServiceTest', 'quotes'))!.probability);
    // 30% of the 10 eligible tests (the quarantined one is not eligible) is 3: the new test and two more.
    expect(a.selected).toMatchObject({ count: 3, total: 9, all: false });
    expect(tests.filter((t) => t.selected)).toHaveLength(3);
  });

  it('records what selection skipped for a commit (for the weekly report), and nothing without a commit', async () => {
    const files = [{ path: FILES.charge, added: 40, removed: 3 }];
    expect((await risk({ repo, files, budget: { fraction: 0.3 } })).statusCode).toBe(200);
    const a = (await risk({ repo, commit: 'c99', branch: 'feature/pay', files, budget: { fraction: 0.3 } })).json();
    const read = async () =>
      (await (await testStore()).client.query({
        query: 'SELECT commit, branch, total, selected, quarantined, risk_score FROM risk_selections WHERE repo = {repo:String}',
        query_params: { repo },
        format: 'JSONEachRow',
      })).json<{ commit: string; branch: string; total: number; selected: string[]; quarantined: string[]; risk_score: number }>();
    let rows = await read();
    for (let i = 0; i < 100 && rows.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await read();
    }
    const tests = a.tests as { testId: string; selected: boolean; quarantined: boolean }[];
    expect(rows).toEqual([
      {
        commit: 'c99',
        branch: 'feature/pay',
        total: a.selected.total,
        selected: tests.filter((t) => t.selected).map((t) => t.testId),
        quarantined: tests.filter((t) => t.quarantined).map((t) => t.testId),
        risk_score: a.riskScore,
      },
    ]);
    expect(rows[0]!.selected).toHaveLength(3);
    expect(rows[0]!.quarantined).toEqual([id('com.acme.ship.TrackingServiceTest', 'polls')]);
  });

  it('lists every selected and quarantined test, the `limit` riskiest unselected ones, and reasons for the top `reasons`', async () => {
    const files = [{ path: FILES.charge, added: 40, removed: 3 }];
    const full = (await risk({ repo, files, budget: { fraction: 0.3 } })).json();
    // Defaults (limit 100, reasons 200) list all 10 tests here, each with its reasons.
    expect(full.tests).toHaveLength(10);
    expect(full.unlisted).toBe(0);
    expect(full.tests.filter((t: { reasons: unknown[] }) => t.reasons.length > 0).length).toBeGreaterThan(3);
    const res = await risk({ repo, files, budget: { fraction: 0.3 }, limit: 2, reasons: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    // 3 selected + the 2 riskiest unselected + the quarantined one (last); 4 left out, and said so.
    expect(a.unlisted).toBe(4);
    const ids = (ts: { testId: string }[]) => ts.map((t) => t.testId);
    expect(ids(a.tests)).toEqual(ids([...full.tests.slice(0, 5), full.tests.at(-1)]));
    expect(a.tests.map((t: { selected: boolean; quarantined: boolean }) => [t.selected, t.quarantined])).toEqual([
      [true, false], [true, false], [true, false], [false, false], [false, false], [false, true],
    ]);
    expect(a.selected).toEqual(full.selected);
    expect(a.riskScore).toBe(full.riskScore);
    for (const [rank, t] of (a.tests as Record<string, unknown>[]).entries()) {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['testId', 'suite', 'className', 'name', 'file', 'probability', 'reasons', 'selected']));
      expect(t.reasons).toEqual(rank === 0 ? full.tests[0].reasons : []);
    }
    // A runner's request: nothing but the selected tests.
    const lean = (await risk({ repo, files, budget: { fraction: 0.3 }, limit: 0, reasons: 0 })).json();
    expect(lean.tests.filter((t: { selected: boolean }) => !t.selected).map((t: { quarantined: boolean }) => t.quarantined)).toEqual([true]);
    expect(lean.unlisted).toBe(6);
  });

  it('carries a failure of the parent commit into the change, and reports the quarantined flaky test without selecting it', async () => {
    // c12's parent c11 failed `prints`; c12 touches only a ledger file.
    const res = await risk({ repo, commit: 'c12', budget: { fraction: 1 } });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ commit: 'c12', parent: 'c11', branch: 'main' });
    const tests = a.tests as Record<string, any>[];
    const p = tests.find((t) => t.testId === id('com.acme.ship.LabelServiceTest', 'prints'))!;
    // Known failing on the base: listed apart, always selected, not part of riskScore.
    expect(a.knownFailing).toEqual([{ testId: p.testId, suite: p.suite, className: p.className, name: 'prints', file: p.file }]);
    expect(p).toMatchObject({ always: true, selected: true });
    expect(p.reasons[0]).toMatchObject({ code: 'always', text: 'known failing: failed for real on the base c11' });
    expect(p.reasons[1]).toMatchObject({ code: 'carry', text: 'failed for real on the parent commit c11' });
    expect(p.probability).toBeGreaterThan(0.3);
    const flaky = tests.find((t) => t.testId === id('com.acme.ship.TrackingServiceTest', 'polls'))!;
    expect(flaky).toMatchObject({ quarantined: true, selected: false });
    expect(tests.at(-1)!.testId).toBe(flaky.testId);
    expect(a.selected).toMatchObject({ count: 9, total: 9, all: true });
  });

  it('selects by CI minutes and by confidence', async () => {
    const byMinutes = (await risk({ repo, files: [FILES.label], budget: { minutes: 0.02 } })).json();
    // Median duration 500 ms: 0.02 min = 1200 ms fits the new test and two more.
    expect(byMinutes.selected.count).toBe(3);
    expect(byMinutes.selected.estimatedMinutes).toBeLessThanOrEqual(0.02);
    const confident = (await risk({ repo, files: [FILES.label], budget: { confidence: 0.99 } })).json();
    const loose = (await risk({ repo, files: [FILES.label], budget: { confidence: 0.3 } })).json();
    expect(confident.selected.expectedRecall).toBeGreaterThanOrEqual(0.99);
    expect(loose.selected.count).toBeLessThan(confident.selected.count);
    // Default budget: confidence 0.95.
    expect((await risk({ repo, files: [FILES.label] })).json().budget).toEqual({ confidence: 0.95 });
  });

  it('always runs the tests of a changed test file', async () => {
    const res = await risk({ repo, files: ['services/ship/src/test/java/com/acme/ship/RateServiceTest.java'], budget: { fraction: 0.01 } });
    const a = res.json();
    expect(a.changedTestFiles).toEqual(['services/ship/src/test/java/com/acme/ship/RateServiceTest.java']);
    const quotes = a.tests.find((t: { name: string }) => t.name === 'quotes');
    expect(quotes).toMatchObject({ always: true, selected: true });
    expect(quotes.reasons[0].text).toBe('changed test file services/ship/src/test/java/com/acme/ship/RateServiceTest.java');
  });

  it('says when a repository has no history, and selects everything', async () => {
    const res = await risk({ repo: uniqueRepo('nothing'), files: ['a.ts'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ history: false, tests: [], selected: { all: true }, riskScore: 1 });
    expect(res.json().message).toMatch(/no test history .* run every test/);
  });

  it('answers bad input clearly and keeps serving', async () => {
    const unknown = await risk({ repo, commit: 'no-such-commit' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'UNKNOWN_CHANGE' });
    expect(unknown.json().message).toMatch(/no change recorded for commit no-such-commit/);
    const nothing = await risk({ repo });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error).toBe('NO_CHANGE');
    const two = await risk({ repo, files: ['a'], budget: { fraction: 0.5, minutes: 3 } });
    expect(two.statusCode).toBe(400);
    expect(two.json().error).toBe('BAD_BUDGET');
    expect((await risk({ repo, files: ['a'], budget: { fraction: 2 } })).statusCode).toBe(400);
    expect((await risk({ repo, files: ['a'], budget: { seconds: 2 } })).statusCode).toBe(400);
    expect((await risk({ files: ['a'] })).statusCode).toBe(400);
    const nul = await risk({ repo, files: ['a\u0000b'] });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toBe('BAD_PATH');
    // Thousands of files with odd characters: answered, not crashed.
    const odd = Array.from({ length: 5000 }, (_, i) => `src/ünï cödé/${i}/"quoted" & 'single' $(x) \\ ${i}.ts`);
    const many = await risk({ repo, files: odd, budget: { fraction: 0.5 } });
    expect(many.statusCode, many.body).toBe(200);
    expect(many.json().files).toBe(5000);
    const tooMany = await risk({ repo, files: Array.from({ length: 50_001 }, (_, i) => `f${i}`) });
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().error).toBe('TOO_MANY_FILES');
    // Out-of-range budgets and listing options.
    for (const body of [
      { budget: { confidence: 0 } },
      { budget: { minutes: -1 } },
      { budget: {} },
      { limit: -1 },
      { reasons: 1.5 },
    ]) {
      const r = await risk({ repo, files: ['a'], ...body });
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
    }
    const long = await risk({ repo, files: [`src/${'x'.repeat(MAX_PATH_LENGTH)}.ts`] });
    expect(long.statusCode).toBe(400);
    // A stored change of thousands of files, named by its commit only.
    const big = Array.from({ length: 20_000 }, (_, i) => ({ path: `pkg${i % 50}/ünï ${i}.go`, added: 1 }));
    expect((await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: 'big', parent: 'c16', files: big } })).statusCode).toBe(201);
    const stored = await risk({ repo, commit: 'big', budget: { fraction: 0.5 } });
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toMatchObject({ files: 20_000, lines: 20_000, parent: 'c16', history: true });
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('says when results arrived without their changes, and still selects from the tests’ own failures', async () => {
    const bare = uniqueRepo('risk-nochanges');
    for (let i = 1; i <= 4; i++) {
      const q = new URLSearchParams({ repo: bare, branch: 'main', commit: `b${i}`, runId: `bare-${i}`, startedAt: hour(i) });
      const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(i === 3 ? { [charges]: broken } : {}), headers: { 'content-type': 'application/xml' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const res = await risk({ repo: bare, files: [FILES.readme], budget: { fraction: 0.5 } });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ history: true, model: { tests: 9, commits: 0 }, selected: { count: 5, total: 9 } });
    expect(a.message).toMatch(/no changes recorded yet/);
    expect(a.riskScore).toBeGreaterThan(0);
    expect(a.riskScore).toBeLessThan(1);
  });
});
