import { randomUUID } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { testApp } from './support/app.ts';
import { runCli } from './support/service-process.ts';
import { spanRecord } from './support/spans.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Incident suites feeding CI, on the real engine: a JUnit history the risk model learns from, an
// incident on a service whose operation one test exercises in its trace, then POST /v1/risk with a
// tiny budget must still select that test (reason "incident …"), first through the test-traces rule
// (no mapping), then through the repository's path globs; the suite retires after its clean passes.

const RETIRE = 2;
let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = await testApp({ SIGNALHOUSE_INCIDENT_RETIRE_PASSES: String(RETIRE) });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => app?.close());

const repo = uniqueRepo('incident-ci');
const svc = `ship-${randomUUID().slice(0, 8)}`;
const CLS = 'com.acme.ship.LabelServiceTest';
const TESTS = ['prints', 'voids', 'reprints', 'scales', 'rotates', 'crops', 'stacks', 'pads'];
const LABEL = 'services/ship/src/main/java/com/acme/ship/LabelService.java';
const README = 'README.md';
const voids = junitTestId(repo, CLS, CLS, 'voids');
const nowNs = () => BigInt(Date.now()) * 1_000_000n;

function report(failing: string[] = []): string {
  const cases = TESTS.map((t) =>
    failing.includes(t)
      ? `<testcase classname="${CLS}" name="${t}" time="0.5"><failure message="boom">boom</failure></testcase>`
      : `<testcase classname="${CLS}" name="${t}" time="0.5"/>`,
  );
  return `<testsuites><testsuite name="${CLS}">${cases.join('')}</testsuite></testsuites>`;
}

async function run(i: number, files: string[], failing: string[], startedAt: string) {
  const sha = `c${i}`;
  const ch = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: sha, parent: `c${i - 1}`, branch: 'main', files: files.map((path) => ({ path })) } });
  expect(ch.statusCode, ch.body).toBe(201);
  const q = new URLSearchParams({ repo, branch: 'main', commit: sha, runId: `run-${i}`, startedAt });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(failing), headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
}

type Listed = { testId: string; selected: boolean; reasons: { code: string; text: string }[] };
async function risk(files: string[]): Promise<Listed[]> {
  const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, files, budget: { fraction: 0.01 } } });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { tests: Listed[] }).tests;
}
const incidentReason = (tests: Listed[]) => tests.find((t) => t.testId === voids)?.reasons.find((r) => r.text.startsWith('incident '))?.text;

