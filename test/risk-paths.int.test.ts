import { describe, expect, it } from 'vitest';
import { fileFeatures, fileStemSql, keysOf, keysSql, locatorDirsSql, locatorSql, locatorStemSql, parentDirSql, stemOf } from '../models/risk/paths.ts';
import { testStore } from './support/store.ts';

// Training computes path features in ClickHouse, scoring in TypeScript: both must agree.

const PATHS = [
  'services/payments/src/main/java/com/acme/payments/ChargeService.java',
  'services/payments/src/test/java/com/acme/payments/ChargeServiceIntegrationTest.java',
  'ml/tests/fraud/test_score_model_integration.py',
  'web/src/cart/cartStore.int.test.tsx',
  'pom.xml',
  './odd/ünï cödé/file with spaces & "quotes".ts',
  "it's/a\\b/c$d.ts",
  'a//b///c.py',
  'Ärger/ÖL/Über.ts',
  'deep/' + 'x/'.repeat(40) + 'Z.kt',
];

describe('risk model path features: SQL and TypeScript agree', () => {
  it('on keys, parent folders and stems of changed files', async () => {
    const store = await testStore();
    const rs = await store.client.query({
      query: `SELECT p, ${keysSql('p')} AS keys, ${parentDirSql('p')} AS pdir, ${fileStemSql('p')} AS stem
              FROM (SELECT arrayJoin({paths:Array(String)}) AS p)`,
      query_params: { paths: PATHS },
      format: 'JSONEachRow',
    });
    const rows = await rs.json<{ p: string; keys: string[]; pdir: string; stem: string }>();
    expect(rows).toHaveLength(PATHS.length);
    for (const r of rows) {
      expect(r.keys, r.p).toEqual(keysOf(r.p));
      const f = fileFeatures(r.p);
      expect({ pdir: r.pdir, stem: r.stem }, r.p).toEqual({ pdir: f.parentDir, stem: f.stem });
    }
  });

  it('on test locators from file, class name or suite', async () => {
    const store = await testStore();
    const cases = [
      { file: '', className: 'com.acme.payments.ChargeServiceTest', suite: 'com.acme.payments.ChargeServiceTest', locator: 'com/acme/payments/ChargeServiceTest', dirs: ['com', 'acme', 'payments'] },
      { file: '', className: 'tests.fraud.test_score.TestScore', suite: 'pytest', locator: 'tests/fraud/test_score/TestScore', dirs: ['tests', 'fraud', 'test_score'] },
      { file: 'web/src/Cart/cartStore.test.ts', className: '', suite: 'web/src/Cart/cartStore.test.ts', locator: 'web/src/Cart/cartStore.test.ts', dirs: ['web', 'src', 'cart'] },
      { file: '', className: '', suite: 'src/x.spec.js', locator: 'src/x.spec.js', dirs: ['src'] },
      // go-junit-report: the package's import path; the package is the folder, the domain keeps its dot.
      { file: '', className: 'github.com/acme/shop/pkg/inventory', suite: 'github.com/acme/shop/pkg/inventory', locator: 'github.com/acme/shop/pkg/inventory/inventory', dirs: ['github.com', 'acme', 'shop', 'pkg', 'inventory'] },
      { file: '', className: '', suite: 'MySuite', locator: 'MySuite', dirs: [] },
    ];
    for (const c of cases) {
      const rs = await store.client.query({
        query: `SELECT ${locatorSql('{file:String}', '{cls:String}', '{suite:String}')} AS loc, ${locatorDirsSql('loc')} AS dirs, ${locatorStemSql('loc')} AS stem`,
        query_params: { file: c.file, cls: c.className, suite: c.suite },
        format: 'JSONEachRow',
      });
      const [r] = await rs.json<{ loc: string; dirs: string[]; stem: string }>();
      expect(r).toEqual({ loc: c.locator, dirs: c.dirs, stem: stemOf(c.locator.split('/').pop()!) });
    }
  });
});
