import { describe, expect, it } from 'vitest';
import { defaultWeights, type Weights } from '../models/risk/features.ts';
import { buildModel, type TestRow } from '../models/risk/model.ts';
import { stemOf, withoutExtension } from '../models/risk/paths.ts';
import { contributions, reasonsOf, releaseScored, scoreChange, selectTests, type Budget, type ChangeContext } from '../models/risk/score.ts';
import { scoreIndexOf } from '../models/risk/score-index.ts';
import { denseContributions, denseReasonsOf, denseScoreChange, denseSelectTests } from './support/risk-dense.ts';

// The sparse scoring path against the dense reference on a hand-built model whose layouts make the
// rare cases common: locators 10 folders deep (the tree feature's clamped top bin), class locators,
// Python modules, few words so that word sums tie across files, associations whose lift is 0 (a test
// reached with nothing to show), new tests. test/risk-sparse.int.test.ts does the same on a trained model.

const EPOCH = '1970-01-01 00:00:00.000';
const AREAS = ['billing', 'shipping', 'search', 'ledger'];
const NAMES = ['charge', 'refund', 'quote', 'label', 'invoice', 'rounding'];
/** Nine folders shared by a quarter of the tests (a long tree prefix past the bin's top), then short ones. */
const DEEP = 'platform/engine/runtime/sched/queue/store/shard/part/deep';

function rng(seed: number): () => number {
  let s = seed * 2654435761;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function locatorOf(k: number): { locator: string; file: string; className: string } {
  const area = AREAS[k % AREAS.length]!;
  const name = NAMES[Math.floor(k / 4) % NAMES.length]!;
  const Name = name[0]!.toUpperCase() + name.slice(1);
  switch (k % 4) {
    case 0: {
      const file = `${DEEP}/x${(k >> 2) % 8}/${name}.test.ts`;
      return { locator: file, file, className: '' };
    }
    case 1: {
      const className = `com.acme.${area}.${name}.${Name}ServiceTest`;
      return { locator: className.replace(/\./g, '/'), file: '', className };
    }
    case 2: {
      const file = `services/${area}/src/${name}${k % 5}.test.ts`;
      return { locator: file, file, className: '' };
    }
    default: {
      const className = `tests.${area}.test_${name}.Test${Name}`;
      return { locator: className.replace(/\./g, '/'), file: '', className };
    }
  }
}

function modelOf(n: number) {
  const rand = rng(n);
  const tests: TestRow[] = Array.from({ length: n }, (_, k) => {
    const { locator, file, className } = locatorOf(k);
    const parts = locator.split('/');
    const fails = rand() < 0.05 ? 1 + Math.floor(rand() * 3) : 0;
    return {
      test_id: `t${String(k).padStart(4, '0')}`,
      runs: rand() < 0.03 ? 1 : 20 + Math.floor(rand() * 80),
      fails,
      decayed: fails > 0 ? rand() * 2 : 0,
      duration_ms: Math.floor(rand() * 3000),
      last_fail_at: EPOCH,
      suite: file || className,
      class_name: className,
      name: `case ${k}`,
      file,
      locator,
      stem: stemOf(parts[parts.length - 1]!),
      dirs: parts.slice(0, -1).map((d) => d.toLowerCase()),
    };
  });
  const weights: Weights = { ...defaultWeights(0.002), tokens: 0.4, tree: 0.35, area: 0.5, near: 1.2, same: 2.1, assoc: 0.8, fixing: -0.7, reach: 1.3 };
  return buildModel({
    repo: 'acme/mono',
    modelId: 'm',
    asOf: '2026-11-01 00:00:00.000',
    trainedAt: '2026-11-01 00:00:05.000',
    // A calibration whose every term counts, the reach breadth (e) included.
    meta: { globalRate: 0.002, watermark: '2026-11-01 00:00:00.000', tests: n, commits: 100, pairs: n * 100, positives: 10, keys: 4, associations: 4, cells: 10, converged: true, calibration: { a: -2, b: 0.4, c: 0.2, d: -0.3, e: 0.25, commits: 100, faulty: 12 } },
    weights,
    tests,
    keys: AREAS.map((a) => ({ key: `services/${a}/`, key_commits: 400 })),
    // Lift below 1 for most (reached, value 0), above for a few.
    assoc: tests.filter((_, k) => k % 9 === 0).map((t, j) => ({ key: `services/${AREAS[j % AREAS.length]}/`, test_id: t.test_id, co_failures: j % 4 === 0 ? 30 : 1 })),
    impact: tests.filter((_, k) => k % 31 === 0).map((t) => ({ test_id: t.test_id, file: `services/${AREAS[0]}/src/charge.ts` })),
    // Reach: one test in seven lives in one of 13 test files (several tests per file); each file reaches
    // a few sources at 1–3 hops, and the shared utility at 2 (one file reaching many tests).
    reach: {
      tests: tests.filter((_, k) => k % 7 === 0).map((t, j) => ({ test_id: t.test_id, test_file: `tf${j % 13}` })),
      rows: Array.from({ length: 13 }, (_, j) => [
        { test_file: `tf${j}`, file: `services/${AREAS[j % 4]}/src/${NAMES[j % 6]}.ts`, hops: 1 + (j % 3) },
        { test_file: `tf${j}`, file: `services/${AREAS[(j + 1) % 4]}/src/${NAMES[(j + 2) % 6]}.ts`, hops: 3 - (j % 3) },
        { test_file: `tf${j}`, file: 'services/shared/util.ts', hops: 2 },
      ]).flat(),
    },
  });
}

function changeOf(n: number, seed: number, ids: string[]): ChangeContext {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const files = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => {
    const { locator, file } = locatorOf(Math.floor(rand() * n));
    const r = rand();
    // The test's own file, its source, its folder's other files, an unrelated file.
    const path = r < 0.1 && file ? file : r < 0.6 ? `${withoutExtension(locator).replace(/(\.test|ServiceTest|\/Test\w+)$/, '')}.ts` : r < 0.9 ? `${locator.split('/').slice(0, -1).join('/')}/${pick(NAMES)}.ts` : pick(['README.md', 'services/shared/util.ts', `${DEEP}/${pick(NAMES)}.ts`]);
    return { path, added: Math.floor(rand() * 50), removed: Math.floor(rand() * 10) };
  });
  return {
    files,
    branch: 'main',
    parent: 'p',
    parentFailing: new Set(seed % 3 === 0 ? [pick(ids)] : []),
    at: new Date(Date.UTC(2026, 10, 1 + (seed % 9))),
    liveFailures: seed % 2 === 0 ? [{ testId: pick(ids), at: Date.UTC(2026, 10, 1, 3) }] : [],
    quarantined: new Set([pick(ids), pick(ids)]),
  };
}

