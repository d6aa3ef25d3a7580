import picomatch from 'picomatch';
import type { ChangedFile } from '../../src/store/changes.ts';
import type { Store } from '../../src/store/clickhouse.ts';
import { cleanPasses, incidentsStored, listIncidents, type StoredIncident } from '../../src/store/incidents.ts';
import { readServicePaths, servicesOfFilesByTraces } from '../../src/store/service-paths.ts';
import { ShortCache } from '../short-cache.ts';
import { suiteOf, type IncidentSuite, type SuiteOptions } from './suite.ts';

// Incident suites feeding CI (docs/incidents.md):
// - the live regression suite of a repository: every incident suite not retired yet. An incident
//   retires after `retirePasses` clean passes of its tests (related tests, or generated tests uploaded
//   under their scenario names) since the incident started: CI runs where they ran and none failed,
//   counted after the last run where one did.
// - the tests a change must run: the related tests of every live incident whose services or operations
//   the change touches, whatever the risk budget. A change touches a service when one of its files
//   matches a path glob the repository declared for the service (PUT /v1/service-paths); with no
//   mapping, when the tests that run for its files (their own file, or failures on earlier commits
//   that changed them) exercise the service in their traces.

export interface RegressionOptions extends SuiteOptions {
  retirePasses: number;
}

export interface RegressionEntry {
  incident: IncidentSuite['incident'];
  suiteGeneratedAt: string;
  retirement: { cleanPasses: number; retireAfter: number; retired: boolean };
  operations: IncidentSuite['operations'];
  scenarios: IncidentSuite['scenarios'];
  relatedTests: IncidentSuite['relatedTests'];
}

/** How many incidents one live suite covers at most (newest first). */
const MAX_INCIDENTS = 500;

async function entryOf(store: Store, i: StoredIncident, o: RegressionOptions): Promise<RegressionEntry> {
  const suite = await suiteOf(store, i, o);
  const passes = await cleanPasses(store.client, {
    repo: i.repo,
    since: new Date(i.startedAt),
    testIds: suite.relatedTests.filter((t) => t.repo === i.repo).map((t) => t.testId),
    names: suite.scenarios.filter((s) => s.request !== null).map((s) => s.name),
  });
  return {
    incident: suite.incident,
    suiteGeneratedAt: suite.generatedAt,
    retirement: { cleanPasses: passes, retireAfter: o.retirePasses, retired: passes >= o.retirePasses },
    operations: suite.operations,
    scenarios: suite.scenarios,
    relatedTests: suite.relatedTests,
  };
}

/** Every incident suite of the repository (and service), live ones and retired ones apart. */
export async function regressionSuite(
  store: Store,
  q: { repo: string; service?: string },
  o: RegressionOptions,
): Promise<{ live: RegressionEntry[]; retired: RegressionEntry[] }> {
  const incidents = await listIncidents(store.client, { repo: q.repo, service: q.service, limit: MAX_INCIDENTS });
  const entries: RegressionEntry[] = [];
  for (const i of incidents) entries.push(await entryOf(store, i, o)); // one at a time: each may generate a suite
  return { live: entries.filter((e) => !e.retirement.retired), retired: entries.filter((e) => e.retirement.retired) };
}

export interface TouchedServices {
  rule: 'path globs' | 'test traces';
  /** service → why it is touched (a glob, or how many tests for these files exercise it) */
  services: Map<string, string>;
  /** "service\noperation" of operations the tests for these files exercise (test-traces rule only). */
  operations: Set<string>;
}

/** Which services a change touches, and by which rule. */
export async function touchedServices(store: Store, repo: string, files: readonly string[]): Promise<TouchedServices> {
  const mapping = await readServicePaths(store.client, repo);
  if (mapping) {
    const services = new Map<string, string>();
    for (const [service, globs] of Object.entries(mapping)) {
      for (const glob of globs) {
        const match = picomatch(glob, { dot: true });
        const file = files.find((f) => match(f));
        if (file !== undefined) {
          services.set(service, `${file} matches path glob ${glob}`);
          break;
        }
      }
    }
    return { rule: 'path globs', services, operations: new Set() };
  }
  const exercised = await servicesOfFilesByTraces(store.client, repo, files);
  const services = new Map<string, string>();
  const tests = new Map<string, number>();
  for (const e of exercised) tests.set(e.service, Math.max(tests.get(e.service) ?? 0, e.tests));
  for (const [service, n] of tests) services.set(service, `${n} test${n === 1 ? '' : 's'} that run for the changed files exercise it in their traces`);
  return { rule: 'test traces', services, operations: new Set(exercised.map((e) => `${e.service}\n${e.operation}`)) };
}

