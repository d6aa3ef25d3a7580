import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIOR } from '../models/risk/features.ts';
import { testApp } from './support/app.ts';
import { REAL_JUNIT } from './support/fixtures.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// `reach`: which files a test's own file reaches through imports (code_reach, from a scan of a
// checkout). Real reports of each runner are mapped to their test files (a report names classes,
// modules and packages, not files); training learns the feature from a history where changes to files
// one test file imports broke its tests, and a request then ranks those tests first for a change to a
// file they import but that never broke anything, with the reason, as training saw it.

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

const DAY = 86_400_000;

/** Sends an import graph as `signalhouse upload imports` does: the service walks it into code_reach. */
async function scan(repo: string, files: { path: string; test?: boolean; imports: string[]; tests?: string[] }[], scannedAt = new Date()): Promise<void> {
  const res = await app.inject({ method: 'POST', url: '/v1/imports', payload: { repo, commit: 'scan', scannedAt: scannedAt.toISOString(), files } });
  expect(res.statusCode, res.body).toBe(201);
}

async function upload(repo: string, xml: string, i: number, at: Date): Promise<void> {
  const q = new URLSearchParams({ repo, branch: 'main', commit: `c${i}`, runId: `run-${i}`, startedAt: at.toISOString() });
  const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: xml, headers: { 'content-type': 'application/xml' } });
  expect(res.statusCode, res.body).toBe(201);
}

