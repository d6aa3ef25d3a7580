import type { DeploymentRecord } from '../../ingestion/deployments.ts';
import type { Store } from '../../src/store/clickhouse.ts';
import { coveringTests, type CoveringTest } from '../../src/store/coverage-queries.ts';
import { hotPaths, MIN_TEST_DAYS, type HotPath } from './hot-paths.ts';

// The post-deploy validation plan of a deployment: the tests that exercise the deployed service's
// hottest operations, within a time budget. Which tests: a weighted set cover, greedy — repeatedly the
// test that validates the most not-yet-validated traffic per minute of running it — because one test
// per operation validates it, and a budget is minutes. Operations no test exercises are listed as
// gaps, hottest first. Tests that must run whatever the budget (incident regression suites of the
// service) come in as `required` and are planned first.

export interface PlanOptions {
  budgetMinutes: number;
  /** The service's hottest operations to validate, at most. */
  operations: number;
  windowDays: number;
  /** Production environment names (SIGNALHOUSE_PRODUCTION_ENVIRONMENTS): unlabelled spans count for them. */
  production: readonly string[];
  /** Tests that run whatever the budget, with why. */
  required?: readonly { repo: string; testId: string; name: string; durationMs: number; reason: string }[];
}

export interface PlannedTest {
  repo: string;
  testId: string;
  suite: string;
  className: string;
  name: string;
  durationMs: number;
  /** The hot operations it validates (that no test before it in the plan did). */
  validates: { operation: string; kind: string; hotness: number }[];
  reason: string;
}

export interface DeploymentPlan {
  deployment: DeploymentRecord;
  budgetMinutes: number;
  estimatedMinutes: number;
  /** Share of the service's calls whose operation a planned test validates. */
  trafficValidated: number;
  operations: { operation: string; kind: string; calls: number; hotness: number; tests: number; validatedBy: string | null }[];
  tests: PlannedTest[];
  /** Hot operations that no test exercises: what the deployment ships unvalidated. */
  gaps: { operation: string; kind: string; hotness: number }[];
}

export async function deploymentPlan(store: Pick<Store, 'client' | 'insert'>, d: DeploymentRecord, o: PlanOptions): Promise<DeploymentPlan> {
  const paths = await hotPaths(store, {
    environments: [d.environment],
    unlabelled: o.production.includes(d.environment),
    service: d.service,
    repo: d.repo || undefined,
    windowDays: o.windowDays,
  });
  const testDays = Math.max(o.windowDays, MIN_TEST_DAYS);
  const tests = await coveringTests(store.client, { service: d.service, testDays, repo: d.repo || undefined });
  return { deployment: d, ...planTests(paths.slice(0, o.operations), tests, o) };
}

const opKey = (o: { operation: string; kind: string }) => `${o.kind} ${o.operation}`;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The plan over the service's hot operations (hottest first) and the tests that exercise them (pure). */
export function planTests(hot: readonly HotPath[], covering: readonly CoveringTest[], o: Pick<PlanOptions, 'budgetMinutes' | 'required'>): Omit<DeploymentPlan, 'deployment'> {
  const hotness = new Map(hot.map((p) => [opKey(p), p]));
  const candidates = new Map<string, { test: CoveringTest; ops: Set<string> }>();
  for (const t of covering) {
    if (!hotness.has(opKey(t))) continue;
    const id = `${t.repo}\n${t.testId}`;
    let c = candidates.get(id);
    if (!c) candidates.set(id, (c = { test: t, ops: new Set() }));
    c.ops.add(opKey(t));
  }
  const budgetMs = o.budgetMinutes * 60_000;
  const validatedBy = new Map<string, string>();
  const planned: PlannedTest[] = [];
  let ms = 0;
  for (const r of o.required ?? []) {
    planned.push({ repo: r.repo, testId: r.testId, suite: '', className: '', name: r.name, durationMs: r.durationMs, validates: [], reason: r.reason });
    ms += r.durationMs;
    candidates.delete(`${r.repo}\n${r.testId}`);
  }
  for (;;) {
    let best: { id: string; gain: number; perMs: number } | null = null;
    for (const [id, c] of candidates) {
      if (ms + c.test.durationMs > budgetMs) continue;
      let gain = 0;
      for (const k of c.ops) if (!validatedBy.has(k)) gain += hotness.get(k)!.hotness;
      if (gain <= 0) continue;
      const perMs = gain / Math.max(c.test.durationMs, 1);
      if (!best || perMs > best.perMs || (perMs === best.perMs && id < best.id)) best = { id, gain, perMs };
    }
    if (!best) break;
    const { test, ops } = candidates.get(best.id)!;
    candidates.delete(best.id);
    const validates = [...ops]
      .filter((k) => !validatedBy.has(k))
      .map((k) => hotness.get(k)!)
      .sort((a, b) => b.hotness - a.hotness)
      .map((p) => ({ operation: p.operation, kind: p.kind, hotness: p.hotness }));
    for (const v of validates) validatedBy.set(opKey(v), test.testId);
    ms += test.durationMs;
    const head = validates[0]!;
    const more = validates.length > 1 ? ` and ${validates.length - 1} more hot operation${validates.length > 2 ? 's' : ''}` : '';
    planned.push({
      repo: test.repo,
      testId: test.testId,
      suite: test.suite,
      className: test.className,
      name: test.name,
      durationMs: test.durationMs,
      validates,
      reason: `exercises ${head.operation} (${pct(head.hotness)} of the service's traffic)${more}`,
    });
  }
  // Run order: required tests, then the most traffic validated first (a run cut short still checked the most).
  const worth = (t: PlannedTest) => t.validates.reduce((n, v) => n + v.hotness, 0);
  const required = o.required?.length ?? 0;
  const ordered = [...planned.slice(0, required), ...planned.slice(required).sort((a, b) => worth(b) - worth(a))];
  const testsPerOp = new Map<string, number>();
  for (const c of covering) if (hotness.has(opKey(c))) testsPerOp.set(opKey(c), (testsPerOp.get(opKey(c)) ?? 0) + 1);
  return {
    budgetMinutes: o.budgetMinutes,
    estimatedMinutes: Math.round((ms / 60_000) * 100) / 100,
    trafficValidated: hot.filter((p) => validatedBy.has(opKey(p))).reduce((n, p) => n + p.hotness, 0),
    operations: hot.map((p) => ({ operation: p.operation, kind: p.kind, calls: p.calls, hotness: p.hotness, tests: testsPerOp.get(opKey(p)) ?? 0, validatedBy: validatedBy.get(opKey(p)) ?? null })),
    tests: ordered,
    gaps: hot.filter((p) => !testsPerOp.has(opKey(p))).map((p) => ({ operation: p.operation, kind: p.kind, hotness: p.hotness })),
  };
}
