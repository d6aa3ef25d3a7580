import { describe, expect, it } from 'vitest';
import { AVERAGE_CHANGE_WEIGHT, changeWeight, regressionChance } from '../tools/history/change-weight.ts';
import { codebaseOf, DEFAULT_OPTIONS } from '../tools/history/generate.ts';
import { Rng } from '../tools/history/prng.ts';
import { buildTimeline } from '../tools/history/timeline.ts';

// With --change-risk size the generator's authored commits bring regressions the more often the more
// code they change, as real changes do (change-weight.ts). With the default, uniform, riskScore's
// change-shape inputs have nothing to learn.

describe('regressions by change size (--change-risk size)', () => {
  it('weigh source files by the log of their lines, and leave tests out', () => {
    const isSource = (p: string): boolean => !p.includes('test');
    expect(changeWeight([{ path: 'src/a.ts', added: 10, removed: 2 }], isSource)).toBeCloseTo(Math.log(13) / AVERAGE_CHANGE_WEIGHT, 12);
    expect(changeWeight([{ path: 'test/a.test.ts', added: 300, removed: 0 }], isSource)).toBe(0);
    // Two files of 50 lines weigh more than one of 100.
    const two = changeWeight([{ path: 'src/a.ts', added: 50, removed: 0 }, { path: 'src/b.ts', added: 50, removed: 0 }], isSource);
    expect(two).toBeGreaterThan(changeWeight([{ path: 'src/a.ts', added: 100, removed: 0 }], isSource));
  });

  it('keep the rate at weight 1 and grow with the weight, below certainty', () => {
    expect(regressionChance(0.1, 1)).toBeCloseTo(0.1, 12);
    expect(regressionChance(0.1, 0)).toBe(0);
    expect(regressionChance(0.1, 0.5)).toBeLessThan(0.1);
    expect(regressionChance(0.1, 3)).toBeGreaterThan(0.2);
    expect(regressionChance(0.1, 100)).toBeLessThan(1);
  });

  it('are likelier on the largest third of authored commits than on the smallest, in every layout', () => {
    for (const layout of ['monorepo', 'mirrored', 'go'] as const) {
      const small = { commits: 0, faulty: 0 };
      const large = { commits: 0, faulty: 0 };
      let perSeed = 0;
      for (const seed of [1, 2, 3]) {
        const cb = codebaseOf({ ...DEFAULT_OPTIONS, seed, tests: 600, layout, repo: 'acme/size' });
        const kinds = new Map(cb.files.map((f) => [f.path, f.kind]));
        const t = buildTimeline(Rng.derive(seed, 'timeline'), cb, { flow: 'pr', start: Date.UTC(2025, 0, 6), days: 30, commitsPerDay: 20, regressionRate: 0.1, changeRisk: 'size' });
        const faulty = new Set(t.regressions.map((r) => r.commit));
        const authored = t.commits
          .filter((c) => c.kind === 'branch' || c.kind === 'push')
          .map((c) => ({ weight: changeWeight(c.files, (p) => kinds.get(p) !== undefined && kinds.get(p) !== 'test'), faulty: faulty.has(c.sha) }))
          .sort((a, b) => a.weight - b.weight);
        const third = Math.floor(authored.length / 3);
        for (const c of authored.slice(0, third)) (small.commits++, (small.faulty += c.faulty ? 1 : 0));
        for (const c of authored.slice(-third)) (large.commits++, (large.faulty += c.faulty ? 1 : 0));
        perSeed += authored.filter((c) => c.faulty).length;
      }
      const smallRate = small.faulty / small.commits;
      const largeRate = large.faulty / large.commits;
      // With --change-risk uniform the two are within noise of each other (monorepo: 47/499 against 36/499).
      expect(largeRate, `${layout}: ${large.faulty}/${large.commits} vs ${small.faulty}/${small.commits}`).toBeGreaterThan(2 * smallRate);
      // `regressionRate` stays the chance of an average commit, so the count stays near the uniform one's (~40).
      expect(perSeed / 3).toBeGreaterThan(15);
    }
  });
});
