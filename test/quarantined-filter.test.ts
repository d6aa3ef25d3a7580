import { describe, expect, it } from 'vitest';
import { excludeFilter, type QuarantinedTest } from '../src/cli/quarantined.ts';

// Which quarantined tests each runner's filter names, from a repository whose CI runs several runners.
// (vitest, jest, pytest and Maven Surefire run the filters they get in cli-quarantined.int.test.ts.)

const t = (o: Partial<QuarantinedTest>): QuarantinedTest => ({ testId: 'x', suite: '', className: '', name: '', file: '', score: 0.1, reason: '', ...o });

const mixed = [
  t({ suite: 'web/cart.test.ts', className: 'web/cart.test.ts', name: 'cart > checkout > timing (p95)' }),
  t({ suite: 'cart', className: 'cart totals|sums', name: 'cart totals|sums' }), // jest-junit defaults
  t({ suite: 'pytest', className: 'tests.test_cart.TestCheckout', name: 'test_rounding[eur]' }),
  t({ suite: 'com.acme.CartTest', className: 'com.acme.CartTest', name: 'timing' }),
  t({ suite: 'com.acme.CartTest', className: 'com.acme.CartTest', name: 'rounds(int)[2]' }),
  t({ suite: 'com.acme.StoreIT', className: 'com.acme.StoreIT', name: 'saves' }),
];

describe('excludeFilter', () => {
  it('vitest and jest: one anchored negative lookahead over the JS tests, regex characters escaped', () => {
    const [flag, pattern] = excludeFilter(mixed, 'vitest');
    expect(flag).toBe('--testNamePattern');
    // Escaped for xargs (a backslash before spaces, quotes and backslashes); as xargs reads it:
    const regex = new RegExp(pattern!.replace(/\\(.)/g, '$1'));
    expect(regex.source).toBe('^(?!(?:cart checkout timing \\(p95\\)|cart totals\\|sums)$)');
    expect(regex.test('cart checkout timing (p95)')).toBe(false);
    expect(regex.test('cart totals|sums')).toBe(false);
    expect(regex.test('cart totals')).toBe(true);
    expect(excludeFilter(mixed, 'jest')).toEqual(excludeFilter(mixed, 'vitest'));
  });

  it('pytest: a --deselect per node id, relative to --root', () => {
    expect(excludeFilter(mixed, 'pytest', 'tests')).toEqual(['--deselect', 'test_cart.py::TestCheckout::test_rounding[eur]']);
  });

  it('junit-filter: Surefire exclusions, one pattern per class, methods without parameters', () => {
    expect(excludeFilter(mixed, 'junit-filter')).toEqual(['!com.acme.CartTest#timing+rounds,!com.acme.StoreIT#saves']);
  });

  it('nothing to skip prints nothing', () => {
    for (const f of ['vitest', 'jest', 'pytest', 'junit-filter', 'list'] as const) expect(excludeFilter([], f)).toEqual([]);
    expect(excludeFilter([mixed[3]!], 'vitest')).toEqual([]);
  });
});
