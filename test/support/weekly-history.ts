import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { junitTestId } from '../../ingestion/test-identity.ts';
import { parseWeek, type IsoWeek } from '../../models/report/week.ts';
import type { Store } from '../../src/store/clickhouse.ts';
import { recordSelection } from '../../src/store/risk-selections.ts';

// A small CI history around ISO week 2026-W48 whose truth is known by construction: every failure is
// planted with the class it must get (a flaky test that passes on the re-run of its commit, a test
// broken for three commits, an out-of-memory error), each run's test durations are chosen, and the
// risk selections and changed files are given. expectedWeek() derives every number of the weekly
// report from this description alone, independently of the SQL that computes them.

export type FailureClass = 'product' | 'flaky' | 'infrastructure';
export interface PlantedFailure {
  kind: 'failure' | 'error';
  text: string;
  cls: FailureClass;
}
export interface PlannedRun {
  runId: string;
  attempt: number;
  commit: string;
  at: string;
  /** Duration of every test case of the run, in seconds. */
  seconds: number;
  failures: Record<string, PlantedFailure>;
  /** Files the commit changed (sent once per commit, with its first run). */
  files?: string[];
}

export const SUITE = 'com.acme.CartTest';
export const TESTS = ['timing', 'totals', 'oom', ...Array.from({ length: 10 }, (_, i) => `other${i}`)];

const flaky = (ms: number): PlantedFailure => ({ kind: 'failure', text: `took ${ms} ms, limit 5000 ms`, cls: 'flaky' });
const broken: PlantedFailure = { kind: 'failure', text: 'expected total 42.00 but was 41.99', cls: 'product' };
const oom: PlantedFailure = { kind: 'error', text: 'java.lang.OutOfMemoryError: Java heap space', cls: 'infrastructure' };

export const RUNS: PlannedRun[] = [
  // 2026-W47
  { runId: 'p1', attempt: 1, commit: 'p1', at: '2026-11-16T10:00:00Z', seconds: 30, failures: {}, files: ['web/app/cart.ts'] },
  { runId: 'p2', attempt: 1, commit: 'p2', at: '2026-11-17T10:00:00Z', seconds: 40, failures: { timing: flaky(5003) } },
  { runId: 'p2', attempt: 2, commit: 'p2', at: '2026-11-17T11:00:00Z', seconds: 40, failures: {} },
  // 2026-W48
  { runId: 'w1', attempt: 1, commit: 'c1', at: '2026-11-23T10:00:00Z', seconds: 20, failures: { timing: flaky(5021) }, files: ['web/app/cart.ts'] },
  { runId: 'w1', attempt: 2, commit: 'c1', at: '2026-11-23T11:00:00Z', seconds: 50, failures: {} },
  { runId: 'w2', attempt: 1, commit: 'c2', at: '2026-11-24T10:00:00Z', seconds: 60, failures: { totals: broken }, files: ['services/cart/src/Total.java', 'services/cart/pom.xml'] },
  { runId: 'w3', attempt: 1, commit: 'c3', at: '2026-11-25T10:00:00Z', seconds: 70, failures: { totals: broken, timing: flaky(5117) }, files: ['docs/cart.md'] },
  { runId: 'w4', attempt: 1, commit: 'c4', at: '2026-11-26T10:00:00Z', seconds: 80, failures: { totals: broken }, files: ['services/cart/src/Total.java'] },
  { runId: 'w5', attempt: 1, commit: 'c5', at: '2026-11-27T10:00:00Z', seconds: 90, failures: { oom }, files: ['build.gradle'] },
  { runId: 'w6', attempt: 1, commit: 'c6', at: '2026-11-28T10:00:00Z', seconds: 100, failures: {}, files: ['services/cart/src/Cart.java'] },
  // 2026-W49: must not count in W48.
  { runId: 'n1', attempt: 1, commit: 'c7', at: '2026-12-01T10:00:00Z', seconds: 30, failures: { timing: flaky(5011), oom } },
];

/** Risk selections recorded for commits of W48: what was left out. */
export const SELECTIONS = [
  { commit: 'c2', askedAt: '2026-11-24T09:59:00Z', skipped: ['totals', 'other0'] },
  { commit: 'c6', askedAt: '2026-11-28T09:59:00Z', skipped: ['timing'] },
];

export const testId = (repo: string, name: string) => junitTestId(repo, SUITE, SUITE, name);
export const runUrl = (run: { runId: string; attempt: number }) => `https://ci.example.com/acme/cart/runs/${run.runId}/attempts/${run.attempt}`;

function report(run: PlannedRun): string {
  const cases = TESTS.map((name) => {
    const f = run.failures[name];
    const open = `<testcase classname="${SUITE}" name="${name}" time="${run.seconds}"`;
    if (!f) return `${open}/>`;
    return `${open}><${f.kind} message="${f.text}" type="java.lang.AssertionError">${f.text}\n\tat ${SUITE}.${name}(CartTest.java:42)</${f.kind}></testcase>`;
  });
  return `<testsuite name="${SUITE}">${cases.join('\n')}</testsuite>`;
}

