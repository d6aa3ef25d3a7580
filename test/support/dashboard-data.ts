import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { SpanRecord } from '../../ingestion/records.ts';
import { ensureFailureClasses } from '../../models/failures/classify.ts';
import type { Store } from '../../src/store/clickhouse.ts';
import { incidentRow } from '../../src/store/incidents.ts';
import { recordSelection } from '../../src/store/risk-selections.ts';
import { TraceWrites } from '../../src/store/traces.ts';
import { DEFAULT_OPTIONS, generateHistory } from '../../tools/history/generate.ts';
import { spanRecord } from './spans.ts';

// Generated data for every table a dashboard reads: a CI history from tools/history (results, runs,
// changed files) loaded through the HTTP API, a risk selection recorded for each commit (half the tests
// skipped, so real failures of skipped tests become misses), production and CI spans of two services
// (one operation only ever seen in production), OpenTelemetry test spans whose traces reach a service,
// and incidents on those services. Failures are classified, as the service does before training.

export const SERVICES = ['checkout', 'payments'] as const;
const NS_PER_MS = 1_000_000n;

export async function loadDashboardData(app: FastifyInstance, store: Store, repo: string): Promise<{ from: Date; to: Date }> {
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-dash-'));
  await generateHistory({ ...DEFAULT_OPTIONS, out: dir, days: 10, tests: 80, files: 40, commitsPerDay: 8, seed: 5, repo });
  const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) as {
    runId: string; attempt: number; branch: string; commit: string; startedAt: string; reports: string[]; files: { path: string; added: number; removed: number }[];
  }[];
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as { tests: { testId: string }[] };
  const seen = new Set<string>();
  for (const m of manifest) {
    if (!seen.has(m.commit)) {
      seen.add(m.commit);
      if (m.files.length > 0) {
        const ch = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: m.commit, branch: m.branch, files: m.files } });
        expect(ch.statusCode, ch.body).toBeLessThan(300);
      }
      await recordSelection(store, {
        repo, commit: m.commit, branch: m.branch, askedAt: new Date(new Date(m.startedAt).getTime() - 60_000),
        total: truth.tests.length, selected: truth.tests.filter((_, i) => i % 2 === 0).map((t) => t.testId), quarantined: [], riskScore: (seen.size % 10) / 10,
      });
    }
    for (const r of m.reports) {
      const q = new URLSearchParams({ repo, branch: m.branch, commit: m.commit, runId: m.runId, attempt: String(m.attempt), startedAt: m.startedAt, fileName: r });
      const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: readFileSync(join(dir, r)), headers: { 'content-type': 'application/xml' } });
      expect(res.statusCode, res.body).toBe(201);
    }
  }
  // The service classifies failures when a model needs them (flakiness, risk training); dashboards
  // read the classes as stored.
  await ensureFailureClasses(store.client, repo);
  const from = new Date(manifest[0]!.startedAt);
  const to = new Date(manifest.at(-1)!.startedAt);

  // Spans: every hour, production calls to both services; CI traces of a test reach `GET /cart` only.
  const spans: SpanRecord[] = [];
  const at = (t: number) => BigInt(t) * NS_PER_MS;
  for (let t = from.getTime(); t < to.getTime(); t += 3_600_000) {
    for (const [service, op] of [['checkout', 'GET /cart'], ['checkout', 'POST /cart/checkout'], ['payments', 'POST /charge']] as const) {
      spans.push(spanRecord({ serviceName: service, name: op, kind: 'server', environment: 'production', startTimeUnixNano: at(t), durationNs: 5_000_000n }));
    }
  }
  for (const [i, m] of manifest.slice(0, 20).entries()) {
    const test = spanRecord({
      serviceName: 'checkout-tests', name: 'CartTest.addsItem', environment: 'ci', startTimeUnixNano: at(new Date(m.startedAt).getTime()),
      spanAttributes: { 'test.case.name': 'com.acme.CartTest.addsItem', 'test.case.result.status': i % 7 === 0 ? 'fail' : 'pass', 'cicd.pipeline.run.id': `otel-${i}`, 'vcs.ref.head.revision': m.commit, 'vcs.ref.head.name': m.branch },
    });
    spans.push(test, spanRecord({ traceId: test.traceId, parentSpanId: test.spanId, serviceName: 'checkout', name: 'GET /cart', kind: 'server', environment: 'ci', startTimeUnixNano: test.startTimeUnixNano + 1000n }));
  }
  const stored = await new TraceWrites(store.writer).store(spans, { sourceId: `dash-${repo}`, defaultRepo: repo });
  expect(stored.testResults).toBe(20);

  const incident = (id: string, services: string[], hours: number, resolvedAfter: number | null) =>
    incidentRow({
      id, repo, title: `${services.join(' and ')} errors`, severity: hours % 2 ? 'sev2' : 'sev1', status: resolvedAfter ? 'resolved' : 'open', services, traceIds: [],
      startedAt: new Date(from.getTime() + hours * 3_600_000), resolvedAt: resolvedAfter ? new Date(from.getTime() + (hours + resolvedAfter) * 3_600_000) : null, raw: '{}',
    });
  await store.insert('incidents', [incident('INC-1', ['checkout'], 30, 2), incident('INC-2', ['payments'], 75, 5), incident('INC-3', ['checkout', 'payments'], 120, null)]);
  return { from, to };
}
