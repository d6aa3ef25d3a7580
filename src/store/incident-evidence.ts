import type { ClickHouseClient } from '@clickhouse/client';
import { clickhouseTime } from './rows.ts';

// Reads of production spans for incident-to-test generation (models/incidents/suite.ts): which traces
// are an incident's evidence, their entry spans, how an operation behaved before the incident, and
// what it normally calls. Entry span and error follow operation_days (migrations 0026): kind server or
// consumer or no parent; an error is status ERROR or an HTTP 5xx answer.

const ENTRY = `(kind IN ('server', 'consumer') OR parent_span_id = '')`;
const ERROR = `(status_code = 'error'
                OR toUInt16OrZero(span_attributes['http.response.status_code']) >= 500
                OR toUInt16OrZero(span_attributes['http.status_code']) >= 500)`;
// Test and CI spans are never production evidence (same rule as operation_days).
const NOT_TEST = `NOT arrayExists(k -> startsWith(k, 'test.') OR startsWith(k, 'cicd.'), mapKeys(span_attributes))
                  AND NOT arrayExists(k -> startsWith(k, 'test.') OR startsWith(k, 'cicd.'), mapKeys(resource_attributes))`;
// Production traffic only: the configured environments, and spans with no environment (as coverage counts them).
const PRODUCTION = `(environment IN {environments:Array(String)} OR environment = '')`;

export interface EntrySpan {
  traceId: string;
  spanId: string;
  service: string;
  operation: string;
  kind: string;
  startTime: string;
  durationMs: number;
  statusCode: string;
  statusMessage: string;
  attributes: Record<string, string>;
}

interface EntryRow {
  trace_id: string;
  span_id: string;
  service_name: string;
  operation: string;
  kind: string;
  start: string;
  duration_ms: number;
  status_code: string;
  status_message: string;
  span_attributes: Record<string, string>;
}

const ENTRY_COLUMNS = `trace_id, span_id, service_name, operation, kind, toString(start_time) AS start,
                       duration_ns / 1e6 AS duration_ms, status_code, status_message, span_attributes`;

function entryOf(r: EntryRow): EntrySpan {
  return {
    traceId: r.trace_id,
    spanId: r.span_id,
    service: r.service_name,
    operation: r.operation,
    kind: r.kind,
    startTime: r.start,
    durationMs: Number(r.duration_ms),
    statusCode: r.status_code,
    statusMessage: r.status_message,
    attributes: r.span_attributes,
  };
}

/**
 * The first entry span of each trace (of `services` when given): the request that started it. A
 * trace through several services has one entry span per service; the earliest is the outermost.
 */
