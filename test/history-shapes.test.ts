import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../tools/history/cli.ts';
import { regressionSeeds } from '../tools/history/failure-text.ts';
import { DEFAULT_OPTIONS, generateHistory, HistoryOptionsError, type HistoryOptions } from '../tools/history/generate.ts';
import type { GroundTruth } from '../tools/history/ground-truth.ts';
import { Rng } from '../tools/history/prng.ts';

// The generator's history shapes (--flow, --wording): what each promises about the history.

const SMALL: Omit<HistoryOptions, 'out'> = { ...DEFAULT_OPTIONS, days: 12, tests: 120, files: 50, commitsPerDay: 12, regressionRate: 0.2, seed: 3 };

async function history(over: Partial<HistoryOptions>) {
  const out = join(mkdtempSync(join(tmpdir(), 'signalhouse-shapes-')), 'h');
  await generateHistory({ ...SMALL, ...over, out });
  const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { branch: string; commit: string });
  const truth = JSON.parse(readFileSync(join(out, 'ground-truth.json'), 'utf8')) as GroundTruth;
  return { manifest, truth };
}

describe('history shapes', () => {
  it('--flow single pushes every commit to main, with regressions and no pull requests', async () => {
    const { manifest, truth } = await history({ flow: 'single' });
    expect(new Set(manifest.map((m) => m.branch))).toEqual(new Set(['main']));
    expect(truth.pullRequests).toEqual([]);
    expect(truth.regressions.length).toBeGreaterThan(3);
    expect(truth.options.flow).toBe('single');
  });

  it('--flow pr-from-head forks branches from red main: a main regression fails on branch commits', async () => {
    const { manifest, truth } = await history({ flow: 'pr-from-head' });
    const branchOf = new Map(manifest.map((m) => [m.commit, m.branch]));
    const carried = truth.regressions.filter((r) => r.branch === 'main' && r.commits.some((c) => branchOf.get(c) !== 'main'));
    expect(carried.length).toBeGreaterThan(0);
    // With the default flow, branches fork from green main: no main regression reaches a branch.
    const pr = await history({ flow: 'pr' });
    const prBranchOf = new Map(pr.manifest.map((m) => [m.commit, m.branch]));
    expect(pr.truth.regressions.filter((r) => r.branch === 'main' && r.commits.some((c) => prBranchOf.get(c) !== 'main'))).toEqual([]);
  }, 60_000);

  it('--wording: stable keeps both seeds of a regression text, numbers changes the values, words the wording too', () => {
    const draws = (wording: 'stable' | 'numbers' | 'words') =>
      [1, 2].map((run) => {
        const { cause, perTest } = regressionSeeds(7, 4, 11, wording, Rng.derive(7, 'execute', run));
        return { cause: cause.int(0, 1e9), perTest: perTest.int(0, 1e9) };
      });
    const [s1, s2] = draws('stable');
    expect(s1).toEqual(s2);
    const [n1, n2] = draws('numbers');
    expect(n1!.cause).toBe(n2!.cause);
    expect(n1!.perTest).not.toBe(n2!.perTest);
    const [w1, w2] = draws('words');
    expect(w1!.cause).not.toBe(w2!.cause);
    expect(w1!.perTest).not.toBe(w2!.perTest);
  });

  it('rejects unknown shapes clearly', async () => {
    await expect(generateHistory({ ...SMALL, out: join(tmpdir(), 'never'), flow: 'octopus' as never })).rejects.toThrow(HistoryOptionsError);
    await expect(generateHistory({ ...SMALL, out: join(tmpdir(), 'never'), wording: 'loud' as never })).rejects.toThrow(/--wording must be one of stable, numbers, words/);
    const parsed = parseCliArgs(['--out', 'x', '--flow', 'single', '--wording', 'words']);
    expect(parsed).not.toBe('help');
    if (parsed !== 'help') expect(parsed.opts).toMatchObject({ flow: 'single', wording: 'words' });
  });
});
