import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzProperties, hostileCases, type FuzzContext } from '../tools/fuzz/properties.ts';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { testApp } from './support/app.ts';
import { REPO_ROOT } from './support/service-process.ts';
import { testStore } from './support/store.ts';

// Hostile and broken input, a few hundred cases per run (fast-check picks new ones each run and prints
// the seed of any failure, to replay it with FUZZ_SEED). `npm run fuzz -- --cases 10000` runs longer.

const CASES = Number(process.env.FUZZ_CASES ?? 60);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
let app: FastifyInstance;
let ctx: FuzzContext;

beforeAll(async () => {
  app = await testApp();
  ctx = { app, store: await testStore(), repoRoot: REPO_ROOT, sharedDir: `${SHARED_JUNIT}../..`, deadlineMs: 30_000 };
});
afterAll(async () => app?.close());

describe('fuzz', () => {
  it('mutated real inputs: no 5xx, no hang, refused stores nothing, accepted reads back', { timeout: 600_000 }, async () => {
    for (const p of fuzzProperties(ctx)) {
      await p.check(CASES, SEED);
      console.log(`fuzz ${p.name}: ${p.stats.describe()}`);
      // The mutations must reach both outcomes, or the property proves little.
      const statuses = [...p.stats.statuses.keys()];
      expect(statuses.some((s) => s < 300), `${p.name}: nothing accepted`).toBe(true);
      expect(statuses.some((s) => s >= 400), `${p.name}: nothing refused`).toBe(true);
    }
  });

  it('found by the fuzzer: a query number too large for a double is refused, not a 500', async () => {
    // limit=1e309 was read as Infinity, passed the schema, and failed in the store.
    for (const url of ['/v1/operations?limit=1e309', '/v1/operations?sinceHours=-1e999', '/v1/runs?repo=acme/x&offset=1E400']) {
      const res = await app.inject({ url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().message).toMatch(/is out of range/);
    }
    // A string parameter keeps its text even when it reads as such a number: a Buildkite pipeline slug
    // `932e2398` (a random id in the CI-detection test) was refused with 400.
    const slug = await app.inject({ url: '/v1/runs?repo=acme/x&branch=932e2398' });
    expect(slug.json().error, slug.body).toBe('UNKNOWN_REPO'); // past validation: no such repo here
  });

  for (const c of hostileCases()) {
    it(`hostile: ${c.name}`, async () => {
      const began = performance.now();
      const res = await app.inject({ method: 'POST', url: c.url, headers: c.headers, payload: c.payload });
      expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
      expect(performance.now() - began).toBeLessThan(30_000);
      // The service still answers.
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    });
  }
});
