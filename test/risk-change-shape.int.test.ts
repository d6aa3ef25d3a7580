import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingCommitFacts } from '../models/risk/change-facts.ts';
import { changeShapeOf, isIntegrationBranch } from '../models/risk/change-shape.ts';
import { clickhouseTime } from '../src/store/rows.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Training reads each commit's shape and branch from what the service stored (`changes` rows from
// POST /v1/changes, ci_runs from the reports); a request carries its files and branch itself. The
// change-level model is only right if both sides compute the same inputs (issue 15, item 3).

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app.close());

interface Commit {
  commit: string;
  parent: string;
  /** Branches it ran on, in order. */
  branches: string[];
  files: { path: string; added: number; removed: number }[];
}

const COMMITS: Commit[] = [
  {
    commit: 'c1',
    parent: 'c0',
    branches: ['feature/SHOP-12-invoice-rounding'],
    files: [
      { path: 'services/billing/src/main/java/com/acme/billing/Invoice.java', added: 12, removed: 3 },
      { path: 'services/billing/src/main/java/com/acme/billing/Rounding.java', added: 40, removed: 0 },
      { path: 'services/billing/src/test/java/com/acme/billing/InvoiceTest.java', added: 80, removed: 2 },
    ],
  },
  // A merge-queue group bound for main, then the same commit pushed to main (fast-forward).
  {
    commit: 'c2',
    parent: 'c1',
    branches: ['gh-readonly-queue/main/pr-12-c1c1c1c1', 'main'],
    files: [
      { path: 'services/billing/src/main/java/com/acme/billing/Invoice.java', added: 12, removed: 3 },
      { path: 'services/shipping/src/main/java/com/acme/shipping/Zones.java', added: 5, removed: 5 },
      { path: 'docs/billing.md', added: 20, removed: 0 },
    ],
  },
  // Tests and docs only.
  {
    commit: 'c3',
    parent: 'c2',
    branches: ['feature/SHOP-13-more-tests'],
    files: [
      { path: 'services/billing/src/test/java/com/acme/billing/RoundingTest.java', added: 60, removed: 0 },
      { path: 'README.md', added: 2, removed: 1 },
    ],
  },
  { commit: 'c4', parent: 'c3', branches: ['main'], files: [{ path: 'services/billing/pom.xml', added: 1, removed: 1 }] },
];

const REPORT = '<testsuite name="com.acme.billing.InvoiceTest"><testcase classname="com.acme.billing.InvoiceTest" name="totals" time="0.1"/></testsuite>';

describe('the change-level inputs of training commits', () => {
  const repo = uniqueRepo('risk-change-shape');
  const t0 = Date.UTC(2026, 9, 1);

  beforeAll(async () => {
    let run = 0;
    for (const c of COMMITS) {
      const ch = await app.inject({ method: 'POST', url: '/v1/changes', payload: { repo, commit: c.commit, parent: c.parent, branch: c.branches[0], files: c.files } });
      expect(ch.statusCode, ch.body).toBe(201);
      for (const branch of c.branches) {
        run++;
        const q = new URLSearchParams({ repo, branch, commit: c.commit, runId: `run-${run}`, startedAt: new Date(t0 + run * 3_600_000).toISOString() });
        const res = await app.inject({ method: 'POST', url: `/v1/junit?${q}`, payload: REPORT, headers: { 'content-type': 'application/xml' } });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
  }, 120_000);

  it('are what a request with the same files and branch computes', async () => {
    const store = await testStore();
    const facts = await trainingCommitFacts(store.client, repo, clickhouseTime(new Date(t0 + 30 * 86_400_000)));
    expect([...facts.shapes.keys()].sort()).toEqual(COMMITS.map((c) => c.commit));
    for (const c of COMMITS) {
      // The request path: score.ts takes changeShapeOf(request.files) and isIntegrationBranch(request.branch).
      expect(facts.shapes.get(c.commit), c.commit).toEqual(changeShapeOf(c.files));
      expect(facts.integration.has(c.commit), c.commit).toBe(c.branches.some(isIntegrationBranch));
    }
    // And what they are: source files, lines and folders; tests and docs left out.
    expect(facts.shapes.get('c1')).toEqual({ sourceFiles: 2, sourceLines: 55, sourceDirs: 1, noSource: false });
    expect(facts.shapes.get('c2')).toEqual({ sourceFiles: 2, sourceLines: 25, sourceDirs: 2, noSource: false });
    expect(facts.shapes.get('c3')).toEqual({ sourceFiles: 0, sourceLines: 0, sourceDirs: 0, noSource: true });
    expect([...facts.integration].sort()).toEqual(['c2', 'c4']);
  });

  it('leave out commits that ran after the cut-off', async () => {
    const store = await testStore();
    // Before c3's run (the fourth run): c1 and c2 only.
    const facts = await trainingCommitFacts(store.client, repo, clickhouseTime(new Date(t0 + 3.5 * 3_600_000)));
    expect([...facts.shapes.keys()].sort()).toEqual(['c1', 'c2']);
    expect([...facts.integration]).toEqual(['c2']);
  });
});
