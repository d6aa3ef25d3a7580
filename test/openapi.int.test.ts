import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { REAL_JUNIT } from './support/fixtures.ts';
import { registeredRoutes } from './support/routes.ts';
import { testConfig, testStore, uniqueRepo } from './support/store.ts';

// GET /openapi.json: a valid OpenAPI 3.1 document naming every route the app registers, whose
// documented answers are what the routes really answer (checked on real answers, with auth on).

const ADMIN = randomBytes(24).toString('hex');
let app: FastifyInstance;
type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
let doc: Doc;

beforeAll(async () => {
  app = await buildApp({ config: testConfig({ SIGNALHOUSE_ADMIN_TOKEN: ADMIN }), store: await testStore(), logger: false });
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(async () => app?.close());

const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI', () => {
  it('is a valid OpenAPI 3.1 document, served without a token', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, JSON.stringify('errors' in result ? result.errors : [], null, 2).slice(0, 2000)).toBe(true);
  });

  it('describes every route the app registered', () => {
    const routes = registeredRoutes(app).filter((r) => r.url !== '/openapi.json');
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !doc.paths[openApiPath(r.url)]?.[r.method.toLowerCase()]);
    expect(missing).toEqual([]);
  });

  it('documents answers that the real answers validate against', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const checked: string[] = [];
    async function call(req: InjectOptions & { url: string; method: string }, route: string) {
      const res = await app.inject({ ...req, headers: { authorization: `Bearer ${ADMIN}`, ...(req.headers ?? {}) } });
      const op = doc.paths[openApiPath(route)]?.[req.method.toLowerCase()];
      const schema = op?.responses[String(res.statusCode)]?.content?.['application/json']?.schema;
      expect(schema, `${req.method} ${route} answered ${res.statusCode}, which is not documented`).toBeDefined();
      const ok = ajv.validate(schema!, res.json());
      expect(ok, `${req.method} ${route} ${res.statusCode}: ${ajv.errorsText()}\n${res.body.slice(0, 500)}`).toBe(true);
      checked.push(`${req.method} ${route} ${res.statusCode}`);
      return res;
    }
    const repo = uniqueRepo('openapi');
    const xml = readFileSync(`${REAL_JUNIT}surefire/TEST-io.olamy.FlakyTest.xml`);
    const upload = { method: 'POST', url: `/v1/junit?repo=${repo}&branch=main&commit=c1&runId=r1`, headers: { 'content-type': 'application/xml' }, payload: xml };
    await call(upload, '/v1/junit');
    await call(upload, '/v1/junit'); // the same report again: 200, already stored
    await call({ method: 'GET', url: '/healthz' }, '/healthz');
    await call({ method: 'GET', url: `/v1/runs?repo=${repo}` }, '/v1/runs');
    await call({ method: 'GET', url: `/v1/tests/flaky?repo=${repo}` }, '/v1/tests/flaky');
    await call({ method: 'GET', url: `/v1/failures?repo=${repo}` }, '/v1/failures');
    await call({ method: 'GET', url: `/v1/tests?q=testApp&repo=${repo}` }, '/v1/tests');
    await call({ method: 'GET', url: '/v1/runs?repo=openapi/never-seen' }, '/v1/runs'); // 404 UNKNOWN_REPO
    await call({ method: 'GET', url: '/v1/runs?limit=nope' }, '/v1/runs'); // 400
    await call({ method: 'GET', url: `/v1/runs?repo=${repo}`, headers: { authorization: 'Bearer wrong' } }, '/v1/runs'); // 401
    const created = await call({ method: 'POST', url: '/v1/tokens', payload: { scopes: ['read'], repos: [repo] } }, '/v1/tokens');
    await call({ method: 'GET', url: '/v1/tokens' }, '/v1/tokens');
    await call({ method: 'DELETE', url: `/v1/tokens/${created.json().id}` }, '/v1/tokens/:id');
    await call({ method: 'GET', url: `/v1/reports/weekly?repo=${repo}&week=2026-W48` }, '/v1/reports/weekly');
    await call({ method: 'GET', url: `/v1/runs/r1/summary?repo=${repo}` }, '/v1/runs/:runId/summary');
    const imports = { repo, files: [{ path: 'a.test.ts', test: true, imports: ['a.ts'] }, { path: 'a.ts', imports: [] }] };
    await call({ method: 'POST', url: '/v1/imports', payload: imports }, '/v1/imports');
    await call({ method: 'GET', url: `/v1/imports/reach?repo=${repo}&testFile=a.test.ts` }, '/v1/imports/reach');
    await call({ method: 'DELETE', url: `/v1/repos?repo=${repo}` }, '/v1/repos');
    expect(checked.length).toBe(18);
  });
});
