// Infrastructure outages: CI failures that have nothing to do with the code under test.
//
// Two sources, because that is how they show up in real CI:
// - incident windows (a database sidecar image broken, DNS flapping, a registry rate-limiting pulls)
//   lasting from tens of minutes to hours; most runs that start inside one are hit, so failures
//   cluster in time across unrelated commits and branches;
// - sporadic single-run failures: a runner killed by the OOM killer, a lost runner, a flaky network.
// Each outage errors a large share of the affected runners' tests at once (all of them for a lost
// runner), which is what tells it apart from a regression (few tests, the same ones, until fixed)
// and from flakiness (one test, now and then).

import { Rng } from './prng.ts';
import { RUNNER_IDS, type RunnerId } from './runners.ts';

export type OutageKind = 'network' | 'dns' | 'registry' | 'oom' | 'runner-lost';

export interface OutageWindow {
  id: number;
  kind: 'network' | 'dns' | 'registry';
  start: number;
  end: number;
  /** One incident has one cause: every run it hits names the same host or image. */
  target: string;
}

export interface Outage {
  kind: OutageKind;
  runners: RunnerId[];
  /** Share of each affected runner's tests that error. For `oom`: the tail after position 1 - share. */
  share: number;
  windowId: number | null;
  /** The unreachable host or address, image or lost runner. */
  target: string;
}

const DAY_MS = 86_400_000;

export function planOutageWindows(rng: Rng, start: number, days: number): OutageWindow[] {
  const count = Math.max(days >= 7 ? 1 : 0, rng.poisson(days / 11));
  const windows: OutageWindow[] = [];
  for (let i = 0; i < count; i++) {
    const day = rng.int(0, Math.max(0, days - 1));
    const hour = 8 + rng.next() * 10;
    const s = start + day * DAY_MS + Math.floor(hour * 3_600_000);
    const minutes = Math.min(360, Math.max(20, rng.logNormal(80, 0.6)));
    const kind = rng.pick(['network', 'network', 'dns', 'registry'] as const);
    windows.push({ id: 0, kind, start: s, end: s + Math.floor(minutes * 60_000), target: targetFor(rng, kind) });
  }
  return windows.sort((a, b) => a.start - b.start).map((w, id) => ({ ...w, id }));
}

/**
 * Whether a run attempt starting at `at` is hit. `sporadicRate` is the per-attempt chance of an
 * outage outside any window; windows add their own share (about as much again at 20 commits a day).
 */
export function decideOutage(rng: Rng, at: number, windows: readonly OutageWindow[], sporadicRate: number): Outage | null {
  const w = windows.find((x) => at >= x.start && at < x.end);
  if (w && rng.chance(0.7)) return shape(rng, w.kind, w.id, w.target);
  if (!rng.chance(sporadicRate)) return null;
  const kind = rng.pick(['oom', 'oom', 'runner-lost', 'network'] as const);
  return shape(rng, kind, null, null);
}

function shape(rng: Rng, kind: OutageKind, windowId: number | null, target: string | null): Outage {
  switch (kind) {
    case 'network': {
      const runners: RunnerId[] = rng.chance(0.3) ? ['surefire', 'pytest', 'jest'] : ['surefire', 'pytest'];
      return { kind, runners, share: 0.5 + rng.next() * 0.45, windowId, target: target ?? targetFor(rng, kind) };
    }
    case 'dns':
      return { kind, runners: [...RUNNER_IDS], share: 0.4 + rng.next() * 0.5, windowId, target: target ?? targetFor(rng, kind) };
    case 'registry': {
      // Testcontainers pulls images for the JVM and Python integration tests; Jest mocks its backends.
      const runners: RunnerId[] = rng.chance(0.5) ? ['surefire', 'pytest'] : ['surefire'];
      return { kind, runners, share: 0.35 + rng.next() * 0.45, windowId, target: target ?? targetFor(rng, kind) };
    }
    case 'oom':
      return { kind, runners: [rng.pick(RUNNER_IDS)], share: 0.35 + rng.next() * 0.45, windowId, target: '' };
    case 'runner-lost':
      return { kind, runners: [...RUNNER_IDS], share: 1, windowId, target: `gha-runner-${rng.hex(6)}` };
  }
}

function targetFor(rng: Rng, kind: 'network' | 'dns' | 'registry'): string {
  if (kind === 'network') return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}:5432`;
  if (kind === 'dns') return `postgres-${rng.hex(5)}.ci.internal`;
  return rng.pick(['postgres:15.6', 'redis:7.2-alpine', 'localstack/localstack:3.4']);
}
