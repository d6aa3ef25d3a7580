import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../tools/history/prng.ts';
import { testApp } from './support/app.ts';
import { uniqueRepo } from './support/store.ts';

// Co-failure history (`assoc`): a shared utility in libs/common that, when it changes, now and then
// breaks the same two tests of another area (payments), is learnt from the history, so the next
// change to it selects those tests, with the reason; and a failure is credited to the files of its
// change by their share, so the eight files a big refactor touched along with the utility do not
// inherit the utility's record. Real engine, reports through POST /v1/junit, training through the API.

const AREAS = ['payments', 'orders', 'shipping', 'billing'] as const;
const TESTS_PER_AREA = 10;
const UTILITY = 'libs/common/src/main/java/com/acme/common/Clock.java';
/** The payments tests the utility breaks: another area's, sharing no folder or path word with it. */
const BROKEN = ['payments1', 'payments2'];
const cap = (a: string) => `${a[0]!.toUpperCase()}${a.slice(1)}`;
const service = (a: string) => `services/${a}/src/main/java/com/acme/${a}/${cap(a)}Service.java`;
const mapper = (k: number) => `services/orders/src/main/java/com/acme/orders/Order${k}Mapper.java`;
const className = (a: string) => `com.acme.${a}.${cap(a)}ServiceTest`;

interface Planned {
  commit: string;
  parent: string;
  files: string[];
  failing: string[];
}

/**
 * 80 pushes to main. The utility changes 22 times: 6 of them break payments1 and payments2 (4 alone,
 * 2 in a refactor with 8 orders mappers); the breakage stays one more push (so it is a real failure,
 * not a lone flip) and the push after that fixes it, touching the utility again; the other 10 break
 * nothing. The other pushes change one area's service; five of them break a test of that same area
 * for two pushes.
 */
function plan(): Planned[] {
  const rng = Rng.derive(5, 'risk-assoc-int');
  const breaksAlone = new Set([6, 22, 41, 60]);
  const refactors = new Set([14, 50]);
  const quiet = new Set([3, 10, 18, 27, 31, 36, 45, 55, 66, 70]);
  const areaBreaks = new Set([33, 46, 56, 73, 77]);
  const out: Planned[] = [];
  // The breakage alive, how many more pushes carry it, and whether its fix touches the utility.
  let alive: { tests: string[]; left: number; utility: boolean } | null = null;
  for (let i = 1; i <= 80; i++) {
    let files: string[];
    const a = AREAS[rng.int(0, AREAS.length - 1)]!;
    if (alive && alive.left === 0) {
      files = alive.utility ? [UTILITY] : [service(a)];
      alive = null;
    } else if (alive) {
      files = [service(a)];
      alive.left--;
    } else if (breaksAlone.has(i) || refactors.has(i)) {
      files = breaksAlone.has(i) ? [UTILITY] : [UTILITY, ...Array.from({ length: 8 }, (_, k) => mapper(k))];
      alive = { tests: BROKEN, left: 1, utility: true };
    } else if (quiet.has(i)) {
      files = [UTILITY];
    } else {
      files = [service(a)];
      if (areaBreaks.has(i)) alive = { tests: [`${a}${rng.int(3, 9)}`], left: 1, utility: false };
    }
    out.push({ commit: `c${i}`, parent: `c${i - 1}`, files, failing: alive?.tests ?? [] });
  }
  return out;
}

function report(failing: readonly string[]): string {
  const suites = AREAS.map((a) => {
    const cases = Array.from({ length: TESTS_PER_AREA }, (_, k) => {
      const name = `${a}${k}`;
      const open = `<testcase classname="${className(a)}" name="${name}" time="0.1"`;
      return failing.includes(name)
        ? `${open}><failure message="expected 3 but was 4" type="java.lang.AssertionError">java.lang.AssertionError: expected 3 but was 4\n\tat ${className(a)}.${name}(${cap(a)}ServiceTest.java:17)</failure></testcase>`
        : `${open}/>`;
    });
    return `<testsuite name="${className(a)}">${cases.join('')}</testsuite>`;
  });
  return `<testsuites>${suites.join('')}</testsuites>`;
}

interface Answer {
  tests: { name: string; probability: number; selected: boolean; reasons: { text: string }[] }[];
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

describe('co-failure history of a shared utility', () => {
  const repo = uniqueRepo('risk-assoc');
  const history = plan();
  const last = history[history.length - 1]!;

  beforeAll(async () => {
    for (const [i, c] of history.entries()) {
      const files = c.files.map((path) => ({ path, added: 12, removed: 3 }));
      const ch = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: c.commit, parent: c.parent, branch: 'main', files } });
      expect(ch.statusCode, ch.body).toBe(201);
      const q = new URLSearchParams({ repo, branch: 'main', commit: c.commit, runId: `run-${c.commit}`, startedAt: new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString() });
      const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: report(c.failing), headers: { 'content-type': 'application/xml' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const train = await app.inject({ method: 'POST', url: `/v1/risk/train?repo=${encodeURIComponent(repo)}` });
    expect(train.statusCode, train.body).toBe(200);
  }, 240_000);

  const ask = async (files: string[]): Promise<Answer> => {
    const res = await app.inject({ method: 'POST', url: '/v1/risk', payload: { repo, parent: last.commit, branch: 'main', files: files.map((path) => ({ path, added: 12, removed: 3 })), budget: { fraction: 0.1 } } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Answer;
  };
  const probabilityOf = (a: Answer, name: string) => a.tests.find((t) => t.name === name)?.probability ?? 0;

  it('selects the tests the utility broke before for the next change to it, saying why', async () => {
    expect(last.failing).toEqual([]);
    const a = await ask([UTILITY]);
    for (const name of BROKEN) {
      const t = a.tests.find((x) => x.name === name)!;
      expect(t.selected, name).toBe(true);
      expect(t.reasons.map((r) => r.text).join('; ')).toMatch(/changes to libs\/common\/src\/main\/java\/com\/acme\/common\/Clock\.java were followed by a real failure of this test in \d/);
    }
    // The same tests for a change elsewhere: what their own failure record gives them, several times less.
    const elsewhere = await ask([service('billing')]);
    for (const name of BROKEN) expect(probabilityOf(a, name)).toBeGreaterThan(3 * probabilityOf(elsewhere, name));
  });

  it('does not credit the files a refactor changed along with the utility as much as the utility', async () => {
    // Counted once per file, an orders mapper (changed only in a refactor that broke the payments
    // tests: one change, one failure) would look guiltier than the utility (22 changes, 6 failures);
    // credited by its share of the refactor (1 of 9 files), it is much less so.
    const utility = await ask([UTILITY]);
    const mapperOnly = await ask([mapper(3)]);
    for (const name of BROKEN) expect(probabilityOf(utility, name)).toBeGreaterThan(1.5 * probabilityOf(mapperOnly, name));;
  });
});