export async function loadWeeklyHistory(app: FastifyInstance, store: Store, repo: string): Promise<void> {
  for (const run of RUNS) {
    if (run.files) {
      const res = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: run.commit, branch: 'main', files: run.files.map((path) => ({ path })) } });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    const q = new URLSearchParams({ repo, branch: 'main', commit: run.commit, runId: run.runId, attempt: String(run.attempt), startedAt: run.at, url: runUrl(run) });
    const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(run), headers: { 'content-type': 'application/xml' } });
    expect(res.statusCode, res.body).toBe(201);
  }
  for (const s of SELECTIONS) {
    await recordSelection(store, {
      repo,
      commit: s.commit,
      branch: 'main',
      askedAt: new Date(s.askedAt),
      total: TESTS.length,
      selected: TESTS.filter((t) => !s.skipped.includes(t)).map((t) => testId(repo, t)),
      quarantined: [],
      riskScore: 0.5,
    });
  }
}

/** PERCENTILE.INC: linear interpolation between closest ranks. */
export function percentileInc(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
}

const inWeek = (w: IsoWeek, at: string | Date) => {
  const t = new Date(at).getTime();
  return t >= w.start.getTime() && t < w.end.getTime();
};

/** Every number of the weekly report for a week, derived from RUNS and SELECTIONS. */
export function expectedWeek(label: string) {
  const w = parseWeek(label);
  const runs = RUNS.filter((r) => inWeek(w, r.at));
  const count = (cls: FailureClass) => runs.reduce((n, r) => n + Object.values(r.failures).filter((f) => f.cls === cls).length, 0);
  const product = count('product');
  const flakyN = count('flaky');
  const infrastructure = count('infrastructure');
  const flakyRuns = runs.filter((r) => Object.values(r.failures).some((f) => f.cls === 'flaky'));
  const rerunMinutes = flakyRuns.reduce((m, r) => {
    const next = RUNS.find((x) => x.runId === r.runId && x.attempt === r.attempt + 1);
    return m + (next ? (TESTS.length * next.seconds) / 60 : 0);
  }, 0);
  // A commit's first run, first attempt: every result ends `seconds` after the run started.
  const firstRuns = [...new Set(RUNS.map((r) => r.commit))]
    .map((c) => RUNS.filter((r) => r.commit === c).sort((a, b) => a.at.localeCompare(b.at))[0]!)
    .filter((r) => inWeek(w, r.at));
  const waits = firstRuns.map((r) => r.seconds / 60);
  const windowStart = w.end.getTime() - 30 * 86_400_000;
  const flakyTests = new Set(
    RUNS.filter((r) => new Date(r.at).getTime() >= windowStart && new Date(r.at) < w.end).flatMap((r) =>
      Object.entries(r.failures).filter(([, f]) => f.cls === 'flaky').map(([t]) => t),
    ),
  );
  const selections = SELECTIONS.filter((s) => inWeek(w, s.askedAt));
  const misses = selections.reduce((n, s) => {
    const asked = new Date(s.askedAt).getTime();
    const later = RUNS.filter((r) => new Date(r.at).getTime() > asked && new Date(r.at).getTime() < asked + 7 * 86_400_000);
    return n + s.skipped.filter((t) => later.some((r) => r.failures[t]?.cls === 'product')).length;
  }, 0);
  // Folders: first two directory levels of the changed files of the week's commits.
  const folderOf = (p: string) => {
    const parts = p.split('/');
    return parts.length < 2 ? '(root)' : parts.slice(0, Math.min(2, parts.length - 1)).join('/');
  };
  const folderStats = new Map<string, { commits: Set<string>; failing: Set<string> }>();
  for (const r of firstRuns) {
    const failing = RUNS.some((x) => x.commit === r.commit && Object.values(x.failures).some((f) => f.cls === 'product'));
    for (const f of new Set((r.files ?? []).map(folderOf))) {
      const s = folderStats.get(f) ?? { commits: new Set(), failing: new Set() };
      s.commits.add(r.commit);
      if (failing) s.failing.add(r.commit);
      folderStats.set(f, s);
    }
  }
  const folders = [...folderStats]
    .map(([folder, s]) => ({ folder, commits: s.commits.size, failingCommits: s.failing.size, failureRate: s.failing.size / s.commits.size }))
    .filter((f) => f.failingCommits > 0)
    .sort((a, b) => b.failingCommits - a.failingCommits || b.failureRate - a.failureRate || a.folder.localeCompare(b.folder));
  return {
    failures: { product, flaky: flakyN, infrastructure, total: product + flakyN + infrastructure },
    signalToNoise: flakyN + infrastructure > 0 ? product / (flakyN + infrastructure) : null,
    infrastructureShare: product + flakyN + infrastructure > 0 ? infrastructure / (product + flakyN + infrastructure) : null,
    runAttempts: runs.length,
    flakyRunShare: runs.length ? flakyRuns.length / runs.length : null,
    rerunMinutes,
    flakyTests: flakyTests.size,
    flakyTestNames: [...flakyTests],
    latency: { p50: percentileInc(waits, 0.5), p90: percentileInc(waits, 0.9), commits: waits.length },
    selection: {
      changes: selections.length,
      runs: new Set(RUNS.filter((r) => selections.some((s) => s.commit === r.commit)).map((r) => r.runId)).size,
      testsSkipped: selections.reduce((n, s) => n + s.skipped.length, 0),
      misses,
    },
    folders,
  };
}
