import { randomBytes } from 'node:crypto';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { isStoreUnavailable } from '../src/store/retry.ts';
import { testConfig, testStore } from './support/store.ts';

// Limits that keep one caller or one request from taking the service down: per-token request rates,
// and every ClickHouse query bounded in time and memory.

const ADMIN = randomBytes(24).toString('hex');
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp({
    config: testConfig({ SIGNALHOUSE_ADMIN_TOKEN: ADMIN, SIGNALHOUSE_RATE_LIMIT_PER_MINUTE: '5' }),
    store: await testStore(),
    logger: false,
  });
});
afterAll(async () => app?.close());

const get = (token: string) => app.inject({ method: 'GET', url: '/v1/runs?repo=acme/limits', headers: { authorization: `Bearer ${token}` } });

describe('rate limits', () => {
  it('answers 429 with retry-after past the rate, per token, and never limits the probes', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: { authorization: `Bearer ${ADMIN}` },
      payload: { scopes: ['read'], repos: ['*'] },
    });
    const other = created.json().token as string;
    // The admin's bucket has one request in it already (the token creation).
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(ADMIN)).statusCode);
    expect(statuses.slice(0, 4).every((s) => s !== 429)).toBe(true);
    const limited = await get(ADMIN);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ error: 'RATE_LIMITED' });
    expect(limited.json().message).toMatch(/more than 5 requests a minute/);
    // Another token has its own bucket; the probe has none.
    expect((await get(other)).statusCode).not.toBe(429);
    for (let i = 0; i < 10; i++) expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('query bounds', () => {
  it('every query of the store runs with the configured time and memory bounds', async () => {
    const store = await testStore();
    const rs = await store.client.query({
      query: "SELECT getSetting('max_execution_time') AS t, getSetting('max_memory_usage') AS m",
      format: 'JSONEachRow',
    });
    const [row] = await rs.json<{ t: string | number; m: string | number }>();
    const config = testConfig();
    expect(Number(row!.t)).toBe(config.SIGNALHOUSE_QUERY_TIMEOUT_S);
    expect(Number(row!.m)).toBe(config.SIGNALHOUSE_QUERY_MAX_MEMORY_BYTES);
  });

  it('a query past its bound fails alone, as "store unavailable" (503), and the engine goes on', async () => {
    const store = await testStore();
    const err = await store.client
      .query({ query: 'SELECT count() FROM numbers_mt(1000000000000)', clickhouse_settings: { max_execution_time: 1 }, format: 'JSONEachRow' })
      .then(async (rs) => rs.json(), (e: unknown) => e);
    expect(isStoreUnavailable(err)).toBe(true);
    expect((err as { code?: string }).code).toBe('159');
    expect(await (await store.client.query({ query: 'SELECT 1 AS x', format: 'JSONEachRow' })).json()).toEqual([{ x: 1 }]);
  });

  it('an unreachable ClickHouse server is "store unavailable", not an internal error', async () => {
    const client = createClient({ url: 'http://127.0.0.1:9', request_timeout: 2000, log: { level: ClickHouseLogLevel.OFF } });
    const err = await client.query({ query: 'SELECT 1' }).then(() => undefined, (e: unknown) => e);
    await client.close();
    expect(isStoreUnavailable(err)).toBe(true);
  });
});
