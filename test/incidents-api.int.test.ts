import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// POST/GET /v1/incidents on the real engine: the same JSON as the incidents Kafka topic, replaced on
// re-send, filtered by repo, service and since; bad input refused whole with a code naming the problem.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app?.close());

const post = (payload: unknown) => app.inject({ method: 'POST', url: '/v1/incidents', payload: payload as object });

async function count(repo: string): Promise<number> {
  const store = await testStore();
  const rs = await store.client.query({ query: 'SELECT count() AS n FROM incidents FINAL WHERE repo = {repo:String}', query_params: { repo }, format: 'JSONEachRow' });
  return Number((await rs.json<{ n: string }>())[0]!.n);
}

describe('/v1/incidents', () => {
  const repo = uniqueRepo('incidents-api');
  const base = { repo, title: 'Checkout 500s', severity: 'sev1', services: ['checkout'], startedAt: '2026-11-20T10:00:00Z' };

  it('stores an incident, and a re-send replaces it', async () => {
    const first = await post({ ...base, id: 'INC-42', traceIds: ['0AF7651916CD43DD8448EB211C80319C'] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ id: 'INC-42', repo, services: ['checkout'], traceIds: 1 });
    const again = await post({ ...base, id: 'INC-42', title: 'Checkout 500s for EUR carts', status: 'resolved', resolvedAt: '2026-11-20T11:30:00Z' });
    expect(again.statusCode).toBe(201);
    expect(await count(repo)).toBe(1);
    const got = await app.inject({ url: `/v1/incidents/INC-42?repo=${encodeURIComponent(repo)}` });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({
      id: 'INC-42',
      repo,
      title: 'Checkout 500s for EUR carts',
      status: 'resolved',
      services: ['checkout'],
      traceIds: [],
      startedAt: '2026-11-20T10:00:00.000Z',
      resolvedAt: '2026-11-20T11:30:00.000Z',
    });
  });

  it('lists by repo, service and since, newest first', async () => {
    await post({ ...base, id: 'INC-43', services: ['payments'], startedAt: '2026-11-25T08:00:00Z' });
    await post({ ...base, id: 'INC-44', services: ['checkout', 'payments'], startedAt: '2026-11-28T08:00:00Z' });
    const ids = async (q: string) => ((await app.inject({ url: `/v1/incidents?repo=${encodeURIComponent(repo)}${q}` })).json() as { incidents: { id: string }[] }).incidents.map((i) => i.id);
    expect(await ids('')).toEqual(['INC-44', 'INC-43', 'INC-42']);
    expect(await ids('&service=payments')).toEqual(['INC-44', 'INC-43']);
    expect(await ids('&since=2026-11-26T00:00:00Z')).toEqual(['INC-44']);
    expect(await ids('&service=payments&since=2026-11-21T00:00:00Z&limit=1')).toEqual(['INC-44']);
    const bad = await app.inject({ url: '/v1/incidents?since=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'BAD_SINCE' });
  });

  it('refuses a bad incident whole, naming each problem', async () => {
    const res = await post({ ...base, id: 'INC-BAD', title: '', traceIds: ['not-a-trace'], startedAt: 'yesterday' });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: string; message: string };
    expect(body.error).toBe('BAD_INCIDENT');
    expect(body.message).toContain('title');
    expect(body.message).toContain('traceIds.0: must be 32 hex digits');
    expect(body.message).toContain('startedAt');
    expect((await app.inject({ url: `/v1/incidents/INC-BAD?repo=${encodeURIComponent(repo)}` })).statusCode).toBe(404);
    expect((await post([1, 2])).statusCode).toBe(400);
  });

  it('answers 404 for an unknown incident and 409 for an id in several repositories without ?repo=', async () => {
    const missing = await app.inject({ url: `/v1/incidents/INC-NOPE?repo=${encodeURIComponent(repo)}` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'NOT_FOUND' });
    const other = uniqueRepo('incidents-api');
    await post({ ...base, repo: other, id: 'INC-42' });
    const ambiguous = await app.inject({ url: '/v1/incidents/INC-42/suite' });
    expect(ambiguous.statusCode).toBe(409);
    expect(ambiguous.json()).toMatchObject({ error: 'AMBIGUOUS_INCIDENT' });
  });

  it('answers an empty suite, saying why, when no evidence is stored', async () => {
    const res = await app.inject({ url: `/v1/incidents/INC-43/suite?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ schemaVersion: 1, scenarios: [], relatedTests: [], evidence: { rule: 'errors and slowest traces in the window', traces: 0 } });
  });
});