/**
 * Every POST /v1/risk asks for the repository's incidents; most repositories have none. The list is
 * kept this long (short-cache.ts), and dropped at once when this process stores an incident (one
 * stored by another instance, or from Kafka, is seen within the TTL).
 */
const INCIDENTS_TTL_MS = 10_000;
const incidentsCache = new WeakMap<Store['client'], ShortCache<StoredIncident[]>>();

function recentIncidents(client: Store['client'], repo: string): Promise<StoredIncident[]> {
  let byRepo = incidentsCache.get(client);
  if (!byRepo) incidentsCache.set(client, (byRepo = new ShortCache(INCIDENTS_TTL_MS)));
  return byRepo.get(repo, () => listIncidents(client, { repo, limit: MAX_INCIDENTS }), incidentsStored());
}

/**
 * The related tests a change must run (test id → reason), for POST /v1/risk: of every live incident of
 * the repository whose services or failing operations the change touches.
 */
export async function incidentTestsForChange(store: Store, repo: string, files: readonly ChangedFile[], o: RegressionOptions): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const incidents = await recentIncidents(store.client, repo);
  if (incidents.length === 0 || files.length === 0) return out;
  const touched = await touchedServices(store, repo, files.map((f) => f.path));
  if (touched.services.size === 0) return out;
  for (const i of incidents) {
    // Only incidents that can match are read further (their suite and passes cost queries): one naming
    // a touched service, or one whose operations decide (no services named, or operations touched).
    if (i.services.length > 0 && touched.operations.size === 0 && !i.services.some((s) => touched.services.has(s))) continue;
    const entry = await entryOf(store, i, o);
    if (entry.retirement.retired) continue;
    const service = [...new Set([...i.services, ...entry.operations.map((op) => op.service)])].find((s) => touched.services.has(s));
    const operation = entry.operations.find((op) => touched.operations.has(`${op.service}\n${op.operation}`));
    if (service === undefined && operation === undefined) continue;
    const what = service !== undefined ? `service ${service} (${touched.services.get(service)}; rule: ${touched.rule})` : `operation ${operation!.operation} of ${operation!.service} (rule: ${touched.rule})`;
    for (const t of entry.relatedTests) {
      if (t.repo !== repo || out.has(t.testId)) continue;
      out.set(t.testId, `incident ${i.id}: the change touches ${what}; runs until ${o.retirePasses} clean passes (${entry.retirement.cleanPasses} so far)`);
    }
  }
  return out;
}

/**
 * The related tests of the live incidents of a deployed service, for its post-deploy validation plan
 * (models/coverage/deploy-plan.ts `required`): they run first, whatever the budget.
 */
export async function incidentTestsForService(
  store: Store,
  q: { repo: string; service: string },
  o: RegressionOptions,
): Promise<{ repo: string; testId: string; name: string; durationMs: number; reason: string }[]> {
  const { live } = await regressionSuite(store, q, o);
  const out = new Map<string, { repo: string; testId: string; name: string; durationMs: number; reason: string }>();
  for (const e of live) {
    for (const t of e.relatedTests) {
      const key = `${t.repo}\n${t.testId}`;
      if (out.has(key)) continue;
      const name = t.className ? `${t.className}.${t.name}` : t.name || t.testId;
      out.set(key, { repo: t.repo, testId: t.testId, name, durationMs: t.durationMs, reason: `incident ${e.incident.id}: ${e.incident.title} (${e.retirement.cleanPasses}/${e.retirement.retireAfter} clean passes)` });
    }
  }
  return [...out.values()];
}
