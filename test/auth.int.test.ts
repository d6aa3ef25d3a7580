import { randomBytes } from 'node:crypto';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { readFileSync } from 'node:fs';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { registeredRoutes } from './support/routes.ts';
import { countRows, testConfig, testStore, uniqueRepo } from './support/store.ts';

// Tokens as a user meets them: with SIGNALHOUSE_ADMIN_TOKEN set, every route but the probes needs a
// token; the admin creates scoped, repo-limited tokens; a token outside its scope or repos is refused
// before anything is stored, with an answer that is the same whether the repo exists or not.

const ADMIN = `admin-${randomBytes(16).toString('hex')}`;
let app: FastifyInstance;

beforeAll(async () => {
  const store = await testStore();
  app = await buildApp({ config: testConfig({ SIGNALHOUSE_ADMIN_TOKEN: ADMIN }), store, logger: false });
});
afterAll(async () => app?.close());

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function createToken(body: object): Promise<{ id: string; token: string }> {
  const res = await app.inject({ method: 'POST', url: '/v1/tokens', headers: auth(ADMIN), payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function uploadJunit(repo: string, token?: string) {
  return app.inject({
    method: 'POST',
    url: `/v1/junit?repo=${encodeURIComponent(repo)}&branch=main&commit=abc123&runId=r1`,
    headers: { 'content-type': 'application/xml', ...(token ? auth(token) : {}) },
    payload: readFileSync(`${SHARED_JUNIT}jest/jest-junit.xml`),
  });
}

describe('tokens', () => {
  it('every route but the probes refuses a request without a token, or with an unknown one', async () => {
    const routes = registeredRoutes(app);
    expect(routes.length).toBeGreaterThan(10);
    for (const { method, url } of routes) {
      const path = url.replace(/:testId/, '0123456789abcdef').replace(/:traceId/, '0'.repeat(32)).replace(/:\w+/g, 'x');
      for (const headers of [{}, auth('shk_not-a-real-token')]) {
        const probe = url === '/healthz' || url === '/readyz' || url === '/openapi.json';
        const res = await app.inject({ method: method as 'GET', url: probe ? path : `${path}?repo=acme/shop`, headers });
        if (probe) {
          expect(res.statusCode, `${method} ${url}`).toBeLessThan(400);
        } else {
          expect(res.statusCode, `${method} ${url}`).toBe(401);
          expect(res.json().error).toBe('UNAUTHENTICATED');
          expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
        }
      }
    }
  });

  it('a repo-limited ingest token writes its repos only, and reads nothing', async () => {
    const own = uniqueRepo('acme');
    const other = uniqueRepo('other');
    const { token } = await createToken({ scopes: ['ingest'], repos: ['acme/*'], name: 'ci' });
    expect(token).toMatch(/^shk_[A-Za-z0-9_-]{43}$/);

    expect((await uploadJunit(own, token)).statusCode).toBe(201);
    expect(await countRows(await testStore(), 'test_results', own)).toBeGreaterThan(0);

    // Another repo: refused, nothing stored; a repo that exists and one that does not get the same answer.
    expect((await uploadJunit(other, ADMIN)).statusCode).toBe(201);
    const refused = await uploadJunit(other, token);
    const refusedUnknown = await uploadJunit('other/never-seen', token);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message.replace(other, 'R')).toBe(refusedUnknown.json().message.replace('other/never-seen', 'R'));
    expect(await countRows(await testStore(), 'test_results', other)).toBe(2);

    const read = await app.inject({ method: 'GET', url: `/v1/runs?repo=${own}`, headers: auth(token) });
    expect(read.statusCode).toBe(403);
    expect(read.json().message).toMatch(/"read" scope/);
  });

  it('a read token reads its repos, must name one, and may not read production traces', async () => {
    const own = uniqueRepo('acme');
    expect((await uploadJunit(own, ADMIN)).statusCode).toBe(201);
    const { token } = await createToken({ scopes: ['read'], repos: [own] });
    const runs = await app.inject({ method: 'GET', url: `/v1/runs?repo=${own}`, headers: auth(token) });
    expect(runs.statusCode).toBe(200);
    expect(runs.json().runs).toHaveLength(1);
    // POST /v1/risk is a question, not a write: read is enough.
    const risk = await app.inject({ method: 'POST', url: '/v1/risk', headers: auth(token), payload: { repo: own, files: ['src/a.ts'] } });
    expect(risk.statusCode).toBe(200);
    const unnamed = await app.inject({ method: 'GET', url: '/v1/tests/0123456789abcdef', headers: auth(token) });
    expect(unnamed.statusCode).toBe(403);
    expect(unnamed.json().message).toMatch(/name one with repo=/);
    const ops = await app.inject({ method: 'GET', url: '/v1/operations', headers: auth(token) });
    expect(ops.statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/v1/tokens', headers: auth(token), payload: { scopes: ['read'], repos: ['*'] } })).statusCode).toBe(403);
  });

  it('OTLP: a limited token may send production spans and its own test spans; one foreign test span refuses the export', async () => {
    const own = uniqueRepo('acme');
    const other = uniqueRepo('other');
    const { token } = await createToken({ scopes: ['ingest'], repos: ['acme/*'] });
    const body = (repo: string) => {
      const exporter = new InMemorySpanExporter();
      const provider = new BasicTracerProvider({
        resource: resourceFromAttributes({ 'service.name': 'runner', 'vcs.owner.name': repo.split('/')[0]!, 'vcs.repository.name': repo.split('/')[1]! }),
        spanProcessors: [new SimpleSpanProcessor(exporter)],
      });
      const tracer = provider.getTracer('t');
      tracer.startSpan('GET /health').end();
      tracer.startSpan('test pays', { attributes: { 'test.case.name': 'CheckoutTest.pays', 'test.case.result.status': 'pass' } }).end();
      return Buffer.from(JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans())!);
    };
    const send = (repo: string) =>
      app.inject({ method: 'POST', url: '/v1/traces', headers: { 'content-type': 'application/json', ...auth(token) }, payload: body(repo) });
    expect((await send(own)).statusCode).toBe(200);
    const refused = await send(other);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain(other);
    expect(await countRows(await testStore(), 'test_results', other)).toBe(0);
  });

  it('keeps only hashes, lists tokens without them, and a revoked token stops working at once', async () => {
    const own = uniqueRepo('acme');
    const { id, token } = await createToken({ scopes: ['ingest', 'read'], repos: ['*'], name: 'to revoke' });
    const store = await testStore();
    const rs = await store.client.query({ query: 'SELECT * FROM api_tokens FINAL', format: 'JSONEachRow' });
    expect(JSON.stringify(await rs.json())).not.toContain(token);
    const list = await app.inject({ method: 'GET', url: '/v1/tokens', headers: auth(ADMIN) });
    expect(list.body).not.toContain(token);
    expect(list.json().tokens.find((t: { id: string }) => t.id === id)).toMatchObject({ name: 'to revoke', revokedAt: null });

    expect((await uploadJunit(own, token)).statusCode).toBe(201);
    expect((await app.inject({ method: 'DELETE', url: `/v1/tokens/${id}`, headers: auth(ADMIN) })).statusCode).toBe(200);
    expect((await uploadJunit(own, token)).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: `/v1/tokens/${id}`, headers: auth(ADMIN) })).statusCode).toBe(404);
  });

  it('sends no CORS headers: browsers on other origins cannot read answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://evil.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses bad token requests with the problem named', async () => {
    const bad = await app.inject({ method: 'POST', url: '/v1/tokens', headers: auth(ADMIN), payload: { scopes: ['write'], repos: ['acme/*'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/scopes/);
    const badRepo = await app.inject({ method: 'POST', url: '/v1/tokens', headers: auth(ADMIN), payload: { scopes: ['read'], repos: ['ac*me'] } });
    expect(badRepo.statusCode).toBe(400);
  });
});