export async function entrySpansOfTraces(client: ClickHouseClient, traceIds: readonly string[], services: readonly string[]): Promise<EntrySpan[]> {
  if (traceIds.length === 0) return [];
  const rs = await client.query({
    // In the order the requests came: the earliest failing request of an operation is its scenario's.
    query: `SELECT * FROM (
              SELECT ${ENTRY_COLUMNS}, start_time FROM spans
              WHERE trace_id IN {traces:Array(String)} AND ${ENTRY}
                AND (empty({services:Array(String)}) OR has({services:Array(String)}, service_name))
              ORDER BY trace_id, start_time, span_id
              LIMIT 1 BY trace_id
            ) ORDER BY start_time, span_id`,
    query_params: { traces: [...traceIds], services: [...services] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incident-evidence.entrySpansOfTraces' },
  });
  return (await rs.json<EntryRow>()).map(entryOf);
}

export interface EvidenceWindow {
  services: readonly string[];
  from: Date;
  to: Date;
  /** Error entry spans kept per operation (they are deduplicated by signature later). */
  perOperation: number;
  /** Production environments (SIGNALHOUSE_PRODUCTION_ENVIRONMENTS). */
  environments: readonly string[];
}

/** Failing production entry spans (status ERROR or HTTP 5xx) of the services in the window. */
export async function errorEntrySpans(client: ClickHouseClient, w: EvidenceWindow): Promise<EntrySpan[]> {
  const rs = await client.query({
    query: `SELECT ${ENTRY_COLUMNS} FROM spans
            WHERE service_name IN {services:Array(String)}
              AND start_time >= {from:DateTime64(3, 'UTC')} AND start_time <= {to:DateTime64(3, 'UTC')}
              AND ${ENTRY} AND ${ERROR} AND ${NOT_TEST} AND ${PRODUCTION}
            ORDER BY start_time, span_id
            LIMIT {n:UInt32} BY service_name, operation
            LIMIT 1000`,
    query_params: { services: [...w.services], from: clickhouseTime(w.from), to: clickhouseTime(w.to), n: w.perOperation, environments: [...w.environments] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incident-evidence.errorEntrySpans' },
  });
  return (await rs.json<EntryRow>()).map(entryOf);
}

/** The slowest successful production entry spans of the services in the window. */
export async function slowestEntrySpans(client: ClickHouseClient, w: EvidenceWindow & { limit: number }): Promise<EntrySpan[]> {
  const rs = await client.query({
    query: `SELECT ${ENTRY_COLUMNS} FROM spans
            WHERE service_name IN {services:Array(String)}
              AND start_time >= {from:DateTime64(3, 'UTC')} AND start_time <= {to:DateTime64(3, 'UTC')}
              AND ${ENTRY} AND NOT ${ERROR} AND ${NOT_TEST} AND ${PRODUCTION}
            ORDER BY duration_ns DESC, span_id
            LIMIT {limit:UInt32}`,
    query_params: { services: [...w.services], from: clickhouseTime(w.from), to: clickhouseTime(w.to), limit: w.limit, environments: [...w.environments] },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incident-evidence.slowestEntrySpans' },
  });
  return (await rs.json<EntryRow>()).map(entryOf);
}

export interface OperationKey {
  service: string;
  operation: string;
}

/** (service, operation) pairs as two parallel arrays: the query zips them into tuples. */
function operationKeys(ops: readonly OperationKey[]): { keyServices: string[]; keyOperations: string[] } {
  return { keyServices: ops.map((o) => o.service), keyOperations: ops.map((o) => o.operation) };
}

export interface Baseline extends OperationKey {
  calls: number;
  p95Ms: number;
  /** Operations the operation's healthy traces reach, other than itself: "service operation (kind)". */
  downstream: { service: string; operation: string; kind: string }[];
}

/**
 * How each operation behaved in `days` before `before`: calls and p95 latency of its healthy entry
 * spans, and the operations its healthy traces reach (from up to `sample` of them). Raw spans, not
 * the daily rollup: the incident may start mid-day, and only the time before it is "normal".
 */
export async function baselines(
  client: ClickHouseClient,
  q: { operations: readonly OperationKey[]; before: Date; days: number; sample: number; environments: readonly string[] },
): Promise<Baseline[]> {
  if (q.operations.length === 0) return [];
  const services = [...new Set(q.operations.map((o) => o.service))];
  const params = {
    services,
    ...operationKeys(q.operations),
    from: clickhouseTime(new Date(q.before.getTime() - q.days * 86_400_000)),
    to: clickhouseTime(q.before),
    sample: q.sample,
    environments: [...q.environments],
  };
  const healthy = `service_name IN {services:Array(String)} AND has(arrayZip({keyServices:Array(String)}, {keyOperations:Array(String)}), (service_name, operation))
                   AND start_time >= {from:DateTime64(3, 'UTC')} AND start_time < {to:DateTime64(3, 'UTC')}
                   AND ${ENTRY} AND NOT ${ERROR} AND ${NOT_TEST} AND ${PRODUCTION}`;
  const stats = await client.query({
    query: `SELECT service_name, operation, count() AS calls, quantileTDigest(0.95)(duration_ns) / 1e6 AS p95_ms
            FROM spans WHERE ${healthy} GROUP BY service_name, operation`,
    query_params: params,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incident-evidence.baselines' },
  });
  const reach = await client.query({
    query: `WITH sampled AS (
              SELECT service_name AS entry_service, operation AS entry_operation, trace_id, span_id AS entry_span
              FROM spans WHERE ${healthy}
              ORDER BY start_time DESC LIMIT {sample:UInt32} BY service_name, operation
            )
            SELECT DISTINCT entry_service, entry_operation, s.service_name AS service, s.operation AS operation, s.kind AS kind
            FROM spans AS s INNER JOIN sampled ON s.trace_id = sampled.trace_id
            WHERE s.trace_id IN (SELECT trace_id FROM sampled) AND s.span_id != sampled.entry_span AND s.kind != 'internal'
            ORDER BY entry_service, entry_operation, service, operation, kind`,
    query_params: params,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incident-evidence.downstream' },
  });
  const reached = new Map<string, Baseline['downstream']>();
  for (const r of await reach.json<{ entry_service: string; entry_operation: string; service: string; operation: string; kind: string }>()) {
    const k = `${r.entry_service}\n${r.entry_operation}`;
    const list = reached.get(k) ?? [];
    list.push({ service: r.service, operation: r.operation, kind: r.kind });
    reached.set(k, list);
  }
  return (await stats.json<{ service_name: string; operation: string; calls: string; p95_ms: number }>()).map((r) => ({
    service: r.service_name,
    operation: r.operation,
    calls: Number(r.calls),
    p95Ms: Number(r.p95_ms),
    downstream: reached.get(`${r.service_name}\n${r.operation}`) ?? [],
  }));
}

/** Tests whose traces exercised any of the operations (test_operation_links), per operation, with their names. */
export async function testsExercising(
  client: ClickHouseClient,
  q: { operations: readonly OperationKey[]; repo: string },
): Promise<{ testId: string; repo: string; name: string; className: string; file: string; durationMs: number; service: string; operation: string; executions: number }[]> {
  if (q.operations.length === 0) return [];
  const rs = await client.query({
    query: `WITH links AS (
              SELECT test_id, repo, service_name, operation, uniqExact(trace_id, test_span_id) AS executions
              FROM test_operation_links
              WHERE service_name IN {services:Array(String)}
                AND has(arrayZip({keyServices:Array(String)}, {keyOperations:Array(String)}), (service_name, operation))
                AND ({repo:String} = '' OR repo = {repo:String})
              GROUP BY test_id, repo, service_name, operation
            ),
            names AS (
              SELECT repo, test_id, argMax(name, started_at) AS name, argMax(class_name, started_at) AS class_name, argMax(file, started_at) AS file,
                     avg(duration_ms) AS duration_ms
              FROM test_results WHERE (repo, test_id) IN (SELECT repo, test_id FROM links)
              GROUP BY repo, test_id
            )
            SELECT links.test_id AS test_id, links.repo AS repo, names.name AS name, names.class_name AS class_name, names.file AS file, names.duration_ms AS duration_ms,
                   service_name, operation, executions
            FROM links LEFT JOIN names ON links.repo = names.repo AND links.test_id = names.test_id
            ORDER BY test_id, service_name, operation LIMIT 10000`,
    query_params: { services: [...new Set(q.operations.map((o) => o.service))], ...operationKeys(q.operations), repo: q.repo },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.incident-evidence.testsExercising' },
  });
  type Row = { test_id: string; repo: string; name: string; class_name: string; file: string; duration_ms: number | null; service_name: string; operation: string; executions: string };
  return (await rs.json<Row>()).map((r) => ({
    testId: r.test_id,
    repo: r.repo,
    name: r.name,
    className: r.class_name,
    file: r.file,
    durationMs: Math.round(Number(r.duration_ms ?? 0)),
    service: r.service_name,
    operation: r.operation,
    executions: Number(r.executions),
  }));
}
