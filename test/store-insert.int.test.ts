import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { SpanRecord } from '../ingestion/records.ts';
import { encodeSpans } from '../src/store/traces.ts';
import { spanRecord } from './support/spans.ts';
import { countRows, testStore, uniqueRepo } from './support/store.ts';

const row = (repo: string, ordinal: number) => ({
  repo,
  test_id: '0123456789abcdef',
  run_id: 'r',
  attempt: 1,
  retry: 0,
  final: 1,
  branch: 'main',
  commit: 'c',
  suite: 's',
  class_name: 'C',
  name: `t${ordinal}`,
  file: '',
  status: 'passed',
  duration_ms: 1,
  started_at: '2026-11-01 00:00:00.000',
  failure_type: '',
  message: '',
  stack: '',
  system_out: '',
  system_err: '',
  properties: {},
  source: 'junit',
  upload_id: 'u',
  ordinal,
});

const span = (traceId: string): SpanRecord => spanRecord({ traceId, serviceName: 's', name: 'n' });

describe('store.insert', () => {
  it('drops a repeated insert with the same token, and only that', async () => {
    const store = await testStore();
    const repo = uniqueRepo('insert');
    await store.insert('test_results', [row(repo, 1), row(repo, 2)], { dedupToken: `${repo}-a`.replace('/', '_') });
    await store.insert('test_results', [row(repo, 3)], { dedupToken: `${repo}-a`.replace('/', '_') });
    expect(await countRows(store, 'test_results', repo)).toBe(2);
    await store.insert('test_results', [row(repo, 3)], { dedupToken: `${repo}-b`.replace('/', '_') });
    expect(await countRows(store, 'test_results', repo)).toBe(3);
  });

  it('is not affected by a token some earlier call left in the session', async () => {
    // The embedded connection turns clickhouse_settings into session-wide SETs; simulate a leftover one.
    const store = await testStore();
    const repo = uniqueRepo('leak');
    await store.client.query({ query: 'SELECT 1', format: 'JSONEachRow', clickhouse_settings: { insert_deduplication_token: 'leftover' } });
    await store.insert('test_results', [row(repo, 1)]);
    await store.insert('test_results', [row(repo, 2)]);
    expect(await countRows(store, 'test_results', repo)).toBe(2);
  });

  it('refuses a token that is not a plain id', async () => {
    const store = await testStore();
    await expect(store.insert('test_results', [row('x/y', 1)], { dedupToken: "x'; DROP TABLE t" })).rejects.toThrow(/unsafe/);
  });

  it('drops a repeated span insert (RowBinary chunks, through file()) with the same token, and only that', async () => {
    const store = await testStore();
    const traceId = randomBytes(16).toString('hex');
    // Different span ids each time: only the token can make ClickHouse drop a batch.
    const count = async () => {
      const rs = await store.client.query({ query: 'SELECT count() AS n FROM spans WHERE trace_id = {t:String}', query_params: { t: traceId }, format: 'JSONEachRow' });
      return Number((await rs.json<{ n: string }>())[0]!.n);
    };
    // Two chunks (two writer units) make one insert.
    await store.insert('spans', [...encodeSpans([span(traceId), span(traceId)]).rows, ...encodeSpans([span(traceId)]).rows], { dedupToken: `${traceId}-a` });
    expect(await count()).toBe(3);
    await store.insert('spans', encodeSpans([span(traceId)]).rows, { dedupToken: `${traceId}-a` });
    expect(await count()).toBe(3);
    await store.insert('spans', encodeSpans([span(traceId)]).rows, { dedupToken: `${traceId}-b` });
    expect(await count()).toBe(4);
  });

  it('refuses to mix span rows with plain rows in one insert', async () => {
    const store = await testStore();
    await expect(store.insert('spans', [...encodeSpans([span(randomBytes(16).toString('hex'))]).rows, row('x/y', 1)])).rejects.toThrow(/different shapes/);
  });
});