describe('sparse scoring on odd layouts', () => {
  const n = 600;
  const model = modelOf(n);
  const ids = model.tests.map((t) => t.testId);
  const budgets: Budget[] = [{ fraction: 0.1 }, { fraction: 0.3 }, { minutes: 2 }, { confidence: 0.9 }];

  it('has long lists read per class and tests left to groups', () => {
    const ix = scoreIndexOf(model);
    expect(ix.classes).toBeGreaterThan(1);
    expect(ix.groups).toBeLessThan(n / 4);
    expect(ix.tokenClasses.size + ix.treeClasses.size).toBeGreaterThan(0);
  });

  it('answers exactly as the dense path on 200 changes', () => {
    let reached = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const ctx = changeOf(n, seed, ids);
      const dense = denseScoreChange(model, ctx);
      const s = scoreChange(model, ctx);
      reached += dense.x.reach.filter((v) => v > 0).length;
      expect([...s.probability]).toEqual([...dense.probability]);
      expect(s.riskScore).toBe(dense.riskScore);
      const every = <T>(f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
      expect(JSON.stringify(every((i) => [contributions(s, i), reasonsOf(s, i)]))).toBe(JSON.stringify(every((i) => [denseContributions(dense, i), denseReasonsOf(dense, i)])));
      for (const budget of budgets) {
        const want = denseSelectTests(dense, budget);
        const got = selectTests(s, budget);
        expect({ ...got, ranked: [...got.ranked], selected: [...got.selected] }).toEqual({ ...want, ranked: [...want.ranked], selected: [...want.selected] });
      }
      releaseScored(s);
    }
    // The changes reached tests through imports (the case is not vacuous).
    expect(reached).toBeGreaterThan(200);
  });
});
