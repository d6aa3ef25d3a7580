import type { Store } from '../../src/store/clickhouse.ts';
import {
  baselines,
  entrySpansOfTraces,
  errorEntrySpans,
  slowestEntrySpans,
  testsExercising,
  type EntrySpan,
} from '../../src/store/incident-evidence.ts';
import { readIncidentSuite, storeIncidentSuite, type StoredIncident } from '../../src/store/incidents.ts';
import { linkTestTraces } from '../../src/store/test-links.ts';
import { scenariosOf, type Scenario } from './scenarios.ts';

// An incident's regression suite: evidence traces → scenarios (scenarios.ts) → a versioned JSON
// document, stored (incident_suites, migrations/0032) and served at GET /v1/incidents/:id/suite. The
// CLI renders test files from this JSON (render.ts), so the JSON is the contract: bump
// SUITE_SCHEMA_VERSION on any change a renderer would notice.
//
// Evidence: the traces the incident names; when it names none (or none of them is stored), the
// failing entry spans of its services in its window and the slowest ones (a slow one only makes a
// scenario when it is slower than the operation's normal latency allows).

export const SUITE_SCHEMA_VERSION = 1;
/** Failing entry spans read per operation (most are the same failure: deduplicated by signature). */
const ERRORS_PER_OPERATION = 50;
const SLOWEST = 20;
/** Days before the incident that say what "normal" is. */
const BASELINE_DAYS = 7;
const BASELINE_SAMPLE = 20;

export interface SuiteOptions {
  /** Production environments: evidence and baselines come from their spans (and unlabelled ones). */
  environments: readonly string[];
}

export interface RelatedTest {
  testId: string;
  repo: string;
  name: string;
  className: string;
  file: string;
  /** Mean duration of its recorded executions. */
  durationMs: number;
  /** The incident operations its traces exercised: "service operation". */
  operations: string[];
  executions: number;
}

export interface IncidentSuite {
  schemaVersion: number;
  incident: {
    id: string;
    repo: string;
    title: string;
    severity: string;
    services: string[];
    startedAt: string;
    resolvedAt: string | null;
    traceIds: string[];
  };
  generatedAt: string;
  evidence: { rule: 'named traces' | 'errors and slowest traces in the window'; window: { from: string; to: string }; traces: number; note: string };
  operations: { service: string; operation: string }[];
  scenarios: Scenario[];
  relatedTests: RelatedTest[];
}

function windowOf(i: StoredIncident, now: Date): { from: Date; to: Date } {
  const from = new Date(i.startedAt);
  const to = i.resolvedAt ? new Date(i.resolvedAt) : now;
  return { from, to: to < from ? from : to };
}

async function evidenceOf(store: Store, i: StoredIncident, w: { from: Date; to: Date }, environments: readonly string[]): Promise<{ spans: EntrySpan[]; rule: IncidentSuite['evidence']['rule']; note: string }> {
  if (i.traceIds.length > 0) {
    const spans = await entrySpansOfTraces(store.client, i.traceIds, i.services);
    if (spans.length > 0) {
      const missing = i.traceIds.length - spans.length;
      return { spans, rule: 'named traces', note: missing > 0 ? `${missing} of the ${i.traceIds.length} named traces have no stored entry span` : '' };
    }
    if (i.services.length === 0) return { spans: [], rule: 'named traces', note: 'none of the named traces is stored, and the incident names no services to search' };
  }
  if (i.services.length === 0) return { spans: [], rule: 'errors and slowest traces in the window', note: 'the incident names no services and no trace ids' };
  const q = { services: i.services, from: w.from, to: w.to, perOperation: ERRORS_PER_OPERATION, environments };
  const [errors, slowest] = await Promise.all([errorEntrySpans(store.client, q), slowestEntrySpans(store.client, { ...q, limit: SLOWEST })]);
  const note = i.traceIds.length > 0 ? 'none of the named traces is stored: searched the window instead' : '';
  return { spans: [...errors, ...slowest], rule: 'errors and slowest traces in the window', note };
}

/** Makes the suite of an incident from the stored spans and test links (does not store it). */
export async function generateSuite(store: Store, i: StoredIncident, o: SuiteOptions, now = new Date()): Promise<IncidentSuite> {
  const w = windowOf(i, now);
  const ev = await evidenceOf(store, i, w, o.environments);
  const ops = [...new Map(ev.spans.map((s) => [`${s.service}\n${s.operation}`, { service: s.service, operation: s.operation }])).values()];
  const normal = await baselines(store.client, { operations: ops, before: w.from, days: BASELINE_DAYS, sample: BASELINE_SAMPLE, environments: o.environments });
  const scenarios = uniqueIds(scenariosOf(ev.spans, normal));
  const failing = [...new Map(scenarios.map((s) => [`${s.service}\n${s.operation}`, { service: s.service, operation: s.operation }])).values()];
  // Test traces must be linked to operations before asking which tests exercise them.
  await linkTestTraces(store);
  const links = await testsExercising(store.client, { operations: failing, repo: i.repo });
  const related = new Map<string, RelatedTest>();
  for (const l of links) {
    const key = `${l.repo}\n${l.testId}`;
    const t = related.get(key) ?? { testId: l.testId, repo: l.repo, name: l.name, className: l.className, file: l.file, durationMs: l.durationMs, operations: [], executions: 0 };
    t.operations.push(`${l.service} ${l.operation}`);
    t.executions += l.executions;
    related.set(key, t);
  }
  return {
    schemaVersion: SUITE_SCHEMA_VERSION,
    incident: {
      id: i.id,
      repo: i.repo,
      title: i.title,
      severity: i.severity,
      services: i.services,
      startedAt: i.startedAt,
      resolvedAt: i.resolvedAt,
      traceIds: i.traceIds,
    },
    generatedAt: now.toISOString(),
    evidence: { rule: ev.rule, window: { from: w.from.toISOString(), to: w.to.toISOString() }, traces: new Set(ev.spans.map((s) => s.traceId)).size, note: ev.note },
    operations: failing,
    scenarios,
    relatedTests: [...related.values()],
  };
}

function uniqueIds(scenarios: Scenario[]): Scenario[] {
  const seen = new Map<string, number>();
  return scenarios.map((s) => {
    const n = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, n);
    return n === 1 ? s : { ...s, id: `${s.id}-${n}` };
  });
}

/**
 * The incident's stored suite, made (and stored) first when there is none, when the incident was
 * re-sent since (a new version), when the schema changed, or when `refresh` asks for it (new spans or
 * test traces arrived). An empty suite is not stored: the evidence may not have arrived yet.
 */
export async function suiteOf(store: Store, i: StoredIncident, o: SuiteOptions & { refresh?: boolean }): Promise<IncidentSuite> {
  if (!o.refresh) {
    const stored = await readIncidentSuite(store.client, i.repo, i.id);
    if (stored && stored.incidentVersion === i.version && stored.schemaVersion === SUITE_SCHEMA_VERSION) return JSON.parse(stored.suite) as IncidentSuite;
  }
  const suite = await generateSuite(store, i, o);
  if (suite.scenarios.length > 0 || suite.relatedTests.length > 0) {
    await storeIncidentSuite(store, { repo: i.repo, incidentId: i.id, schemaVersion: SUITE_SCHEMA_VERSION, incidentVersion: i.version, suite: JSON.stringify(suite) });
  }
  return suite;
}
