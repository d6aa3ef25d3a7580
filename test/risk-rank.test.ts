import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byProbability } from '../models/risk/score.ts';

// byProbability ranks a request's tests with a radix sort (100k tests per request): it must give the
// order its definition says — probability quantised to 2^-32, highest first, ties by test index.

function reference(xs: number[], p: Float64Array): number[] {
  const q = (i: number) => Math.floor(p[i]! * 2 ** 32);
  return [...xs].sort((a, b) => q(b) - q(a) || a - b);
}

describe('ranking tests by probability', () => {
  it('orders by quantised probability, highest first, ties by index, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.constant(0.25), fc.constant(1 - 2 ** -33), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 0, maxLength: 300 }),
        fc.integer({ min: 0, max: 1000 }),
        (ps, seed) => {
          const p = Float64Array.from(ps);
          const xs = ps.map((_, i) => i).filter((i) => (i * 7 + seed) % 5 !== 0);
          const shuffled = [...xs].sort((a, b) => ((a * 31 + seed) % 97) - ((b * 31 + seed) % 97));
          const want = reference(xs, p);
          expect([...byProbability(xs, p)]).toEqual(want);
          expect([...byProbability(shuffled, p)]).toEqual(want);
        },
      ),
    );
  });

  it('puts certain failures first and impossible ones last', () => {
    const p = Float64Array.from([0, 1, 0.5, 1, 0]);
    expect([...byProbability([0, 1, 2, 3, 4], p)]).toEqual([1, 3, 2, 0, 4]);
  });
});
