import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.ts';
import { countsOf, junitFixturesWithExpectations, LOCAL_FIXTURES, REAL_JUNIT, SHARED_JUNIT } from './support/fixtures.ts';
import { countRows, testStore, uniqueRepo } from './support/store.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

function post(query: Record<string, string>, body: string | Buffer, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/v1/junit?${new URLSearchParams(query)}`,
    payload: body,
    headers: { 'content-type': 'application/xml', ...headers },
  });
}

describe('POST /v1/junit', () => {
  for (const { file, path, expected } of [...junitFixturesWithExpectations(), ...junitFixturesWithExpectations(REAL_JUNIT)]) {
    it(`stores ${file} and answers the reference counts`, async () => {
      const repo = uniqueRepo('fixture');
      const res = await post({ repo, branch: 'main', commit: 'c1', runId: 'run-1' }, readFileSync(path));
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body.runId).toBe('run-1');
      expect(countsOf(body)).toEqual(expected);
      const store = await testStore();
      // One row per executed attempt: every test case, plus Surefire's rerun elements.
      expect(body.attempts).toBeGreaterThanOrEqual(expected.runs);
      expect(await countRows(store, 'test_results', repo)).toBe(body.attempts);
    });
  }

  it('does not count a re-sent report twice, and the runs listing agrees', async () => {
    const repo = uniqueRepo('idem');
    const xml = readFileSync(`${SHARED_JUNIT}pytest/junit.fail.xml`);
    const q = { repo, branch: 'main', commit: 'c1', runId: 'ci-42' };
    const first = await post(q, xml);
    const again = await post(q, gzipSync(xml), { 'content-encoding': 'gzip' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, testCases: first.json().testCases, uploadId: first.json().uploadId });
    const store = await testStore();
    expect(await countRows(store, 'test_results', repo)).toBe(5);

    // A re-run of the same CI run is a new attempt and is counted.
    expect((await post({ ...q, attempt: '2' }, xml)).statusCode).toBe(201);
    const runs = (await app.inject({ url: `/v1/runs?repo=${encodeURIComponent(repo)}` })).json();
    expect(runs.runs.map((r: { runId: string; attempt: number }) => [r.runId, r.attempt]).sort()).toEqual([
      ['ci-42', 1],
      ['ci-42', 2],
    ]);
    expect(runs.runs[0].tests).toEqual({ total: 5, passed: 3, failed: 1, errored: 0, skipped: 1 });
  });

  it('makes several files one run, and Surefire reruns separate attempts', async () => {
    const repo = uniqueRepo('multi');
    const q = { repo, branch: 'feature/x', commit: 'abc', runId: 'gh-7', startedAt: '2026-11-20T10:00:00Z' };
    await post(q, readFileSync(`${SHARED_JUNIT}pytest/junit.fail.xml`));
    await post(q, readFileSync(`${LOCAL_FIXTURES}surefire-reruns.xml`));
    const runs = (await app.inject({ url: `/v1/runs?repo=${encodeURIComponent(repo)}` })).json();
    expect(runs.runs).toHaveLength(1);
    expect(runs.runs[0]).toMatchObject({
      runId: 'gh-7',
      branch: 'feature/x',
      commit: 'abc',
      startedAt: '2026-11-20T10:00:00.000Z',
      tests: { total: 9, passed: 5, failed: 2, errored: 1, skipped: 1 },
      attempts: 14,
    });
  });

  it('paginates runs', async () => {
    const repo = uniqueRepo('page');
    const xml = readFileSync(`${SHARED_JUNIT}jest/jest-junit.xml`);
    for (let i = 1; i <= 5; i++) {
      await post({ repo, branch: 'main', commit: `c${i}`, runId: `r${i}`, startedAt: `2026-11-0${i}T00:00:00Z` }, xml);
    }
    const page1 = (await app.inject({ url: `/v1/runs?repo=${encodeURIComponent(repo)}&limit=2` })).json();
    expect(page1.runs.map((r: { runId: string }) => r.runId)).toEqual(['r5', 'r4']);
    expect(page1.nextOffset).toBe(2);
    const page3 = (await app.inject({ url: `/v1/runs?repo=${encodeURIComponent(repo)}&limit=2&offset=4` })).json();
    expect(page3.runs.map((r: { runId: string }) => r.runId)).toEqual(['r1']);
    expect(page3.nextOffset).toBeNull();
  });

  describe('bad input gets a 4xx naming the problem, stores nothing, and the service goes on', () => {
    const cases: [string, () => { body: string | Buffer; headers?: Record<string, string> }, number, RegExp][] = [
      ['corrupt XML', () => ({ body: readFileSync(`${SHARED_JUNIT}pytest/corrupt-xml.xml`) }), 400, /not well-formed XML: 11:21/],
      ['XML that is not JUnit', () => ({ body: readFileSync(`${SHARED_JUNIT}non-junit.xml`) }), 400, /root element <suites> is not JUnit/],
      ['an empty body', () => ({ body: '' }), 400, /empty/],
      ['a corrupt file after valid test cases', () => ({ body: '<testsuite><testcase name="a"/><testcase name="b">' }), 400, /not well-formed/],
      ['broken gzip', () => ({ body: Buffer.from('not gzip at all'), headers: { 'content-encoding': 'gzip' } }), 400, /not valid gzip/],
      ['an unknown encoding', () => ({ body: 'x', headers: { 'content-encoding': 'br' } }), 415, /content-encoding "br"/],
    ];
    for (const [what, make, status, message] of cases) {
      it(what, async () => {
        const repo = uniqueRepo('bad');
        const { body, headers } = make();
        const res = await post({ repo, branch: 'main', commit: 'c', runId: 'r', fileName: 'reports/x.xml' }, body, headers);
        expect(res.statusCode, res.body).toBe(status);
        expect(res.json().message).toMatch(message);
        const store = await testStore();
        expect(await countRows(store, 'test_results', repo)).toBe(0);
        expect(await countRows(store, 'ci_runs', repo)).toBe(0);
        const ok = await post({ repo, branch: 'main', commit: 'c' }, readFileSync(`${SHARED_JUNIT}jest/jest-junit.xml`));
        expect(ok.statusCode).toBe(201);
      });
    }

    it('missing repo, branch or commit', async () => {
      const res = await post({ repo: 'a/b', branch: 'main' }, '<testsuite/>');
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/commit/);
    });

    it('a body over the limit, also when it only grows that big after gunzip', async () => {
      const small = await testApp({ SIGNALHOUSE_MAX_BODY_BYTES: '10000' });
      try {
        const repo = uniqueRepo('big');
        const big = `<testsuite>${'<testcase name="t"/>'.repeat(2000)}</testsuite>`;
        for (const [body, headers] of [
          [big, {}],
          [gzipSync(big), { 'content-encoding': 'gzip' }],
        ] as const) {
          const res = await small.inject({
            method: 'POST',
            url: `/v1/junit?${new URLSearchParams({ repo, branch: 'm', commit: 'c' })}`,
            payload: body,
            headers: { 'content-type': 'application/xml', ...headers },
          });
          expect(res.statusCode).toBe(413);
          expect(res.json().message).toMatch(/limit of 10000 bytes/);
        }
        expect(await countRows(await testStore(), 'test_results', repo)).toBe(0);
      } finally {
        await small.close();
      }
    });

    it('a report whose tests are past the results retention (ClickHouse would delete them on arrival)', async () => {
      const keeping90Days = await testApp({ SIGNALHOUSE_RESULTS_TTL_DAYS: '90' });
      try {
        const repo = uniqueRepo('old');
        const send = (body: string | Buffer, query: Record<string, string> = {}) =>
          keeping90Days.inject({
            method: 'POST',
            url: `/v1/junit?${new URLSearchParams({ repo, branch: 'm', commit: 'c', fileName: 'old.xml', ...query })}`,
            payload: body,
            headers: { 'content-type': 'application/xml' },
          });
        // Its test suite ran on 2020-09-04.
        const res = await send(readFileSync(`${SHARED_JUNIT}pytest/junit.fail.xml`));
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json()).toMatchObject({ error: 'OUTSIDE_RETENTION' });
        expect(res.json().message).toMatch(/^old\.xml: tests started 2020-09-04T\d\d:18:04\.966Z, before the retention window of 90 days \(SIGNALHOUSE_RESULTS_TTL_DAYS\)/);
        // A run start given in the query counts too, for reports without timestamps.
        const undated = '<testsuite name="s"><testcase classname="a.B" name="c"/></testsuite>';
        expect((await send(undated, { startedAt: '2021-01-01T00:00:00Z' })).statusCode).toBe(422);
        const store = await testStore();
        expect(await countRows(store, 'test_results', repo)).toBe(0);
        expect(await countRows(store, 'ci_runs', repo)).toBe(0);
        // Recent tests are stored as usual.
        expect((await send(undated)).statusCode).toBe(201);
        expect(await countRows(store, 'test_results', repo)).toBe(1);
      } finally {
        await keeping90Days.close();
      }
    });
  });
});

describe('GET /v1/tests/:testId/history', () => {
  it('lists every attempt of a test, newest first, with its identity', async () => {
    const repo = uniqueRepo('hist');
    const xml = readFileSync(`${LOCAL_FIXTURES}surefire-reruns.xml`);
    await post({ repo, branch: 'main', commit: 'c1', runId: 'r1', startedAt: '2026-11-01T00:00:00Z' }, xml);
    const up = await post({ repo, branch: 'main', commit: 'c2', runId: 'r2', startedAt: '2026-11-02T00:00:00Z' }, xml);
    expect(up.statusCode).toBe(201);
    const runs = (await app.inject({ url: `/v1/runs?repo=${encodeURIComponent(repo)}` })).json();
    expect(runs.runs).toHaveLength(2);

    const { junitTestId } = await import('../ingestion/test-identity.ts');
    const id = junitTestId(repo, 'com.acme.payments.ChargeTest', 'com.acme.payments.ChargeTest', 'retriesGatewayTimeout');
    const res = await app.inject({ url: `/v1/tests/${id}/history?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(200);
    const h = res.json();
    expect(h).toMatchObject({
      testId: id,
      suite: 'com.acme.payments.ChargeTest',
      className: 'com.acme.payments.ChargeTest',
      name: 'retriesGatewayTimeout',
      file: '',
    });
    expect(h.attempts.map((a: { runId: string; retry: number; status: string }) => [a.runId, a.retry, a.status])).toEqual([
      ['r2', 2, 'passed'],
      ['r2', 1, 'errored'],
      ['r2', 0, 'failed'],
      ['r1', 2, 'passed'],
      ['r1', 1, 'errored'],
      ['r1', 0, 'failed'],
    ]);
    expect(h.attempts[2].message).toBe('expected: <200> but was: <504>');
  });

  it('answers 404 for an unknown test and 400 for a malformed id', async () => {
    expect((await app.inject({ url: '/v1/tests/0123456789abcdef/history' })).statusCode).toBe(404);
    const bad = await app.inject({ url: '/v1/tests/nope/history' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/testId/);
  });

  it('requires a repo for /v1/runs', async () => {
    const res = await app.inject({ url: '/v1/runs' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/repo/);
  });
});
