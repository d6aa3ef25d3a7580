import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planTests } from '../models/coverage/deploy-plan.ts';
import { byService, rankHotPaths, totalsOf } from '../models/coverage/hot-paths.ts';
import { operationName } from '../ingestion/otlp/operation-name.ts';
import type { CoveringTest, OperationTraffic } from '../src/store/coverage-queries.ts';
import { DEFAULT_TRAFFIC, expectedName, generateTraffic } from '../tools/history/traffic.ts';

// The pure parts of hot-path coverage: shares and risks, per-service totals, the deployment plan's
// choice under a budget, and the traffic generator the eval plants its truth with.

const op = (service: string, operation: string, calls: number, errors: number, tests: number): OperationTraffic => ({ service, operation, kind: 'server', calls, errors, p50Ms: 1, p95Ms: 2, tests });

describe('rankHotPaths and totals', () => {
  const paths = rankHotPaths([op('b', 'GET /x', 10, 5, 0), op('a', 'GET /y', 30, 0, 2), op('a', 'POST /z', 60, 0, 0)]);

  it('shares calls, covers by tests, and ranks gaps by hotness × (1 + error rate)', () => {
    expect(paths.map((p) => [p.operation, p.hotness, p.covered, p.uncoveredRisk])).toEqual([
      ['POST /z', 0.6, false, 0.6],
      ['GET /y', 0.3, true, 0],
      ['GET /x', 0.1, false, 0.1 * 1.5],
    ]);
    expect(totalsOf(paths)).toEqual({ calls: 100, coveredCalls: 30, operations: 3, coveredOperations: 1, coverage: 0.3 });
    expect(totalsOf([]).coverage).toBeNull();
  });

  it('sums per service, most uncovered traffic first, with the worst gaps', () => {
    const services = byService(paths);
    expect(services.map((s) => [s.service, s.calls, s.coveredCalls, s.coverage, s.topGaps.map((g) => g.operation)])).toEqual([
      ['a', 90, 30, 30 / 90, ['POST /z']],
      ['b', 10, 0, 0, ['GET /x']],
    ]);
  });
});

describe('planTests', () => {
  const hot = rankHotPaths([op('s', 'GET /a', 50, 0, 1), op('s', 'GET /b', 30, 0, 1), op('s', 'GET /c', 20, 0, 0)]);
  const test = (testId: string, durationMs: number, operation: string): CoveringTest => ({ repo: 'r', testId, suite: '', className: '', name: testId, durationMs, operation, kind: 'server' });

  it('validates the most traffic per minute within the budget, lists gaps, and runs required tests first', () => {
    const covering = [test('slow', 120_000, 'GET /a'), test('slow', 120_000, 'GET /b'), test('fastA', 10_000, 'GET /a'), test('fastB', 50_000, 'GET /b')];
    const plan = planTests(hot, covering, { budgetMinutes: 1, required: [{ repo: 'r', testId: 'inc', name: 'inc', durationMs: 1_000, reason: 'incident INC-1' }] });
    expect(plan.tests.map((t) => t.testId)).toEqual(['inc', 'fastA']); // fastB would pass the minute
    expect(plan.trafficValidated).toBeCloseTo(0.5, 12);
    expect(plan.gaps.map((g) => g.operation)).toEqual(['GET /c']);
    const roomy = planTests(hot, covering, { budgetMinutes: 10 });
    expect(roomy.tests.map((t) => t.testId)).toEqual(['fastA', 'fastB']); // slow adds nothing new after them
    expect(roomy.operations.map((o) => o.validatedBy)).toEqual(['fastA', 'fastB', null]);
  });
});

describe('traffic generator', () => {
  it('is deterministic, and its spans are named as the truth says', () => {
    const end = new Date('2026-12-01T12:00:00Z');
    const a = mkdtempSync(join(tmpdir(), 'traffic-a-'));
    const b = mkdtempSync(join(tmpdir(), 'traffic-b-'));
    try {
      const truth = generateTraffic(a, { ...DEFAULT_TRAFFIC, requests: 2_000, end });
      generateTraffic(b, { ...DEFAULT_TRAFFIC, requests: 2_000, end });
      const files = readdirSync(join(a, 'traffic')).sort();
      expect(files).toEqual(readdirSync(join(b, 'traffic')).sort());
      for (const f of files) expect(readFileSync(join(a, 'traffic', f)).equals(readFileSync(join(b, 'traffic', f))), f).toBe(true);
      expect(truth.calls).toBe(2_000);
      expect(truth.operations.filter((o) => o.hot)).toHaveLength(4);
      // Every production entry span, named by the service's rules, is one of the planted operations.
      const planted = new Set(truth.operations.map((o) => `${o.service} ${o.operation}`));
      let entries = 0;
      for (const f of files) {
        type Export = { resourceSpans: { resource: { attributes: { key: string; value: { stringValue: string } }[] }; scopeSpans: { spans: { name: string; kind: number; attributes: { key: string; value: { stringValue: string } }[] }[] }[] }[] };
        const body = JSON.parse(readFileSync(join(a, 'traffic', f), 'utf8')) as Export;
        for (const rs of body.resourceSpans) {
          const res = Object.fromEntries(rs.resource.attributes.map((x) => [x.key, x.value.stringValue]));
          if (res['deployment.environment.name'] === 'staging' || res['deployment.environment.name'] === 'ci' || res['service.name'] === 'it-runner') continue;
          for (const s of rs.scopeSpans[0]!.spans) {
            if (s.kind !== 2 && s.kind !== 5) continue;
            entries++;
            const name = operationName({ name: s.name, spanAttributes: Object.fromEntries(s.attributes.map((x) => [x.key, x.value.stringValue])) });
            expect(planted).toContain(`${res['service.name']} ${name}`);
          }
        }
      }
      expect(entries).toBe(2_000);
      expect(expectedName({ shape: 'esm-unhooked', route: '/a/:x/b/:y', method: 'GET' })).toBe('GET /a/:id/b/:id');
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
