import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestResultRecord } from '../ingestion/records.ts';
import { BatchWriter, type WriteUnit } from '../src/store/batch-writer.ts';
import type { Store } from '../src/store/clickhouse.ts';
import type { InsertRows } from '../src/store/insert.ts';
import { testResultChunks } from '../src/store/rows.ts';
import { findStoredUploads } from '../src/store/upload-ledger.ts';
import { countRows, testStore, uniqueRepo } from './support/store.ts';

// An upload larger than one insert takes (batch-writer.ts): written in several INSERTs, on the real
// engine. The property that matters is the one a single INSERT gave for free: however the write is
// cut short, sending the upload again ends with every row stored exactly once, in the table and in
// its materialized rollups, and a third send is a duplicate that writes nothing.

const CASES = 3_500;
const MAX_ROWS = 1_000;

function largeUpload(repo: string): WriteUnit {
  const uploadId = `upload-${repo}`;
  const results: TestResultRecord[] = Array.from({ length: CASES }, (_, i) => ({
    testId: `t${i}`,
    suite: 'Big',
    className: `com.acme.Big${i % 7}`,
    name: `case ${i}`,
    file: '',
    status: i % 50 === 0 ? 'failed' : 'passed',
    durationMs: i % 13,
    retry: 0,
    final: true,
    startedAt: new Date('2026-11-30T10:00:00Z'),
    failureType: i % 50 === 0 ? 'AssertionError' : '',
    message: i % 50 === 0 ? `expected ${i}` : '',
    stack: '',
    systemOut: 'x'.repeat(40),
    systemErr: '',
    properties: {},
  }));
  const ctx = { repo, runId: 'run-1', attempt: 1, branch: 'main', commit: 'c1', startedAt: new Date('2026-11-30T10:00:00Z'), source: 'junit' as const, uploadId };
  // Small chunks (16 KiB), so that the rows can be cut into several blocks of at most MAX_ROWS.
  return { id: uploadId, rows: { test_results: testResultChunks(ctx, results, 16 * 1024) }, dedupKey: { repo, uploadId } };
}

/** What the rollups say of the repo: cases over its reports (test_reports), tests with a day (test_days), failures. */
async function rollups(store: Store, repo: string): Promise<{ reportCases: number; testDays: number; failures: number }> {
  const rs = await store.client.query({
    query: `SELECT (SELECT sum(cases) FROM test_reports WHERE repo = {repo:String}) AS reportCases,
                   (SELECT count() FROM (SELECT test_id FROM test_days WHERE repo = {repo:String} GROUP BY test_id, day)) AS testDays,
                   (SELECT count() FROM test_failures WHERE repo = {repo:String}) AS failures`,
    query_params: { repo },
    format: 'JSONEachRow',
  });
  const row = (await rs.json<Record<string, string>>())[0]!;
  return { reportCases: Number(row.reportCases), testDays: Number(row.testDays), failures: Number(row.failures) };
}

describe('an upload of more rows than one insert', () => {
  let store: Store;
  beforeAll(async () => {
    store = await testStore();
  });
  afterAll(async () => {
    await store.close();
  });

  const writer = (insert: InsertRows) => new BatchWriter(insert, { maxRows: MAX_ROWS, findStored: (keys) => findStoredUploads(store.client, keys) });

  it('is written in several inserts, every row once', async () => {
    const repo = uniqueRepo('blocks');
    const w = writer(store.insert);
    expect(await w.write(largeUpload(repo))).toEqual({ duplicate: false });
    expect(w.stats.inserts.test_results).toBeGreaterThanOrEqual(Math.ceil(CASES / MAX_ROWS));
    expect(await countRows(store, 'test_results', repo)).toBe(CASES);
    expect(await rollups(store, repo)).toEqual({ reportCases: CASES, testDays: CASES, failures: CASES / 50 });
    expect(await findStoredUploads(store.client, [{ repo, uploadId: `upload-${repo}` }])).toEqual(new Map([[`${repo}\nupload-${repo}`, CASES]]));
  });

  it('cut short after two inserts, then sent again: stored whole, exactly once, rollups included', async () => {
    const repo = uniqueRepo('blocks-cut');
    let calls = 0;
    const failing: InsertRows = async (table, rows, opts) => {
      if (table === 'test_results' && ++calls > 2) throw new Error('engine went away mid-upload');
      return store.insert(table, rows, opts);
    };
    await expect(writer(failing).write(largeUpload(repo))).rejects.toThrow(/mid-upload/);
    const partial = await countRows(store, 'test_results', repo);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(CASES);

    // The client sends the report again (a new writer: as after a restart of the service).
    const again = writer(store.insert);
    expect(await again.write(largeUpload(repo))).toEqual({ duplicate: false });
    expect(await countRows(store, 'test_results', repo)).toBe(CASES);
    expect(await rollups(store, repo)).toEqual({ reportCases: CASES, testDays: CASES, failures: CASES / 50 });

    // A third send finds it whole: nothing written.
    const third = writer(store.insert);
    expect(await third.write(largeUpload(repo))).toEqual({ duplicate: true });
    expect(third.stats.inserts.test_results ?? 0).toBe(0);
    expect(await countRows(store, 'test_results', repo)).toBe(CASES);
  });
});
