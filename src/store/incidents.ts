import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import type { IncidentRecord } from '../../ingestion/kafka/incidents.ts';
import type { Store } from './clickhouse.ts';
import { clickhouseTime } from './rows.ts';

// IncidentRecord → `incidents` row (migrations/0006_incidents.sql). The table is a ReplacingMergeTree
// on (repo, incident_id): a re-sent or redelivered incident replaces the stored one. Readers use
// FINAL: the table is small (one row per incident), so collapsing at read time costs nothing.

export function incidentRow(r: IncidentRecord) {
  return {
    repo: r.repo,
    incident_id: r.id,
    title: r.title,
    severity: r.severity,
    status: r.status,
    services: r.services,
    trace_ids: r.traceIds,
    started_at: clickhouseTime(r.startedAt),
    resolved_at: r.resolvedAt ? clickhouseTime(r.resolvedAt) : null,
    raw: r.raw,
  };
}

/** Incidents stored through this process so far: short-lived caches of the list compare it (see regression.ts). */
let stored = 0;
export const incidentsStored = (): number => stored;

/** Stores one incident (replacing one with the same repo and id); resolves when it is durable. */
export async function storeIncident(store: Store, r: IncidentRecord): Promise<void> {
  await store.writer.write({ id: `incident-${randomUUID()}`, rows: { incidents: [incidentRow(r)] } });
  stored++;
}

export interface StoredIncident {
  id: string;
  repo: string;
  title: string;
  severity: string;
  status: string;
  services: string[];
  traceIds: string[];
  startedAt: string;
  resolvedAt: string | null;
  /** When this version of the incident was stored: a suite made from an older version is stale. */
  version: string;
}

const COLUMNS = `incident_id, repo, title, severity, status, services, trace_ids,
                 toString(started_at) AS started, if(isNull(resolved_at), NULL, toString(assumeNotNull(resolved_at))) AS resolved,
                 toString(ingested_at) AS version`;

interface Row {
  incident_id: string;
  repo: string;
  title: string;
  severity: string;
  status: string;
  services: string[];
  trace_ids: string[];
  started: string;
  resolved: string | null;
  version: string;
}

/** 'YYYY-MM-DD hh:mm:ss.sss' (UTC, as DateTime64(3, 'UTC') prints) → ISO 8601. */
function iso(t: string): string {
  return `${t.replace(' ', 'T')}Z`;
}

function fromRow(r: Row): StoredIncident {
  return {
    id: r.incident_id,
    repo: r.repo,
    title: r.title,
    severity: r.severity,
    status: r.status,
    services: r.services,
    traceIds: r.trace_ids,
    startedAt: iso(r.started),
    resolvedAt: r.resolved === null ? null : iso(r.resolved),
    version: r.version,
  };
}

export interface IncidentFilter {
  repo?: string;
  service?: string;
  /** Incidents that started at or after this time. */
  since?: Date;
  limit: number;
}

/** Incidents, newest first. */
export async function listIncidents(client: ClickHouseClient, f: IncidentFilter): Promise<StoredIncident[]> {
  const rs = await client.query({
    query: `SELECT ${COLUMNS} FROM incidents FINAL
            WHERE ({repo:String} = '' OR repo = {repo:String})
              AND ({service:String} = '' OR has(services, {service:String}))
              AND started_at >= {since:DateTime64(3, 'UTC')}
            ORDER BY started_at DESC, incident_id LIMIT {limit:UInt32}`,
    query_params: { repo: f.repo ?? '', service: f.service ?? '', since: clickhouseTime(f.since ?? new Date(0)), limit: f.limit },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incidents.list' },
  });
  return (await rs.json<Row>()).map(fromRow);
}

/** The incidents with this id: one per repository that has it (ids are per repository). */
export async function readIncidents(client: ClickHouseClient, id: string, repo?: string): Promise<StoredIncident[]> {
  const rs = await client.query({
    query: `SELECT ${COLUMNS} FROM incidents FINAL
            WHERE incident_id = {id:String} AND ({repo:String} = '' OR repo = {repo:String}) ORDER BY repo LIMIT 100`,
    query_params: { id, repo: repo ?? '' },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incidents.read' },
  });
  return (await rs.json<Row>()).map(fromRow);
}

/** Stores a generated suite (JSON text) for an incident version; resolves when durable. */
export async function storeIncidentSuite(
  store: Store,
  s: { repo: string; incidentId: string; schemaVersion: number; incidentVersion: string; suite: string },
): Promise<void> {
  const row = { repo: s.repo, incident_id: s.incidentId, schema_version: s.schemaVersion, incident_version: s.incidentVersion, suite: s.suite };
  await store.writer.write({ id: `incident-suite-${randomUUID()}`, rows: { incident_suites: [row] } });
}

/** The stored suite of an incident, with the incident version it was made from; null when none. */
export async function readIncidentSuite(
  client: ClickHouseClient,
  repo: string,
  incidentId: string,
): Promise<{ suite: string; incidentVersion: string; schemaVersion: number } | null> {
  const rs = await client.query({
    query: `SELECT suite, toString(incident_version) AS incident_version, schema_version FROM incident_suites FINAL
            WHERE repo = {repo:String} AND incident_id = {id:String}`,
    query_params: { repo, id: incidentId },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incidents.readSuite' },
  });
  const row = (await rs.json<{ suite: string; incident_version: string; schema_version: number }>())[0];
  return row ? { suite: row.suite, incidentVersion: row.incident_version, schemaVersion: Number(row.schema_version) } : null;
}

/** Every stored suite of a repository's incidents (JSON texts), for the live regression suite. */
export async function listIncidentSuites(client: ClickHouseClient, repo: string): Promise<string[]> {
  const rs = await client.query({
    query: `SELECT s.suite AS suite FROM incident_suites AS s FINAL
            WHERE s.repo = {repo:String} ORDER BY s.incident_id LIMIT 10000`,
    query_params: { repo },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incidents.listSuites' },
  });
  return (await rs.json<{ suite: string }>()).map((r) => r.suite);
}

/**
 * Clean passes of a suite since `since`: CI runs in which its tests (by id, or by the generated tests'
 * names) ran and none failed, counted after the last run in which one failed.
 */
export async function cleanPasses(
  client: ClickHouseClient,
  q: { repo: string; since: Date; testIds: readonly string[]; names: readonly string[] },
): Promise<number> {
  if (q.testIds.length === 0 && q.names.length === 0) return 0;
  const rs = await client.query({
    query: `WITH runs AS (
              SELECT run_id, max(started_at) AS at, countIf(status IN ('failed', 'errored')) AS bad
              FROM test_results
              WHERE repo = {repo:String} AND final = 1 AND started_at >= {since:DateTime64(3, 'UTC')}
                AND (test_id IN {ids:Array(String)} OR name IN {names:Array(String)})
              GROUP BY run_id
            )
            SELECT countIf(bad = 0 AND at > (SELECT max(at) FROM runs WHERE bad > 0)) AS clean FROM runs`,
    query_params: { repo: q.repo, since: clickhouseTime(q.since), ids: [...q.testIds], names: [...q.names] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incidents.cleanPasses' },
  });
  return Number((await rs.json<{ clean: string }>())[0]?.clean ?? 0);
}
