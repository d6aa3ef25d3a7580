import type { ClickHouseClient } from '@clickhouse/client';
import type { ReachRow } from '../../ingestion/imports/graph.ts';
import type { Store } from './clickhouse.ts';
import { clickhouseTime } from './rows.ts';

// Which files each test file reaches through its imports (code_reach, migrations/0039), from scans of
// CI checkouts (POST /v1/imports). A scan's rows are one write unit of the store's writer, named by the
// scan: sent again (a client retry after a lost answer), its inserts carry the same deduplication
// tokens and ClickHouse drops them. Should a retry share a flush with other units (and so get another
// token), nothing is counted twice either: the table keeps min(hops), min(first_seen), max(last_seen)
// per (repo, test_file, file), which the same rows do not change; readers aggregate (readCodeReach).

export interface CodeReachScan {
  repo: string;
  /** Names the scan (ingestion/imports/upload.ts): the same upload has the same id. */
  scanId: string;
  scannedAt: Date;
}

/** A test file and the test functions it declares (ImportedFile.tests). */
export interface DeclaredTests {
  testFile: string;
  names: readonly string[];
}

/** The scan's reach rows and declared tests (code_tests, 0040), in one write unit. */
export async function storeCodeReach(store: Pick<Store, 'writer'>, scan: CodeReachScan, reach: readonly ReachRow[], declared: readonly DeclaredTests[] = []): Promise<void> {
  const at = clickhouseTime(scan.scannedAt);
  const rows = reach.map((r) => ({ repo: scan.repo, test_file: r.testFile, file: r.file, hops: r.hops, first_seen: at, last_seen: at }));
  const tests = declared.flatMap((d) => d.names.map((name) => ({ repo: scan.repo, test_file: d.testFile, name, first_seen: at, last_seen: at })));
  if (rows.length === 0 && tests.length === 0) return;
  await store.writer.write({ id: `imports-${scan.scanId}`, rows: { ...(rows.length > 0 ? { code_reach: rows } : {}), ...(tests.length > 0 ? { code_tests: tests } : {}) } });
}

export interface StoredReach extends ReachRow {
  firstSeen: Date;
  lastSeen: Date;
}

/**
 * A repository's reach as merged over every scan (fewest hops ever seen, first and last scan that saw
 * it), optionally only from some test files or to some files; ordered by test file, hops, file.
 */
export async function readCodeReach(
  client: ClickHouseClient,
  repo: string,
  opts: { testFiles?: readonly string[]; files?: readonly string[]; seenSince?: Date } = {},
): Promise<StoredReach[]> {
  const rs = await client.query({
    query: `
      SELECT test_file, file, min(hops) AS min_hops, min(first_seen) AS first, max(last_seen) AS last
      FROM code_reach
      WHERE repo = {repo:String}
        AND ({allTests:Bool} OR test_file IN {testFiles:Array(String)})
        AND ({allFiles:Bool} OR file IN {files:Array(String)})
      GROUP BY test_file, file
      HAVING last >= {since:DateTime64(3, 'UTC')}
      ORDER BY test_file, min_hops, file`,
    query_params: {
      repo,
      allTests: opts.testFiles === undefined,
      testFiles: opts.testFiles ?? [],
      allFiles: opts.files === undefined,
      files: opts.files ?? [],
      since: clickhouseTime(opts.seenSince ?? new Date(0)),
    },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.code-reach.readCodeReach' },
  });
  const rows = await rs.json<{ test_file: string; file: string; min_hops: number | string; first: string; last: string }>();
  return rows.map((r) => ({
    testFile: r.test_file,
    file: r.file,
    hops: Number(r.min_hops),
    firstSeen: new Date(`${r.first.replace(' ', 'T')}Z`),
    lastSeen: new Date(`${r.last.replace(' ', 'T')}Z`),
  }));
}
