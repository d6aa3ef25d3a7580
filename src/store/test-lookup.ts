import type { ClickHouseClient } from '@clickhouse/client';
import { qualifiedTestName } from '../../ingestion/test-identity.ts';
import { isoTime } from './runs-queries.ts';
import type { TestIdentity } from './tests-queries.ts';

// Finding a test the way people name it: a prefix of its id (as printed by `flaky` and `failures`),
// its name, or its qualified name (com.acme.CartTest.timing, as `select --format list` prints it).
// Read from the per-day rollup test_days (tests × days rows, not one per execution).

export interface TestMatch extends TestIdentity {
  lastSeen: string;
}

/** Most candidates read before the exact comparison in code; far above any real ambiguity. */
const CANDIDATES = 1000;

export async function findTests(client: ClickHouseClient, q: { query: string; repo?: string; limit: number }): Promise<TestMatch[]> {
  const rs = await client.query({
    // ClickHouse narrows to id prefixes and to names the query ends with; qualifiedTestName (the one
    // definition of a qualified name, shared with ingestion) decides exactly below.
    query: `
      SELECT repo, test_id, argMaxMerge(suite) AS suite, argMaxMerge(class_name) AS class_name,
             argMaxMerge(name) AS name, argMaxMerge(file) AS file, toString(max(last_started)) AS last_seen
      FROM test_days
      WHERE {repo:String} = '' OR repo = {repo:String}
      GROUP BY repo, test_id
      HAVING startsWith(test_id, lower({query:String})) OR (name != '' AND endsWith({query:String}, name))
      ORDER BY last_seen DESC, repo, test_id
      LIMIT {candidates:UInt32}`,
    query_params: { query: q.query, repo: q.repo ?? '', candidates: CANDIDATES },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.test-lookup.findTests' },
  });
  const rows = await rs.json<{ repo: string; test_id: string; suite: string; class_name: string; name: string; file: string; last_seen: string }>();
  const wanted = q.query.toLowerCase();
  return rows
    .filter((r) => r.test_id.startsWith(wanted) || r.name === q.query || qualifiedTestName(r.suite, r.class_name, r.name) === q.query)
    .slice(0, q.limit)
    .map((r) => ({ testId: r.test_id, repo: r.repo, suite: r.suite, className: r.class_name, name: r.name, file: r.file, lastSeen: isoTime(r.last_seen) }));
}
