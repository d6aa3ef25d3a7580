import type { ClickHouseClient } from '@clickhouse/client';
import { ensureFailureClasses } from './classify.ts';
import { describeEvidence } from './evidence.ts';

// Failures grouped by fingerprint: what keeps breaking, in which class, since when, in how many tests.

export interface FailureGroup {
  fingerprint: string;
  class: string;
  failures: number;
  tests: number;
  runs: number;
  firstSeen: string;
  lastSeen: string;
  evidence: { code: string; description: string; failures: number }[];
  example: { testId: string; suite: string; className: string; name: string; file: string; failureType: string; message: string };
}

export async function failureGroups(
  client: ClickHouseClient,
  q: { repo: string; class?: string; testId?: string; limit: number },
): Promise<FailureGroup[]> {
  await ensureFailureClasses(client, q.repo);
  const rs = await client.query({
    query: `
      WITH groups AS (
        SELECT fingerprint, class,
               count() AS failures, uniqExact(test_id) AS tests, uniqExact(run_id, attempt) AS runs,
               min(started_at) AS first_seen, max(started_at) AS last_seen,
               topK(5)(evidence) AS codes,
               arrayMap(c -> (c, countEqual(groupArray(evidence), c)), codes) AS evidence_counts,
               argMax((test_id, started_at, run_id, attempt, retry), started_at) AS example_key
        FROM failure_classes FINAL
        WHERE repo = {repo:String}
          AND ({class:String} = '' OR class = {class:String})
          AND ({testId:String} = '' OR test_id = {testId:String})
        GROUP BY fingerprint, class
        ORDER BY failures DESC, fingerprint
        LIMIT {limit:UInt32}
      )
      SELECT g.*, r.test_id AS ex_test, r.suite AS ex_suite, r.class_name AS ex_class, r.name AS ex_name,
             r.file AS ex_file, r.failure_type AS ex_type, r.message AS ex_message
      FROM groups AS g
      LEFT JOIN (SELECT test_id, started_at, run_id, attempt, retry, suite, class_name, name, file, failure_type, message
                 FROM test_results
                 WHERE repo = {repo:String} AND status IN ('failed', 'errored')
                   AND (test_id, started_at, run_id, attempt, retry) IN (SELECT example_key FROM groups)) AS r
        ON (r.test_id, r.started_at, r.run_id, r.attempt, r.retry) = g.example_key
      ORDER BY g.failures DESC, g.fingerprint
      -- Several reports of one run may hold the same test at the same time (failure_classes keeps one
      -- row for them): any of their rows is the example, and the group is answered once.
      LIMIT 1 BY g.fingerprint, g.class`,
    query_params: { repo: q.repo, class: q.class ?? '', testId: q.testId ?? '', limit: q.limit },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.failures.failureGroups' },
  });
  const rows = await rs.json<Record<string, unknown>>();
  return rows.map((r) => ({
    fingerprint: String(r.fingerprint),
    class: String(r.class),
    failures: Number(r.failures),
    tests: Number(r.tests),
    runs: Number(r.runs),
    firstSeen: `${String(r.first_seen).replace(' ', 'T')}Z`,
    lastSeen: `${String(r.last_seen).replace(' ', 'T')}Z`,
    evidence: (r.evidence_counts as [string, number | string][]).map(([code, n]) => ({
      code,
      description: describeEvidence(code),
      failures: Number(n),
    })),
    example: {
      testId: String(r.ex_test ?? ''),
      suite: String(r.ex_suite ?? ''),
      className: String(r.ex_class ?? ''),
      name: String(r.ex_name ?? ''),
      file: String(r.ex_file ?? ''),
      failureType: String(r.ex_type ?? ''),
      message: String(r.ex_message ?? ''),
    },
  }));
}