describe('incident suites in CI', () => {
  beforeAll(async () => {
    // History (the last three days): voids failed once, on a commit that changed LabelService; prints fails
    // often, so a one-test budget picks prints, not voids.
    for (let i = 1; i <= 10; i++) {
      const failing = [...(i === 3 ? ['voids'] : []), ...(i % 3 !== 0 ? ['prints'] : [])];
      await run(i, [i % 3 === 0 ? LABEL : README], failing, new Date(Date.now() - (72 - i) * 3_600_000).toISOString());
    }
    const store = await testStore();
    const writes = new TraceWrites(store.writer);
    // The voids test's trace reaches the service's GET /api/labels/:id.
    const test = spanRecord({ serviceName: 'runner', name: 'voids', startTimeUnixNano: nowNs() - 7_200_000_000_000n, durationNs: 9_000_000n, spanAttributes: { 'test.case.name': `${CLS}.voids`, 'test.case.result.status': 'pass' } });
    const server = spanRecord({ traceId: test.traceId, parentSpanId: test.spanId, serviceName: svc, name: 'GET', kind: 'server', environment: 'ci', startTimeUnixNano: test.startTimeUnixNano + 1000n, spanAttributes: { 'http.request.method': 'GET', 'url.path': '/api/labels/77' } });
    // Production: healthy before the incident, 500s during it.
    const prod = (minutesAgo: number, status: string, id: number) =>
      spanRecord({ serviceName: svc, name: 'GET', kind: 'server', environment: 'production', startTimeUnixNano: nowNs() - BigInt(minutesAgo) * 60_000_000_000n, durationNs: 4_000_000n, spanAttributes: { 'http.request.method': 'GET', 'url.path': `/api/labels/${id}`, 'http.response.status_code': status } });
    await writes.store([test, server, prod(90, '200', 1), prod(80, '200', 2), prod(20, '500', 3), prod(15, '500', 4)], { sourceId: `incident-ci-${svc}`, defaultRepo: repo });
    const inc = await app.inject({ method: 'POST', url: '/v1/incidents', payload: { id: 'INC-7', repo, title: 'Labels 500', services: [svc], startedAt: new Date(Date.now() - 30 * 60_000).toISOString() } });
    expect(inc.statusCode, inc.body).toBe(201);
    const train = await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` });
    expect(train.statusCode, train.body).toBe(200);
  });

  it('the live regression suite lists the incident scenario and its related test', async () => {
    const res = await app.inject({ url: `/v1/suites/regression?repo=${encodeURIComponent(repo)}&service=${svc}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { incidents: { incident: { id: string }; scenarios: { operation: string; request: { path: string } }[]; relatedTests: { testId: string }[]; retirement: unknown }[]; retired: unknown[] };
    expect(body.retired).toEqual([]);
    expect(body.incidents.map((e) => [e.incident.id, e.scenarios.map((s) => [s.operation, s.request.path]), e.relatedTests.map((t) => t.testId), e.retirement])).toEqual([
      ['INC-7', [['GET /api/labels/:id', '/api/labels/3']], [voids], { cleanPasses: 0, retireAfter: RETIRE, retired: false }],
    ]);
    const other = (await app.inject({ url: `/v1/suites/regression?repo=${encodeURIComponent(repo)}&service=nope` })).json() as { incidents: unknown[] };
    expect(other.incidents).toEqual([]);
  });

  it('with no mapping, a change whose tests exercise the service selects the related test whatever the budget (test-traces rule)', async () => {
    const tests = await risk([LABEL]);
    expect(tests.find((t) => t.testId === voids)?.selected).toBe(true);
    expect(incidentReason(tests)).toMatch(new RegExp(`^incident INC-7: the change touches service ${svc} \\(1 test that run.*rule: test traces\\)`));
    // The same budget without an incident reason leaves it out.
    const readme = await risk([README]);
    expect(incidentReason(readme)).toBeUndefined();
    expect(readme.find((t) => t.testId === voids)?.selected).toBe(false);
  });

  it('with path globs sent by the CLI from a checked-in file, the globs decide (path-globs rule)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-services-'));
    mkdirSync(join(dir, '.signalhouse'));
    writeFileSync(join(dir, '.signalhouse/services.json'), JSON.stringify({ services: { [svc]: ['docs/labels/**'], other: ['services/other/**'] } }));
    const cli = await runCli(['services', 'push', '--repo', repo, '--server', url], {}, dir);
    expect(cli.code, cli.stderr).toBe(0);
    expect((await app.inject({ url: `/v1/service-paths?repo=${encodeURIComponent(repo)}` })).json()).toEqual({ repo, services: { [svc]: ['docs/labels/**'], other: ['services/other/**'] } });
    // The globs replace the traces rule: LabelService.java is no longer the service's, docs/labels is.
    expect(incidentReason(await risk([LABEL]))).toBeUndefined();
    expect(incidentReason(await risk(['docs/labels/sizes.md']))).toBe(
      `incident INC-7: the change touches service ${svc} (docs/labels/sizes.md matches path glob docs/labels/**; rule: path globs); runs until ${RETIRE} clean passes (0 so far)`,
    );
    const bad = await app.inject({ method: 'PUT', url: '/v1/service-paths', payload: { repo, services: { [svc]: 'docs/**' } } });
    expect(bad.statusCode).toBe(400);
  });

  it("a deployment of the service plans the incident's related test first, whatever the budget", async () => {
    const dep = await app.inject({ method: 'POST', url: '/v1/deployments', payload: { service: svc, version: '1.2.3', environment: 'production', at: new Date().toISOString(), repo } });
    expect(dep.statusCode, dep.body).toBe(201);
    const plan = await app.inject({ url: `/v1/deployments/${(dep.json() as { id: string }).id}/plan?budgetMinutes=0.001` });
    expect(plan.statusCode, plan.body).toBe(200);
    const tests = (plan.json() as { tests: { testId: string; name: string; reason: string }[] }).tests;
    expect(tests[0]).toMatchObject({ testId: voids, name: `${CLS}.voids`, reason: `incident INC-7: Labels 500 (0/${RETIRE} clean passes)` });
  });

  it(`retires after ${RETIRE} clean passes of its tests, and is no longer forced`, async () => {
    await run(11, [README], [], new Date().toISOString());
    const one = (await app.inject({ url: `/v1/suites/regression?repo=${encodeURIComponent(repo)}` })).json() as { incidents: { retirement: { cleanPasses: number } }[] };
    expect(one.incidents.map((e) => e.retirement.cleanPasses)).toEqual([1]);
    await run(12, [README], [], new Date(Date.now() + 1000).toISOString());
    const two = (await app.inject({ url: `/v1/suites/regression?repo=${encodeURIComponent(repo)}` })).json() as { incidents: unknown[]; retired: unknown[] };
    expect(two.incidents).toEqual([]);
    expect(two.retired).toEqual([{ id: 'INC-7', title: 'Labels 500', cleanPasses: 2 }]);
    const after = await risk(['docs/labels/sizes.md']);
    expect(incidentReason(after)).toBeUndefined();
    expect(after.find((t) => t.testId === voids)?.selected).toBe(false);
  });
});
