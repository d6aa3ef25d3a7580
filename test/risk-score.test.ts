import { describe, expect, it } from 'vitest';
import { bin, defaultWeights, type Weights } from '../models/risk/features.ts';
import { buildModel, type TestRow } from '../models/risk/model.ts';
import { contributions, reasonsOf, scoreChange, selectTests, type ChangeContext, type Scored } from '../models/risk/score.ts';

// Scoring and selection against a hand-built model: what a request computes, without the engine.

const EPOCH = '1970-01-01 00:00:00.000';

function row(over: Partial<TestRow> & Pick<TestRow, 'test_id' | 'locator' | 'stem' | 'dirs'>): TestRow {
  return { runs: 50, fails: 0, decayed: 0, duration_ms: 1000, last_fail_at: EPOCH, suite: '', class_name: '', name: over.test_id, file: '', ...over };
}

const weights: Weights = { ...defaultWeights(0.001), intercept: -7, carry: 8, fixing: -4, assoc: 1, near: 2, same: 3, base: 0.5, recent: 0.5, lines: 0, files: 0 };

const model = buildModel({
  repo: 'acme/shop',
  modelId: 'm1',
  asOf: '2026-11-01 00:00:00.000',
  trainedAt: '2026-11-01 00:00:05.000',
  meta: { globalRate: 0.001, watermark: '2026-11-01 00:00:00.000', tests: 5, commits: 10, pairs: 500, positives: 3, keys: 3, associations: 1, cells: 10, converged: true },
  weights,
  tests: [
    row({ test_id: 'cart', file: 'web/src/cart/cartStore.test.ts', suite: 'web/src/cart/cartStore.test.ts', locator: 'web/src/cart/cartStore.test.ts', stem: 'cartstore', dirs: ['web', 'src', 'cart'], duration_ms: 200 }),
    row({ test_id: 'charge', class_name: 'com.acme.pay.ChargeServiceTest', suite: 'com.acme.pay.ChargeServiceTest', locator: 'com/acme/pay/ChargeServiceTest', stem: 'chargeservice', dirs: ['com', 'acme', 'pay'], fails: 2, decayed: 1.5, last_fail_at: '2026-10-30 10:00:00.000', duration_ms: 3000 }),
    row({ test_id: 'fresh', class_name: 'com.acme.pay.WalletTest', locator: 'com/acme/pay/WalletTest', stem: 'wallet', dirs: ['com', 'acme', 'pay'], runs: 1 }),
    row({ test_id: 'flaky', class_name: 'com.acme.ship.TrackerTest', locator: 'com/acme/ship/TrackerTest', stem: 'tracker', dirs: ['com', 'acme', 'ship'], fails: 0 }),
    row({ test_id: 'label', class_name: 'com.acme.ship.LabelTest', locator: 'com/acme/ship/LabelTest', stem: 'label', dirs: ['com', 'acme', 'ship'], duration_ms: 500 }),
  ],
  keys: [
    { key: 'services/pay/', key_commits: 10 },
    { key: 'services/', key_commits: 40 },
  ],
  assoc: [
    { key: 'services/pay/', test_id: 'charge', co_failures: 2 },
    { key: 'services/pay/', test_id: 'gone', co_failures: 5 },
  ],
});

const ctx = (over: Partial<ChangeContext>): ChangeContext => ({
  files: [],
  parentFailing: new Set(),
  at: new Date('2026-11-01T12:00:00Z'),
  quarantined: new Set(['flaky']),
  ...over,
});

const CHARGE = 'services/pay/src/main/java/com/acme/pay/ChargeService.java';
const at = (id: string) => model.byId.get(id)!;
const contribution = (s: Scored, id: string, f: string) => contributions(s, at(id)).find((c) => c.feature === f)!.logOdds;

