import { describe, expect, it } from 'vitest';
import { areaOf, areaSql, impactKeysOf, impactKeysSql, treePrefixesOf, treePrefixesSql } from '../models/risk/paths.ts';
import { testStore } from './support/store.ts';

// Tree distance, the test's area, and the keys a traced file matches changes by: computed in
// ClickHouse for training and in TypeScript for a request, so both must agree on every path.

const PATHS = [
  'src/invoicing/rounding.ts',
  'test/invoicing/TotalsTest.test.ts',
  'services/payments/src/main/java/com/acme/payments/ChargeService.java',
  'services/payments/src/test/java/com/acme/payments/ChargeServiceTest.java',
  'com/acme/payments/ChargeServiceTest',
  'ml/tests/fraud/test_score_model/TestScore',
  'pkg/ledger/post_entry_test.go',
  'Src/Main/Java/Ärger/ÖL/Über.java',
  '/builds/acme/backend/shop/src/Cart.java',
  '/x.ts',
  'README.md',
  './odd//path/__tests__/a.spec.ts',
  '',
];

describe('tree paths', () => {
  it('are the same in SQL and TypeScript', async () => {
    const store = await testStore();
    const rs = await store.client.query({
      query: `SELECT p, ${treePrefixesSql('p')} AS prefixes, ${areaSql('p')} AS area, ${impactKeysSql('p')} AS keys
              FROM (SELECT arrayJoin({paths:Array(String)}) AS p)`,
      query_params: { paths: PATHS },
      format: 'JSONEachRow',
    });
    const rows = await rs.json<{ p: string; prefixes: string[]; area: string; keys: string[] }>();
    expect(rows).toHaveLength(PATHS.length);
    for (const r of rows) {
      expect(r.prefixes, r.p).toEqual(treePrefixesOf(r.p));
      expect(r.area, r.p).toBe(areaOf(r.p));
      expect(r.keys, r.p).toEqual(impactKeysOf(r.p));
    }
  });

  it('see mirrored trees as the same place', () => {
    // Maven: src/main/java ↔ src/test/java.
    expect(treePrefixesOf('services/payments/src/test/java/com/acme/payments/ChargeServiceTest.java')).toEqual(
      treePrefixesOf('services/payments/src/main/java/com/acme/payments/ChargeService.java'),
    );
    // src/ ↔ test/, pkg/ ↔ tests/, and a pytest class locator whose module is a folder.
    expect(areaOf('test/invoicing/TotalsTest.test.ts')).toBe(areaOf('src/invoicing/rounding.ts'));
    expect(areaOf('tests/fraud/test_score_model/TestScore')).toBe('fraud');
    expect(areaOf('pkg/fraud/score_model.py')).toBe('fraud');
    // A path under an unknown work directory matches by its suffixes of two or more components.
    expect(impactKeysOf('/builds/acme/backend/shop/src/Cart.java')).toContain('src/Cart.java');
    expect(impactKeysOf('/builds/acme/backend/shop/src/Cart.java')).not.toContain('Cart.java');
    expect(impactKeysOf('src/Cart.java')).toEqual(['src/Cart.java']);
  });
});
