import { beforeAll, describe, expect, it } from 'vitest';
import { buildMonorepoHistory, monorepoPaths } from '../bench/monorepo-history.ts';
import { ensureFailureClasses } from '../models/failures/classify.ts';
import { loadRiskModel, type RiskModel } from '../models/risk/model.ts';
import { contributions, reasonsOf, releaseScored, scoreChange, selectTests, type Budget, type ChangeContext, type RuntimePath } from '../models/risk/score.ts';
import { scoreIndexOf } from '../models/risk/score-index.ts';
import { trainRiskModel } from '../models/risk/train.ts';
import { denseContributions, denseReasonsOf, denseScoreChange, denseSelectTests } from './support/risk-dense.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// The sparse scoring path (tests with evidence of their own one by one, the rest by group, buffers
// reused across requests) must answer exactly as the dense one did (test/support/risk-dense.ts: every
// test scored and ranked one by one): same probabilities, riskScore, selected tests, order and reasons.
// On a model trained on a generated monorepo history (modules of 200 tests, beside and mirrored test
// trees, regressions and flaky tests), asked about many changes shaped like its commits and odder ones.

const TESTS = 4000;
const BUDGETS: Budget[] = [{ fraction: 0.1 }, { fraction: 0.25 }, { minutes: 13 }, { confidence: 0.95 }, { confidence: 0.5 }];

/** A repeatable pseudo-random stream. */
function rng(seed: number): () => number {
  let s = seed * 2654435761;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function changeOf(model: RiskModel, seed: number): ChangeContext {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const modules = monorepoPaths.modules(TESTS);
  const home = Math.floor(rand() * modules);
  const files = Array.from({ length: 1 + Math.floor(rand() * 60) }, () => {
    const m = rand() < 0.8 ? home : Math.floor(rand() * modules);
    const r = rand();
    const path =
      r < 0.1 ? monorepoPaths.test(m, Math.floor(rand() * 20))
      : r < 0.15 ? pick(['README.md', 'package.json', 'services/shared/util.ts', `${monorepoPaths.module(m)}/docs/notes.md`])
      // Deeper than the tree feature's top bin (9+ folders below the plumbing).
      : r < 0.18 ? `${monorepoPaths.module(m)}/a/b/c/d/e/f/g/h/${monorepoPaths.stem(m, 1)}.ts`
      : monorepoPaths.source(m, Math.floor(rand() * 30));
    return { path, added: Math.floor(rand() * 80), removed: Math.floor(rand() * 30) };
  });
  const ids = model.tests.map((t) => t.testId);
  const some = (k: number) => new Set(Array.from({ length: k }, () => pick(ids)));
  const withFailures = [...model.withFailures].map((i) => ids[i]!);
  const runtime = new Map<string, RuntimePath>([...some(seed % 3 === 0 ? 5 : 0)].map((id) => [id, { service: 'api', operation: 'GET /x', share: rand(), via: 'test' }] as const));
  return {
    files,
    branch: seed % 2 === 0 ? 'main' : 'feature/x',
    ...(seed % 4 === 0 ? {} : { parent: `p${seed}` }),
    parentFailing: new Set([...(withFailures.length > 0 && seed % 4 !== 0 ? [pick(withFailures)] : []), ...some(seed % 5)]),
    at: new Date(model.asOf.getTime() + Math.floor(rand() * 10 * 86_400_000)),
    liveFailures: [...some(seed % 3)].map((testId) => ({ testId, at: model.asOf.getTime() + Math.floor(rand() * 86_400_000) })),
    quarantined: some(seed % 7 === 0 ? 0 : 20),
    ...(seed % 5 === 0 ? { mandatory: new Map([...some(3)].map((id) => [id, 'incident regression suite'] as const)) } : {}),
    ...(runtime.size > 0 ? { runtime } : {}),
  };
}

let model: RiskModel;
beforeAll(async () => {
  const store = await testStore();
  const repo = uniqueRepo('risk-sparse');
  await buildMonorepoHistory(store.client, { repo, tests: TESTS, commits: 40, days: 14 });
  await ensureFailureClasses(store.client, repo);
  await trainRiskModel(store, repo);
  model = (await loadRiskModel(store.client, repo))!;
}, 600_000);

describe('sparse scoring', () => {
  it('scores most tests by group on a monorepo model', () => {
    const ix = scoreIndexOf(model);
    expect(model.tests.length).toBe(TESTS);
    expect(ix.groups).toBeLessThan(TESTS / 10);
    const s = scoreChange(model, changeOf(model, 2));
    expect(s.sparse.ws.touched.length).toBeLessThan(TESTS / 2);
    releaseScored(s);
  });

  it('answers every change and budget as the dense path does: probabilities, riskScore, selection, order, reasons', () => {
    let compared = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const ctx = changeOf(model, seed);
      const dense = denseScoreChange(model, ctx);
      const s = scoreChange(model, ctx);
      expect([...s.probability]).toEqual([...dense.probability]);
      expect(s.riskScore).toBe(dense.riskScore);
      expect(s.independentRisk).toBe(dense.independentRisk);
      expect(s.knownFailing).toEqual(dense.knownFailing);
      expect(s.changedTestFiles).toEqual(dense.changedTestFiles);
      expect([...s.always]).toEqual(dense.always);
      expect([...s.quarantined]).toEqual([...dense.quarantined]);
      for (let i = seed % 5; i < TESTS; i += 5) expect(contributions(s, i)).toEqual(denseContributions(dense, i));
      for (const budget of BUDGETS) {
        const want = denseSelectTests(dense, budget);
        const got = selectTests(s, budget);
        expect({ ...got, ranked: [...got.ranked], selected: [...got.selected] }).toEqual({ ...want, ranked: [...want.ranked], selected: [...want.selected] });
        // The reasons of the top of the answer and of some tests further down.
        for (const i of [...want.ranked.subarray(0, 40), ...want.ranked.filter((_, k) => k % 97 === 0)]) expect(reasonsOf(s, i)).toEqual(denseReasonsOf(dense, i));
        compared++;
      }
      releaseScored(s);
    }
    expect(compared).toBe(60 * BUDGETS.length);
  });

  it('gives the same answers when requests overlap and reuse each other\'s buffers', () => {
    const a = changeOf(model, 101);
    const b = changeOf(model, 102);
    const first = scoreChange(model, a);
    const second = scoreChange(model, b);
    expect([...first.probability]).toEqual([...denseScoreChange(model, a).probability]);
    releaseScored(first);
    releaseScored(first);
    const third = scoreChange(model, a);
    expect(third.sparse.ws).toBe(first.sparse.ws);
    expect([...third.probability]).toEqual([...denseScoreChange(model, a).probability]);
    expect([...second.probability]).toEqual([...denseScoreChange(model, b).probability]);
    expect([...selectTests(third, { fraction: 0.2 }).ranked]).toEqual([...denseSelectTests(denseScoreChange(model, a), { fraction: 0.2 }).ranked]);
    releaseScored(second);
    releaseScored(third);
  });
});
