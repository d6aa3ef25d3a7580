import { describe, expect, it } from 'vitest';
import { defaultWeights } from '../models/risk/features.ts';
import { buildModel, type TestRow } from '../models/risk/model.ts';
import { tokensOf, tokensSql } from '../models/risk/paths.ts';
import { featureValue, reasonsOf, scoreChange } from '../models/risk/score.ts';
import { testStore } from './support/store.ts';

// The `tokens` feature (path-token similarity) needs no past failure: a test whose locator shares rare
// words with a changed file is a candidate even in mirrored trees whose folders and stems do not
// match. Training computes the tokens in ClickHouse, scoring in TypeScript: both must agree.

const PATHS = [
  'src/invoicing/rounding.ts',
  'test/invoicing/TotalsTest.test.ts',
  'services/payments/src/main/java/com/acme/payments/ChargeService.java',
  'com/acme/payments/HTTPClientIntegrationTest',
  'ml/tests/fraud/test_score_model_integration.py',
  'pkg/ledger/post_entry_test.go',
  './odd/ünï cödé/file with spaces & "quotes".ts',
  "it's/a\\b/c$d.ts",
  'Ärger/ÖL/Über.ts',
  '',
];

describe('path tokens', () => {
  it('are the same in SQL and TypeScript', async () => {
    const store = await testStore();
    const rs = await store.client.query({
      query: `SELECT p, ${tokensSql('p')} AS tokens FROM (SELECT arrayJoin({paths:Array(String)}) AS p)`,
      query_params: { paths: PATHS },
      format: 'JSONEachRow',
    });
    const rows = await rs.json<{ p: string; tokens: string[] }>();
    expect(rows).toHaveLength(PATHS.length);
    for (const r of rows) expect([...r.tokens].sort(), r.p).toEqual([...tokensOf(r.p)].sort());
    expect(tokensOf('test/invoicing/TotalsTest.test.ts')).toEqual(['invoicing', 'totals']);
    expect(tokensOf('services/payments/src/main/java/com/acme/payments/ChargeService.java')).toEqual(['services', 'payments', 'acme', 'charge', 'service']);
  });

  it('make a test in a mirrored tree a candidate for a change it never failed with, by rare shared words', () => {
    const row = (id: string, file: string): TestRow => ({
      test_id: id, runs: 40, fails: 0, decayed: 0, duration_ms: 100, last_fail_at: '', suite: file, class_name: '', name: id, file,
      locator: file, stem: '', dirs: file.split('/').slice(0, -1).map((d) => d.toLowerCase()),
    });
    // 60 tests in other areas make 'invoicing' rare; every test shares 'web', too common to count.
    const rows = [row('totals', 'web/test/invoicing/TotalsTest.test.ts'), row('cart', 'web/test/cart/CartTest.test.ts')];
    for (let k = 0; k < 60; k++) rows.push(row(`other${k}`, `web/test/area${k}/Thing${k}Test.test.ts`));
    const weights = { ...defaultWeights(0.001), tokens: 0.5 };
    const model = buildModel({
      repo: 'acme/shop', modelId: 'm', asOf: '2026-11-01 00:00:00.000', trainedAt: '2026-11-01 00:00:00.000',
      meta: { globalRate: 0.001 } as never, weights, tests: rows, keys: [], assoc: [],
    });
    const s = scoreChange(model, { files: [{ path: 'web/src/invoicing/rounding.ts', added: 5, removed: 1 }], parentFailing: new Set(), at: new Date('2026-11-02T00:00:00Z'), quarantined: new Set() });
    const i = model.byId.get('totals')!;
    expect(featureValue(s, 'tokens', i)).toBe(4); // idf of 'invoicing' = ln(62) ≈ 4.13, binned to 0.5 steps
    expect(featureValue(s, 'tokens', model.byId.get('cart')!)).toBe(0);
    expect(s.probability[i]).toBeGreaterThan(s.probability[model.byId.get('cart')!]! * 5);
    expect(reasonsOf(s, i)[0]).toMatchObject({ code: 'tokens', text: 'shares rare path words with changed file web/src/invoicing/rounding.ts' });
  });
});
