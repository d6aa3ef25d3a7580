// Planted flaky tests: each fails on its own with a fixed probability per execution, in one or two
// characteristic ways (a timeout, a timing assertion, an ordering race...).
//
// Rates are drawn as minRate · (maxRate/minRate)^(u^skew), u uniform: with skew 2 and 1%–40% the
// median is ~2.5% and the mean ~6.6%, so most flaky tests are rare and a few fail often — the shape
// reported for real suites (Luo et al. 2014, "An Empirical Analysis of Flaky Tests"; Google's
// "Flaky Tests at Google and How We Mitigate Them", 2016). Integration and slow tests are picked
// more often: async waits, I/O and timing are the commonest root causes in those studies.
// Some flakiness starts or stops during the history (a dependency upgrade, a fix), so a model that
// assumes a constant rate is tested too.

import type { Codebase, TestCase } from './codebase.ts';
import { Rng } from './prng.ts';
import type { RunnerId } from './runners.ts';

export type FlakyMode = 'timeout' | 'timing-assertion' | 'ordering' | 'connection-reset' | 'async-wait' | 'port-conflict';

export interface FlakyTest {
  test: number;
  /** Probability that one execution fails, while the flakiness is active. */
  rate: number;
  /** Ways it fails; the first is the most common. */
  modes: FlakyMode[];
  /** Active from / until (epoch ms); null means since the start / until the end. */
  since: number | null;
  until: number | null;
}

export interface FlakinessOptions {
  /** Share of tests planted flaky. */
  share: number;
  minRate: number;
  maxRate: number;
  skew: number;
  start: number;
  end: number;
}

const MODE_WEIGHTS: Record<RunnerId, [FlakyMode, number][]> = {
  surefire: [['timeout', 3], ['async-wait', 3], ['timing-assertion', 2], ['ordering', 2], ['connection-reset', 2], ['port-conflict', 1]],
  pytest: [['timeout', 3], ['timing-assertion', 3], ['ordering', 2], ['async-wait', 2], ['connection-reset', 2], ['port-conflict', 1]],
  jest: [['timeout', 4], ['async-wait', 4], ['timing-assertion', 2], ['ordering', 1], ['connection-reset', 1], ['port-conflict', 1]],
  gotest: [['timeout', 3], ['ordering', 3], ['async-wait', 2], ['timing-assertion', 2], ['connection-reset', 2], ['port-conflict', 1]],
};

export function plantFlakyTests(rng: Rng, codebase: Codebase, opts: FlakinessOptions): FlakyTest[] {
  const candidates = codebase.tests.filter((t) => t.skipReason === null);
  const count = Math.round(opts.share * codebase.tests.length);
  const chosen = weightedSample(rng, candidates, count, (t) => (t.integration ? 4 : 1) * (t.medianMs > 1000 ? 2 : 1));
  const span = opts.end - opts.start;
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((t) => {
      const rate = opts.minRate * Math.pow(opts.maxRate / opts.minRate, Math.pow(rng.next(), opts.skew));
      const modes = [pickMode(rng, t.runner)];
      if (rng.chance(0.35)) {
        const second = pickMode(rng, t.runner);
        if (second !== modes[0]) modes.push(second);
      }
      let since: number | null = null;
      let until: number | null = null;
      const shape = rng.next();
      if (shape < 0.2) since = opts.start + Math.round(span * rng.next() * 0.7);
      else if (shape < 0.3) {
        since = opts.start + Math.round(span * rng.next() * 0.5);
        until = since + Math.round(span * (0.1 + rng.next() * 0.4));
      } else if (shape < 0.4) until = opts.start + Math.round(span * (0.3 + rng.next() * 0.6));
      return { test: t.index, rate: round4(rate), modes, since, until };
    });
}

export function isFlakyActive(f: FlakyTest, at: number): boolean {
  return (f.since === null || at >= f.since) && (f.until === null || at < f.until);
}

function pickMode(rng: Rng, runner: RunnerId): FlakyMode {
  const weights = MODE_WEIGHTS[runner];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [mode, w] of weights) {
    x -= w;
    if (x < 0) return mode;
  }
  return weights[0]![0];
}

/** Weighted sampling without replacement (Efraimidis–Spirakis keys u^(1/w)). */
function weightedSample(rng: Rng, items: readonly TestCase[], k: number, weight: (t: TestCase) => number): TestCase[] {
  return items
    .map((t) => ({ t, key: Math.pow(rng.next(), 1 / weight(t)) }))
    .sort((a, b) => b.key - a.key || a.t.index - b.t.index)
    .slice(0, k)
    .map((x) => x.t);
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