describe('risk scoring', () => {
  it('ranks the test of a changed file first and explains why', () => {
    const s = scoreChange(model, ctx({ files: [{ path: CHARGE, added: 30, removed: 4 }] }));
    const p = (id: string) => s.probability[at(id)]!;
    expect(p('charge')).toBeGreaterThan(p('label') * 20);
    // The same folder, but another stem: near, not same.
    expect(contribution(s, 'fresh', 'near')).toBe(2);
    const reasons = reasonsOf(s, at('charge'));
    expect(reasons.map((r) => r.code)).toEqual(['same', 'assoc', 'base']);
    expect(reasons[0]!.text).toBe(`tests changed file ${CHARGE}`);
    expect(reasons[1]!.text).toBe('changes to services/pay/ were followed by a real failure of this test in 2 of 10 commits');
    expect(reasons[2]!.text).toBe('fails for real on 2 of 50 commits');
    // The association of a test the model no longer has is ignored.
    expect(s.probability).toHaveLength(5);
    // The probability is the logistic of the contributions.
    const z = weights.intercept + contributions(s, at('charge')).reduce((n, c) => n + c.logOdds, 0);
    expect(p('charge')).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    const none = [...s.probability].reduce((n, q, i) => (s.quarantined[i] ? n : n * (1 - q)), 1);
    expect(s.riskScore).toBeCloseTo(1 - none, 12);
  });

  it('carries a failure of the parent, less when the change touches the failing test’s folder (likely its fix)', () => {
    const away = scoreChange(model, ctx({ files: [{ path: 'README.md', added: 1, removed: 0 }], parent: 'abc123', parentFailing: new Set(['label']) }));
    expect(away.probability[at('label')]!).toBeGreaterThan(0.5);
    expect(reasonsOf(away, at('label'))[0]).toMatchObject({ code: 'always', text: 'known failing: failed for real on the base abc123' });
    expect(reasonsOf(away, at('label'))[1]).toMatchObject({ code: 'carry', text: 'failed for real on the parent commit abc123' });
    // Known failing on the base: listed apart, always selected, and not part of the change's risk.
    expect(away.knownFailing).toEqual([at('label')]);
    const selection = selectTests(away, { fraction: 0.01 });
    expect(selection.selected[at('label')]).toBe(1);
    const others = [...away.probability].reduce((n, q, i) => (away.quarantined[i] || i === at('label') ? n : n * (1 - q)), 1);
    expect(away.riskScore).toBeCloseTo(1 - others, 12);
    const clean = scoreChange(model, ctx({ files: [{ path: 'README.md', added: 1, removed: 0 }], parent: 'abc123' }));
    expect(clean.knownFailing).toEqual([]);
    expect(away.riskScore).toBeLessThan(clean.riskScore);
    const fix = scoreChange(model, ctx({ files: [{ path: 'services/ship/src/main/java/com/acme/ship/LabelService.java', added: 1, removed: 0 }], parentFailing: new Set(['label']) }));
    expect(contribution(fix, 'label', 'fixing')).toBe(-4);
  });

  it('counts real failures since training in the test’s rate and recency', () => {
    const before = scoreChange(model, ctx({ files: [{ path: 'README.md', added: 1, removed: 0 }] }));
    const after = scoreChange(model, ctx({ files: [{ path: 'README.md', added: 1, removed: 0 }], liveFailures: [{ testId: 'cart', at: Date.parse('2026-11-01T11:00:00Z') }] }));
    expect(after.probability[at('cart')]!).toBeGreaterThan(before.probability[at('cart')]! * 3);
    expect(contribution(after, 'cart', 'base')).toBe(0.5 * bin('base', Math.log((1 + 20 * 0.001) / 70 / 0.001)));
    expect(reasonsOf(after, at('cart')).map((r) => r.text)).toContain('fails for real on 1 of 50 commits');
  });

  it('always runs new tests and the tests of changed test files; never quarantined ones', () => {
    const s = scoreChange(model, ctx({ files: [{ path: 'web/src/cart/cartStore.test.ts', added: 3, removed: 0 }] }));
    expect(s.changedTestFiles).toEqual(['web/src/cart/cartStore.test.ts']);
    expect(s.always[at('cart')]).toBe('changed test file web/src/cart/cartStore.test.ts');
    expect(s.always[at('fresh')]).toBe('new test: 1 recorded run');
    expect(s.quarantined[at('flaky')]).toBe(1);
    const sel = selectTests(s, { fraction: 1 });
    expect(sel.count).toBe(4);
    expect([...sel.ranked.slice(0, 2)].map((i) => model.tests[i]!.testId).sort()).toEqual(['cart', 'fresh']);
    expect(model.tests[sel.ranked.at(-1)!]!.testId).toBe('flaky');
    expect(sel.selected[at('flaky')]).toBe(0);
  });
});

describe('risk selection budgets', () => {
  const scored = scoreChange(model, ctx({ files: [{ path: CHARGE, added: 30, removed: 4 }] }));
  const ids = (sel: ReturnType<typeof selectTests>) => [...sel.ranked.slice(0, sel.count)].map((i) => model.tests[i]!.testId);

  it('fraction: the share of eligible tests, rounded up, always-run ones first', () => {
    const sel = selectTests(scored, { fraction: 0.5 });
    // 4 eligible (the quarantined one is not): 2, the new test first, then the riskiest.
    expect(ids(sel)).toEqual(['fresh', 'charge']);
    expect(sel.estimatedMs).toBe(1000 + 3000);
    expect(sel.expectedRecall).toBeGreaterThan(0.5);
  });

  it('minutes: tests that fit, skipping one that does not for a shorter one behind it', () => {
    const sel = selectTests(scored, { minutes: 2.5 / 60 });
    // 2.5 s: the new test (1 s) always, charge (3 s) does not fit, cart (0.2 s) and label (0.5 s) do.
    expect(new Set(ids(sel))).toEqual(new Set(['fresh', 'cart', 'label']));
    expect(sel.estimatedMs).toBeLessThanOrEqual(2500);
  });

  it('confidence: until the expected share of failing tests is found', () => {
    for (const c of [0.3, 0.9, 0.999]) expect(selectTests(scored, { confidence: c }).expectedRecall).toBeGreaterThanOrEqual(c - 1e-9);
    expect(selectTests(scored, { confidence: 0.3 }).count).toBeLessThan(selectTests(scored, { confidence: 0.999 }).count);
  });
});
