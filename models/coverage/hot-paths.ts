import type { Store } from '../../src/store/clickhouse.ts';
import { operationTraffic, type OperationTraffic } from '../../src/store/coverage-queries.ts';
import { linkTestTraces } from '../../src/store/test-links.ts';

// Hot-path coverage: how much of real production traffic runs through operations that some test
// exercises. Calls come from production entry spans (operation_days), "exercised" from the spans below
// test spans in test traces (test_operation_links). Both are keyed by the operation name given at
// ingestion (ingestion/otlp/operation-name.ts), so production's "GET /api/orders/:id" and the
// same route hit by a test with another id are one operation.
//
//   hotness       = the operation's share of all calls in the answer's scope
//   covered       = at least one test execution exercised it in the last max(window, 30 days)
//   coverage      = covered calls / all calls (calls-weighted: 0.8 = 80% of real traffic is tested)
//   uncoveredRisk = hotness × (1 + error rate) for an uncovered operation, 0 when covered

/** Tests count over at least this many days, however short the traffic window. */
export const MIN_TEST_DAYS = 30;

export interface HotPath {
  service: string;
  operation: string;
  kind: string;
  calls: number;
  errors: number;
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
  hotness: number;
  covered: boolean;
  tests: number;
  uncoveredRisk: number;
}

export interface CoverageScope {
  /** Production environment names (SIGNALHOUSE_PRODUCTION_ENVIRONMENTS), or the one asked for. */
  environments: readonly string[];
  /** Spans without an environment count: true when the environments are the production ones. */
  unlabelled: boolean;
  service?: string;
  repo?: string;
  windowDays: number;
}

export interface CoverageTotals {
  calls: number;
  coveredCalls: number;
  operations: number;
  coveredOperations: number;
  /** coveredCalls / calls; null when there was no traffic. */
  coverage: number | null;
}

/** Every operation of the scope with its coverage, hottest first. Links new test traces first. */
export async function hotPaths(store: Pick<Store, 'client' | 'insert'>, scope: CoverageScope): Promise<HotPath[]> {
  await linkTestTraces(store);
  const rows = await operationTraffic(store.client, {
    environments: scope.environments,
    unlabelled: scope.unlabelled,
    service: scope.service,
    repo: scope.repo,
    days: scope.windowDays,
    testDays: Math.max(scope.windowDays, MIN_TEST_DAYS),
  });
  return rankHotPaths(rows);
}

/** Shares and risks of operations' traffic (pure: the figures of one scope). */
export function rankHotPaths(rows: readonly OperationTraffic[]): HotPath[] {
  const total = rows.reduce((n, r) => n + r.calls, 0);
  return rows
    .map((r) => {
      const errorRate = r.calls > 0 ? r.errors / r.calls : 0;
      const hotness = total > 0 ? r.calls / total : 0;
      const covered = r.tests > 0;
      return { ...r, errorRate, hotness, covered, uncoveredRisk: covered ? 0 : hotness * (1 + errorRate) };
    })
    .sort((a, b) => b.calls - a.calls || a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation) || a.kind.localeCompare(b.kind));
}

export function totalsOf(paths: readonly HotPath[]): CoverageTotals {
  let calls = 0;
  let coveredCalls = 0;
  let coveredOperations = 0;
  for (const p of paths) {
    calls += p.calls;
    if (p.covered) {
      coveredCalls += p.calls;
      coveredOperations++;
    }
  }
  return { calls, coveredCalls, operations: paths.length, coveredOperations, coverage: calls > 0 ? coveredCalls / calls : null };
}

export interface ServiceCoverage extends CoverageTotals {
  service: string;
  errors: number;
  /** The service's share of all calls. */
  hotness: number;
  /** Its uncovered operations with the highest uncoveredRisk (at most three). */
  topGaps: { operation: string; kind: string; uncoveredRisk: number }[];
}

/** The same figures per service, the services with most uncovered traffic first. */
export function byService(paths: readonly HotPath[]): ServiceCoverage[] {
  const total = paths.reduce((n, p) => n + p.calls, 0);
  const groups = new Map<string, HotPath[]>();
  for (const p of paths) {
    const list = groups.get(p.service);
    if (list) list.push(p);
    else groups.set(p.service, [p]);
  }
  return [...groups.entries()]
    .map(([service, ops]) => ({
      service,
      ...totalsOf(ops),
      errors: ops.reduce((n, p) => n + p.errors, 0),
      hotness: total > 0 ? ops.reduce((n, p) => n + p.calls, 0) / total : 0,
      topGaps: ops
        .filter((p) => !p.covered)
        .sort((a, b) => b.uncoveredRisk - a.uncoveredRisk || a.operation.localeCompare(b.operation))
        .slice(0, 3)
        .map((p) => ({ operation: p.operation, kind: p.kind, uncoveredRisk: p.uncoveredRisk })),
    }))
    .sort((a, b) => b.calls - b.coveredCalls - (a.calls - a.coveredCalls) || a.service.localeCompare(b.service));
}
