import { describe, expect, it } from 'vitest';
import { changedPathSuffixes, fileFeatures, keysOf, locatorKeys, looksLikeTestFile, stemOf, withoutExtension } from '../models/risk/paths.ts';

describe('path features of the risk model', () => {
  it('gives a source file and its tests the same stem, across languages', () => {
    for (const s of ['ChargeService.java', 'ChargeServiceTest', 'ChargeServiceIntegrationTest', 'charge_service.py', 'test_charge_service.py',
      'test_charge_service_integration.py', 'TestChargeService', 'chargeService.ts', 'chargeService.test.ts', 'chargeService.int.test.tsx']) {
      expect(stemOf(s), s).toBe('chargeservice');
    }
    expect(stemOf('')).toBe('');
    expect(stemOf('Ünïcode Straße.md')).toBe('ncodestrae');
  });

  it('keys a path by itself and every folder above it', () => {
    expect(keysOf('services/payments/src/Charge.java')).toEqual([
      'services/payments/src/Charge.java',
      'services/payments/src/',
      'services/payments/',
      'services/',
    ]);
    expect(keysOf('pom.xml')).toEqual(['pom.xml']);
    expect(keysOf('a//b c/ü.ts')).toEqual(['a/b c/ü.ts', 'a/b c/', 'a/']);
  });

  it('takes the parent folder and stem of a changed file', () => {
    expect(fileFeatures('services/payments/src/main/java/com/acme/payments/ChargeService.java')).toEqual({ parentDir: 'payments', stem: 'chargeservice' });
    expect(fileFeatures('pom.xml')).toEqual({ parentDir: '', stem: 'pom' });
  });

  it('recognises a change to a test’s own file from its locator', () => {
    expect(withoutExtension('web/src/cart/cartStore.test.ts')).toBe('web/src/cart/cartStore.test');
    expect(withoutExtension('Makefile')).toBe('Makefile');
    expect(withoutExtension('a.b/c')).toBe('a.b/c');
    // Surefire: class com.acme.payments.ChargeServiceTest; pytest: tests.fraud.test_score.TestScore.
    expect(locatorKeys('com/acme/payments/ChargeServiceTest', false)).toEqual([
      { key: 'com/acme/payments/ChargeServiceTest', full: true },
      { key: 'com/acme/payments', full: false },
    ]);
    expect(locatorKeys('web/src/cart/cartStore.test.ts', true)).toEqual([{ key: 'web/src/cart/cartStore.test', full: true }]);
    const suffixes = changedPathSuffixes('services/payments/src/test/java/com/acme/payments/ChargeServiceTest.java');
    expect(suffixes).toContain('com/acme/payments/ChargeServiceTest');
    expect(changedPathSuffixes('ml/tests/fraud/test_score.py')).toContain('tests/fraud/test_score');
  });

  it('tells test files from source files by name', () => {
    for (const p of ['ml/tests/fraud/test_score.py', 'a/ChargeServiceTest.java', 'a/ChargeServiceIT.java', 'web/x.test.tsx', 'web/x.spec.js', 'pkg/x_test.go']) {
      expect(looksLikeTestFile(p), p).toBe(true);
    }
    for (const p of ['a/ChargeService.java', 'web/latest.ts', 'ml/fraud/score.py', 'README.md']) expect(looksLikeTestFile(p), p).toBe(false);
  });
});
