import type { FastifyInstance } from 'fastify';
import { failureGroups } from '../../../models/failures/groups.ts';
import { flakiness, quarantined, rankFlaky } from '../../../models/flakiness/model.ts';
import { NotFoundError } from '../errors.ts';
import { WINDOW_PATTERN, windowDays } from '../window.ts';
import type { AppDeps } from '../app.ts';
import { TEST_ID_PATTERN } from '../validation-messages.ts';
import { repoProperty } from '../repo-property.ts';

// Which failures to believe:
//   GET /v1/tests/flaky?repo=&window=&limit=  flaky tests, ranked, with score, interval, evidence, impact
//   GET /v1/tests/:testId?repo=&window=       one test: history summary, flakiness, failure signatures
//   GET /v1/failures?repo=&class=&limit=      failures grouped by signature, with their class
//   GET /v1/tests/quarantined?repo=&window=   every test advised into quarantine (what risk-based
//                                             selection leaves out), for CI to skip: `signalhouse quarantined`

const windowProperty = { type: 'string', pattern: WINDOW_PATTERN } as const;

export async function flakinessRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const release = deps.config.SIGNALHOUSE_QUARANTINE_RELEASE_PASSES;

  app.get<{ Querystring: { repo: string; window?: string; limit: number } }>(
    '/v1/tests/flaky',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['repo'],
          properties: { repo: repoProperty, window: windowProperty, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
        },
      },
    },
    async (req) => {
      const days = windowDays(req.query.window);
      const tests = rankFlaky(
        await flakiness(deps.store.client, { repo: req.query.repo, windowDays: days, releaseAfterPasses: release, flakyOnly: true }),
      );
      return { repo: req.query.repo, windowDays: days, tests: tests.slice(0, req.query.limit) };
    },
  );

  app.get<{ Querystring: { repo: string; window?: string } }>(
    '/v1/tests/quarantined',
    {
      // A repository's first CI job asks for its exclude filter before it has uploaded anything: an
      // empty list, not 404 UNKNOWN_REPO (as POST /v1/risk answers a new repository too).
      config: { knownRepo: false },
      schema: {
        querystring: { type: 'object', required: ['repo'], properties: { repo: repoProperty, window: windowProperty } },
      },
    },
    async (req) => {
      const days = windowDays(req.query.window);
      // The same list POST /v1/risk keeps out of a selection (its window is 30 days too).
      const tests = await quarantined(deps.store.client, req.query.repo, days, release);
      return {
        repo: req.query.repo,
        windowDays: days,
        tests: tests.map((t) => ({ testId: t.testId, suite: t.suite, className: t.className, name: t.name, file: t.file, score: t.score, reason: t.quarantine.reason })),
      };
    },
  );

  app.get<{ Params: { testId: string }; Querystring: { repo?: string; window?: string } }>(
    '/v1/tests/:testId',
    {
      schema: {
        params: { type: 'object', properties: { testId: { type: 'string', pattern: TEST_ID_PATTERN } } },
        querystring: { type: 'object', properties: { repo: { type: 'string', maxLength: 512 }, window: windowProperty } },
      },
    },
    async (req) => {
      const { testId } = req.params;
      const repo = req.query.repo || (await repoOfTest(deps, testId));
      if (!repo) throw new NotFoundError(`no results for test ${testId}`);
      const days = windowDays(req.query.window);
      const [summary] = await flakiness(deps.store.client, { repo, windowDays: days, releaseAfterPasses: release, testIds: [testId] });
      if (!summary) throw new NotFoundError(`no results for test ${testId} in ${repo} in the last ${days} days of its history`);
      const signatures = await failureGroups(deps.store.client, { repo, testId, limit: 20 });
      const { testId: id, suite, className, name, file, ...flaky } = summary;
      return { testId: id, repo, suite, className, name, file, windowDays: days, flakiness: flaky, signatures };
    },
  );

  app.get<{ Querystring: { repo: string; class?: string; limit: number } }>(
    '/v1/failures',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['repo'],
          properties: {
            repo: repoProperty,
            class: { type: 'string', enum: ['product', 'flaky', 'infrastructure'] },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
      },
    },
    async (req) => ({
      repo: req.query.repo,
      groups: await failureGroups(deps.store.client, { repo: req.query.repo, class: req.query.class, limit: req.query.limit }),
    }),
  );
}

async function repoOfTest(deps: AppDeps, testId: string): Promise<string | null> {
  const rs = await deps.store.client.query({
    query: 'SELECT repo FROM test_results WHERE test_id = {testId:String} LIMIT 1',
    query_params: { testId },
    format: 'JSONEachRow',
  });
  return (await rs.json<{ repo: string }>())[0]?.repo ?? null;
}
