import type { ClickHouseClient } from '@clickhouse/client';

// Reads for hot-path coverage: production traffic per operation from the daily rollup
// (operation_days, migrations 0025-0027) beside how many tests exercised each operation
// (test_operation_links, 0028). One row per (service, operation, kind); the model (models/coverage/)
// turns them into shares and ranks.

export interface OperationTraffic {
  service: string;
  operation: string;
  kind: string;
  calls: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  /** Distinct tests (repo, test id) that exercised the operation in the test window. */
  tests: number;
}

export interface TrafficQuery {
  /** Environments whose entry spans are traffic. */
  environments: readonly string[];
  /** Spans with no environment count too (they count as production). */
  unlabelled: boolean;
  service?: string;
  /** Whole UTC days back from today, today included. */
  days: number;
  /** Days back from now that test executions count. */
  testDays: number;
  /** Only tests of this repository cover; '' or absent: every repository's tests. */
  repo?: string;
}

export async function operationTraffic(client: ClickHouseClient, q: TrafficQuery): Promise<OperationTraffic[]> {
  const rs = await client.query({
    query: `
      WITH traffic AS (
        SELECT service_name, operation, kind,
               sum(calls) AS calls, sum(errors) AS errors,
               quantilesTDigestMerge(0.5, 0.95)(duration_ns) AS q
        FROM operation_days
        WHERE day > today() - {days:UInt32}
          AND (environment IN {environments:Array(String)} OR ({unlabelled:Bool} AND environment = ''))
          AND ({service:String} = '' OR service_name = {service:String})
        GROUP BY service_name, operation, kind
      ),
      tested AS (
        SELECT service_name, operation, kind, uniqExact(repo, test_id) AS tests
        FROM test_operation_links
        WHERE started_at >= now64(3) - toIntervalDay({testDays:UInt32})
          AND ({repo:String} = '' OR repo = {repo:String})
          AND ({service:String} = '' OR service_name = {service:String})
        GROUP BY service_name, operation, kind
      )
      SELECT traffic.service_name AS service, traffic.operation AS operation, traffic.kind AS kind,
             calls, errors, q[1] / 1e6 AS p50_ms, q[2] / 1e6 AS p95_ms, tested.tests AS tests
      FROM traffic LEFT JOIN tested
        ON traffic.service_name = tested.service_name AND traffic.operation = tested.operation AND traffic.kind = tested.kind
      WHERE calls > 0
      ORDER BY calls DESC, service, operation, kind`,
    query_params: {
      days: q.days,
      environments: [...q.environments],
      unlabelled: q.unlabelled,
      service: q.service ?? '',
      testDays: q.testDays,
      repo: q.repo ?? '',
    },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.coverage-queries.operationTraffic' },
  });
  const rows = await rs.json<Record<string, string | number>>();
  return rows.map((r) => ({
    service: String(r.service),
    operation: String(r.operation),
    kind: String(r.kind),
    calls: Number(r.calls),
    errors: Number(r.errors),
    p50Ms: Number(r.p50_ms),
    p95Ms: Number(r.p95_ms),
    tests: Number(r.tests),
  }));
}

export interface CoveringTest {
  repo: string;
  testId: string;
  suite: string;
  className: string;
  name: string;
  /** Mean duration of its executions in the test window. */
  durationMs: number;
  operation: string;
  kind: string;
}

/** Tests that exercised operations of `service` in the last `testDays` days: one row per (test, operation). */
export async function coveringTests(client: ClickHouseClient, q: { service: string; testDays: number; repo?: string }): Promise<CoveringTest[]> {
  const rs = await client.query({
    query: `
      WITH links AS (
        SELECT DISTINCT repo, test_id, operation, kind FROM test_operation_links
        WHERE service_name = {service:String} AND started_at >= now64(3) - toIntervalDay({testDays:UInt32})
          AND ({repo:String} = '' OR repo = {repo:String})
      )
      SELECT links.repo AS repo, links.test_id AS test_id, operation, kind, suite, class_name, name, duration_ms
      FROM links
      INNER JOIN (
        SELECT repo, test_id, argMax(suite, started_at) AS suite, argMax(class_name, started_at) AS class_name,
               argMax(name, started_at) AS name, avg(duration_ms) AS duration_ms
        FROM test_results
        WHERE (repo, test_id) IN (SELECT repo, test_id FROM links)
          AND started_at >= now64(3) - toIntervalDay({testDays:UInt32})
        GROUP BY repo, test_id
      ) AS tests ON links.repo = tests.repo AND links.test_id = tests.test_id
      ORDER BY repo, test_id, operation, kind`,
    query_params: { service: q.service, testDays: q.testDays, repo: q.repo ?? '' },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.coverage-queries.coveringTests' },
  });
  const rows = await rs.json<Record<string, string | number>>();
  return rows.map((r) => ({
    repo: String(r.repo),
    testId: String(r.test_id),
    suite: String(r.suite),
    className: String(r.class_name),
    name: String(r.name),
    durationMs: Number(r.duration_ms),
    operation: String(r.operation),
    kind: String(r.kind),
  }));
}

/** Services that tests of `repo` whose file is one of `files` exercised in the last `testDays` days. */
export async function servicesOfTestFiles(client: ClickHouseClient, q: { repo: string; files: readonly string[]; testDays: number }): Promise<string[]> {
  if (q.files.length === 0) return [];
  const rs = await client.query({
    query: `
      SELECT DISTINCT service_name FROM test_operation_links
      WHERE repo = {repo:String} AND started_at >= now64(3) - toIntervalDay({testDays:UInt32})
        AND test_id IN (SELECT DISTINCT test_id FROM test_results WHERE repo = {repo:String} AND file IN {files:Array(String)})
      ORDER BY service_name`,
    query_params: { repo: q.repo, files: [...q.files], testDays: q.testDays },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.coverage-queries.servicesOfTestFiles' },
  });
  return (await rs.json<{ service_name: string }>()).map((r) => r.service_name);
}

/** Every service of the production traffic rollup (names are few: one LowCardinality dictionary). */
export async function trafficServices(client: ClickHouseClient): Promise<string[]> {
  const rs = await client.query({
    query: 'SELECT DISTINCT service_name FROM operation_days ORDER BY service_name',
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.coverage-queries.trafficServices' },
  });
  return (await rs.json<{ service_name: string }>()).map((r) => r.service_name);
}
