import { describe, expect, it } from 'vitest';
import { Rng, WeightedPicker } from '../tools/history/prng.ts';

describe('Rng', () => {
  it('repeats a stream for the same seed and labels, and only then', () => {
    const take = (r: Rng): number[] => Array.from({ length: 8 }, () => r.next());
    expect(take(Rng.derive(1, 'run', 42))).toEqual(take(Rng.derive(1, 'run', 42)));
    expect(take(Rng.derive(1, 'run', 42))).not.toEqual(take(Rng.derive(2, 'run', 42)));
    expect(take(Rng.derive(1, 'run', 42))).not.toEqual(take(Rng.derive(1, 'run', 43)));
    // Label boundaries matter: ('ab', 'c') is not ('a', 'bc').
    expect(take(Rng.derive(1, 'ab', 'c'))).not.toEqual(take(Rng.derive(1, 'a', 'bc')));
  });

  it('draws from the intended distributions', () => {
    const r = Rng.derive(7, 'stats');
    const n = 100_000;
    let sum = 0;
    let below = 0;
    const ints = new Set<number>();
    let logSum = 0;
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      sum += u;
      if (r.chance(0.1)) below++;
      ints.add(r.int(3, 5));
      logSum += Math.log(r.logNormal(20, 1));
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(below / n).toBeCloseTo(0.1, 2);
    expect([...ints].sort()).toEqual([3, 4, 5]);
    expect(Math.exp(logSum / n)).toBeGreaterThan(19);
    expect(Math.exp(logSum / n)).toBeLessThan(21);
    let poisson = 0;
    for (let i = 0; i < 20_000; i++) poisson += r.poisson(4);
    expect(poisson / 20_000).toBeCloseTo(4, 1);
  });

  it('picks by weight and samples without replacement', () => {
    const r = Rng.derive(3, 'weights');
    const picker = new WeightedPicker([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[picker.pick(r)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.8);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.2);
    const s = r.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(s).size).toBe(4);
    expect(r.hex(40)).toMatch(/^[0-9a-f]{40}$/);
  });
});
