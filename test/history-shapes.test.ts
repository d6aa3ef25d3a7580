import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../tools/history/cli.ts';
import { regressionSeeds } from '../tools/history/failure-text.ts';
import { DEFAULT_OPTIONS, generateHistory, HistoryOptionsError, type HistoryOptions } from '../tools/history/generate.ts';
import type { FailureCauseRow, GroundTruth } from '../tools/history/ground-truth.ts';
import type { ManifestEntry } from '../tools/history/manifest.ts';
import { Rng } from '../tools/history/prng.ts';

// The generator's history shapes (--flow, --wording; --layout in history-layouts.test.ts): what each promises about the history.

const SMALL: Omit<HistoryOptions, 'out'> = { ...DEFAULT_OPTIONS, days: 12, tests: 120, files: 50, commitsPerDay: 12, regressionRate: 0.2, seed: 3 };

async function history(over: Partial<HistoryOptions>) {
  const out = join(mkdtempSync(join(tmpdir(), 'signalhouse-shapes-')), 'h');
  await generateHistory({ ...SMALL, ...over, out });
  const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ManifestEntry);
  const truth = JSON.parse(readFileSync(join(out, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const causes = readFileSync(join(out, 'failure-causes.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as FailureCauseRow);
  return { manifest, truth, causes };
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

  it('--flow merge-queue tests groups of green pull requests on gh-readonly-queue branches and moves main only to green ones', async () => {
    const { manifest, truth, causes } = await history({ flow: 'merge-queue', regressionRate: 0.3, days: 20 });
    const groups = truth.mergeQueue!;
    const runs = new Map(manifest.map((m) => [m.commit, m]));
    expect(manifest.some((m) => m.branch === 'main')).toBe(false);
    expect(groups.length).toBeGreaterThan(10);
    expect(groups.some((g) => g.prs.length > 1)).toBe(true);
    let mainHead: string | null = null;
    for (const g of groups) {
      expect(g.prs.length).toBeGreaterThanOrEqual(1);
      expect(g.prs.length).toBeLessThanOrEqual(4);
      expect(g.branch).toBe(`gh-readonly-queue/main/pr-${g.prs[g.prs.length - 1]}-${g.base}`);
      // The group's commit is on main's head, and is what CI ran on the queue branch.
      expect(runs.get(g.commit)).toMatchObject({ branch: g.branch, parent: g.base });
      if (mainHead !== null) expect(g.base).toBe(mainHead);
      if (g.green) mainHead = g.commit;
    }
    // A red group: its regression was introduced by the queue commit, never reaches main, and the
    // pull request that touched the broken file is ejected while the rest are tested again next.
    const red = groups.filter((g) => !g.green);
    expect(red.length).toBeGreaterThan(0);
    const green = new Set(groups.filter((g) => g.green).map((g) => g.commit));
    for (const g of red) {
      const r = truth.regressions.find((x) => x.commit === g.commit)!;
      expect(r).toBeDefined();
      expect(r.branch).toBe(g.branch);
      expect(r.commits).toEqual([g.commit]);
      expect(g.prs).toContain(g.ejected);
      const ejectedBranch = truth.pullRequests.find((p) => p.number === g.ejected)!.branch;
      expect(manifest.some((m) => m.branch === ejectedBranch && m.files.some((f) => f.path === r.files[0]))).toBe(true);
      const next = groups[groups.indexOf(g) + 1];
      const rest = g.prs.filter((n) => n !== g.ejected);
      if (next && rest.length > 0) expect(next.prs.slice(0, rest.length)).toEqual(rest.slice(0, next.prs.length));
    }
    for (const r of truth.regressions) for (const c of r.commits) expect(green.has(c)).toBe(false);
    // Every merged pull request merged with a green group that holds it; pull requests ran CI on their own branch too.
    for (const p of truth.pullRequests.filter((x) => x.mergedAt !== null)) {
      const g = groups.find((x) => x.commit === p.mergeCommit)!;
      expect(g.green).toBe(true);
      expect(g.prs).toContain(p.number);
      expect(manifest.some((m) => m.branch === p.branch)).toBe(true);
    }
    // Regression failures happen only on the commits the ground truth says carry the regression.
    const commitOfRun = new Map(manifest.map((m) => [m.runId, m.commit]));
    const rows = causes.filter((c) => c.cause === 'regression');
    expect(rows.length).toBeGreaterThan(0);
    for (const c of rows) expect(truth.regressions[c.regressionId!]!.commits).toContain(commitOfRun.get(c.runId));
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
    await expect(generateHistory({ ...SMALL, out: join(tmpdir(), 'never'), changeRisk: 'lines' as never })).rejects.toThrow(/--change-risk must be one of uniform, size/);
    const parsed = parseCliArgs(['--out', 'x', '--flow', 'single', '--wording', 'words', '--change-risk', 'size']);
    expect(parsed).not.toBe('help');
    if (parsed !== 'help') expect(parsed.opts).toMatchObject({ flow: 'single', wording: 'words', changeRisk: 'size' });
  });
});