async function train(repo: string): Promise<{ weights: Record<string, number> }> {
  const res = await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('a test and its test file, from real reports', () => {
  const repo = uniqueRepo('reach-map');
  // What each runner's report names, and the scanned file it lives in (decoys beside: same names
  // elsewhere, another package).
  const FILES = [
    'core/src/test/java/io/olamy/FlakyTest.java',
    'lib/src/test/kotlin/com/github/guenhter/junit/TwoExtensionsTest1.kt',
    'py/tests/test_shop.py',
    'web/__test__/add.test.tsx',
    'web/__test__/sub.test.tsx',
    'testjson/internal/good/good_test.go',
    'testjson/internal/good/more_test.go',
    'testjson/internal/bad/bad_test.go',
    'cmd/package/subtests/subtests_test.go',
    'core/src/test/java/io/olamy/AlwaysFailTest.java',
  ];

  // The test functions the scan saw the Go files declare (a scanner reads `func TestXxx`); TestWithStderr,
  // TestSkipped… of the good package are declared by neither (a scan older than them): both files.
  const DECLARED: Record<string, string[]> = {
    'testjson/internal/good/good_test.go': ['TestPassed', 'TestPassedWithLog', 'TestNestedSuccess'],
    'testjson/internal/good/more_test.go': ['TestParallelTheFirst', 'TestParallelTheSecond', 'TestParallelTheThird'],
  };

  let byClass: Map<string, string[]>;
  let byTest: Map<string, string[]>;
  beforeAll(async () => {
    const fixtures = [
      'surefire/TEST-io.olamy.FlakyTest.xml',
      'gradle/TEST-com.github.guenhter.junit.TwoExtensionsTest1.xml',
      'pytest/rerunfailures.xml',
      'vitest/report.xml',
      'gotestsum/junitxml-report.golden.xml',
      'go-junit-report/012-report.xml',
    ];
    const t0 = Date.now() - DAY;
    // The reports' own timestamps (2022–2025) go: the model keeps only tests run within activeDays.
    const today = (f: string) => readFileSync(`${REAL_JUNIT}${f}`, 'utf8').replace(/ timestamp="[^"]*"/g, '');
    for (const [i, f] of fixtures.entries()) await upload(repo, today(f), i + 1, new Date(t0 + i * 60_000));
    await scan(repo, [...FILES.map((path) => ({ path, test: true, imports: ['shared/util.ts'], ...(DECLARED[path] ? { tests: DECLARED[path] } : {}) })), { path: 'shared/util.ts', imports: [] }]);
    await train(repo);
    const store = await testStore();
    const rs = await store.client.query({
      query: `SELECT t.class_name AS class_name, t.name AS name, groupUniqArray(r.key) AS files
              FROM (SELECT test_id, class_name, name FROM risk_model WHERE repo = {repo:String} AND kind = 'test') AS t
              LEFT JOIN (SELECT test_id, key FROM risk_model WHERE repo = {repo:String} AND kind = 'reach') AS r ON r.test_id = t.test_id
              GROUP BY class_name, name`,
      query_params: { repo },
      format: 'JSONEachRow',
    });
    const rows = await rs.json<{ class_name: string; name: string; files: string[] }>();
    byClass = new Map();
    byTest = new Map();
    for (const r of rows) {
      const files = r.files.filter((f) => f !== '');
      byClass.set(r.class_name, [...new Set([...(byClass.get(r.class_name) ?? []), ...files])].sort());
      byTest.set(`${r.class_name} ${r.name}`, files.sort());
    }
  }, 120_000);

  it('Surefire and Gradle classes: the .java or .kt file of that class path, whatever the module', () => {
    expect(byClass.get('io.olamy.FlakyTest')).toEqual(['core/src/test/java/io/olamy/FlakyTest.java']);
    expect(byClass.get('com.github.guenhter.junit.TwoExtensionsTest1')).toEqual(['lib/src/test/kotlin/com/github/guenhter/junit/TwoExtensionsTest1.kt']);
  });

  it('pytest modules: the module file under the Python root', () => {
    expect(byClass.get('tests.test_shop')).toEqual(['py/tests/test_shop.py']);
  });

  it('vitest: the classname is the file path', () => {
    expect(byClass.get('__test__/add.test.tsx')).toEqual(['web/__test__/add.test.tsx']);
    expect(byClass.get('__test__/sub.test.tsx')).toEqual(['web/__test__/sub.test.tsx']);
  });

  it("Go packages: every _test.go file of the folder that is the import path's longest suffix", () => {
    expect(byClass.get('github.com/gotestyourself/gotestyourself/testjson/internal/good')).toEqual([
      'testjson/internal/good/good_test.go',
      'testjson/internal/good/more_test.go',
    ]);
    expect(byClass.get('package/subtests')).toEqual(['cmd/package/subtests/subtests_test.go']);
  });

  it('Go tests: the _test.go file the scan saw declare the function (a subtest: its top-level one), else every one', () => {
    const good = (name: string) => byTest.get(`github.com/gotestyourself/gotestyourself/testjson/internal/good ${name}`);
    expect(good('TestPassed')).toEqual(['testjson/internal/good/good_test.go']);
    expect(good('TestNestedSuccess/a/sub')).toEqual(['testjson/internal/good/good_test.go']);
    expect(good('TestParallelTheSecond')).toEqual(['testjson/internal/good/more_test.go']);
    expect(good('TestWithStderr')).toEqual(['testjson/internal/good/good_test.go', 'testjson/internal/good/more_test.go']);
    // The name alone does not move a test to another package's file declaring the same function.
    expect(byTest.get('github.com/gotestyourself/gotestyourself/testjson/internal/stub TestPassed')).toEqual([]);
  });
});

describe('reach, trained and scored', () => {
  const repo = uniqueRepo('reach');
  const AREAS = ['orders', 'cart', 'catalog', 'shipping', 'users', 'billing', 'search', 'reviews'];
  const cap = (a: string) => `${a[0]!.toUpperCase()}${a.slice(1)}`;
  const cls = (a: string) => `com.acme.${a}.${cap(a)}FlowTest`;
  const testFile = (a: string) => `services/${a}/src/test/java/com/acme/${a}/${cap(a)}FlowTest.java`;
  const service = (a: string) => `services/${a}/src/main/java/com/acme/${a}/${cap(a)}Flow.java`;
  /** Helpers of a utility library no test's name or folder points at. */
  const helper = (k: number) => `libs/kit/src/main/java/com/acme/kit/Helper${k}.java`;
  const TESTS = 5;

  function report(failing: string | null): string {
    const suites = AREAS.map((a) => {
      const cases = Array.from({ length: TESTS }, (_, k) => {
        const open = `<testcase classname="${cls(a)}" name="case${k}" time="0.1"`;
        return failing === a
          ? `${open}><failure message="expected 3 but was 4" type="java.lang.AssertionError">java.lang.AssertionError: expected 3 but was 4\n\tat ${cls(a)}.case${k}(${cap(a)}FlowTest.java:17)</failure></testcase>`
          : `${open}/>`;
      });
      return `<testsuite name="${cls(a)}">${cases.join('')}</testsuite>`;
    });
    return `<testsuites>${suites.join('')}</testsuites>`;
  }

  let weights: Record<string, number>;
  beforeAll(async () => {
    // The orders tests' file imports the helpers; the cart tests' reaches them through three imports
    // (its flow, the kit, the helper); the shipping tests' imported helper 11 in a scan three months
    // ago, not since.
    const helpers = Array.from({ length: 12 }, (_, k) => helper(k));
    const kit = 'libs/kit/src/main/java/com/acme/kit/Kit.java';
    const cartFlow = service('cart');
    const tests = AREAS.map((a) => ({ path: testFile(a), test: true, imports: [service(a)] }));
    const sources = [...AREAS.filter((a) => a !== 'cart').map((a) => ({ path: service(a), imports: [] })), ...helpers.map((path) => ({ path, imports: [] }))];
    await scan(
      repo,
      [...tests, ...sources, { path: cartFlow, imports: [kit] }, { path: kit, imports: helpers }, { path: testFile('shipping'), test: true, imports: [service('shipping'), helper(11)] }].filter(
        (f, i, all) => all.findIndex((g) => g.path === f.path) === i,
      ),
      new Date(Date.now() - 90 * DAY),
    );
    await scan(repo, [...tests.map((t) => (t.path === testFile('orders') ? { ...t, imports: [...t.imports, ...helpers] } : t)), ...sources, { path: cartFlow, imports: [kit] }, { path: kit, imports: helpers }]);
    // 70 pushes to main: eight change a helper (0–7, each once) and break the orders tests for that
    // push and the next; three change other helpers and break nothing; the rest change a service.
    const breaks = new Map([[5, 0], [13, 1], [21, 2], [29, 3], [37, 4], [45, 5], [53, 6], [61, 7]]);
    const quiet = new Map([[9, 8], [33, 9], [57, 10]]);
    const t0 = Date.now() - 4 * DAY;
    let failing: string | null = null;
    for (let i = 1; i <= 70; i++) {
      const k = breaks.get(i) ?? quiet.get(i);
      const files = k !== undefined ? [helper(k)] : [service(AREAS[i % AREAS.length]!)];
      if (breaks.has(i)) failing = 'orders';
      else if (breaks.has(i - 2)) failing = null;
      const ch = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: `c${i}`, parent: `c${i - 1}`, branch: 'main', files: files.map((path) => ({ path, added: 9, removed: 2 })) } });
      expect(ch.statusCode, ch.body).toBe(201);
      await upload(repo, report(failing), i, new Date(t0 + i * 3_600_000));
    }
    ({ weights } = await train(repo));
  }, 240_000);

  it('training sees reach: its weight leaves the prior upward, learnt from the history', () => {
    expect(weights.reach).toBeGreaterThan(PRIOR.reach.mean + 0.2);
  });

  it('ranks the tests whose file imports a changed file first, and those reaching it further after, with the reason', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, parent: 'c70', branch: 'main', files: [{ path: helper(11), added: 3, removed: 1 }], budget: { fraction: 0.25 } } });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json() as { tests: { className: string; probability: number; selected: boolean; reasons: { code: string; text: string }[] }[] };
    const top = a.tests.slice(0, TESTS);
    for (const t of top) {
      expect(t.className).toBe(cls('orders'));
      expect(t.selected).toBe(true);
      expect(t.reasons.find((r) => r.code === 'reach')?.text).toBe(`its test file imports changed file ${helper(11)}`);
    }
    const cart = a.tests.filter((t) => t.className === cls('cart'));
    for (const t of cart) expect(t.reasons.find((r) => r.code === 'reach')?.text).toBe(`its test file reaches changed file ${helper(11)} through 3 imports`);
    // A scan older than activeDays says nothing about the code as it is.
    const shipping = a.tests.filter((t) => t.className === cls('shipping'));
    const other = a.tests.filter((t) => t.className === cls('search'));
    for (const t of shipping) expect(t.reasons.map((r) => r.code)).not.toContain('reach');
    expect(Math.max(...shipping.map((t) => t.probability))).toBeCloseTo(Math.max(...other.map((t) => t.probability)), 6);
    expect(Math.min(...top.map((t) => t.probability))).toBeGreaterThan(Math.max(...cart.map((t) => t.probability)));
    expect(Math.min(...cart.map((t) => t.probability))).toBeGreaterThan(Math.max(...other.map((t) => t.probability)));
  });
});
