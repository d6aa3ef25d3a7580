import type { FastifyInstance } from 'fastify';
import { InputError } from '../../../ingestion/errors.ts';
import { runtimeHints } from '../../../models/coverage/runtime-paths.ts';
import { quarantinedTests } from '../../../models/flakiness/model.ts';
import { incidentTestsForChange } from '../../../models/incidents/regression.ts';
import { RiskEngine } from '../../../models/risk/engine.ts';
import type { Budget } from '../../../models/risk/score.ts';
import { MAX_PATH_LENGTH, normalizeFiles, storeChangeIfNew, type ChangeRecord } from '../../store/changes.ts';
import { recordSelection, selectionOf, type SelectionAnswer } from '../../store/risk-selections.ts';
import type { AppDeps } from '../app.ts';
import { fileSchema } from './changes.ts';
import { repoProperty } from '../repo-property.ts';

// POST /v1/risk: how likely a change is to break tests for real, and which tests to run for a budget.
//   {repo, commit?, parent?, branch?, files?, budget?: {fraction} | {minutes} | {confidence}, limit?, reasons?}
// `tests` lists every selected and quarantined test and the `limit` (100) riskiest unselected ones
// (`unlisted` says how many were left out): a CI runner needs what to run, and a confidence budget
// selects most of a large suite. The first `reasons` (200) listed tests carry their reasons.
// `riskScore` is P(at least one new real failure), calibrated on the history (models/risk/calibration.ts);
// `knownFailing` lists the tests already failing for real on the change's base (always selected, not
// in riskScore).
// A commit given with its files is stored as its change (as POST /v1/changes would) when the commit has
// none yet, so a later request can name the commit alone.
// POST /v1/risk/train?repo=: retrains the repository's model now (it also retrains by itself when new
// results, changes or failure classes arrive).

interface RiskBody {
  repo: string;
  commit?: string;
  parent?: string;
  branch?: string;
  files?: (string | { path: string; added?: number; removed?: number })[];
  budget?: { fraction?: number; minutes?: number; confidence?: number };
  limit?: number;
  reasons?: number;
}

const bodySchema = {
  type: 'object',
  required: ['repo'],
  properties: {
    repo: repoProperty,
    commit: { type: 'string', minLength: 1, maxLength: 128 },
    parent: { type: 'string', maxLength: 128 },
    branch: { type: 'string', maxLength: 512 },
    files: { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1, maxLength: MAX_PATH_LENGTH }, fileSchema] } },
    budget: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fraction: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        minutes: { type: 'number', exclusiveMinimum: 0, maximum: 1_000_000 },
        confidence: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      },
    },
    limit: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 100 },
    reasons: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 200 },
  },
} as const;

const reasonSchema = {
  type: 'object',
  properties: { code: { type: 'string' }, text: { type: 'string' }, logOdds: { type: 'number' } },
} as const;

// The answer's shape (the engine serialises it; see models/risk/engine.ts RiskAnswer).
const answerSchema = {
  type: 'object',
  properties: {
    repo: { type: 'string' },
    commit: { type: ['string', 'null'] },
    parent: { type: ['string', 'null'] },
    branch: { type: ['string', 'null'] },
    base: {
      type: ['object', 'null'],
      properties: { commit: { type: 'string' }, source: { type: 'string', enum: ['parent', 'branch', 'default-branch'] } },
    },
    history: { type: 'boolean' },
    message: { type: 'string' },
    model: {
      type: ['object', 'null'],
      properties: {
        id: { type: 'string' },
        asOf: { type: 'string' },
        trainedAt: { type: 'string' },
        tests: { type: 'integer' },
        commits: { type: 'integer' },
        failures: { type: 'integer' },
      },
    },
    riskScore: { type: 'number' },
    knownFailing: {
      type: 'array',
      items: {
        type: 'object',
        properties: { testId: { type: 'string' }, suite: { type: 'string' }, className: { type: 'string' }, name: { type: 'string' }, file: { type: 'string' } },
      },
    },
    budget: {
      type: 'object',
      properties: { fraction: { type: 'number' }, minutes: { type: 'number' }, confidence: { type: 'number' } },
    },
    files: { type: 'integer' },
    lines: { type: 'integer' },
    selected: {
      type: 'object',
      properties: {
        count: { type: 'integer' },
        total: { type: 'integer' },
        all: { type: 'boolean' },
        estimatedMinutes: { type: 'number' },
        expectedRecall: { type: 'number' },
      },
    },
    changedTestFiles: { type: 'array', items: { type: 'string' } },
    tests: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          testId: { type: 'string' },
          suite: { type: 'string' },
          className: { type: 'string' },
          name: { type: 'string' },
          file: { type: 'string' },
          probability: { type: 'number' },
          selected: { type: 'boolean' },
          always: { type: 'boolean' },
          quarantined: { type: 'boolean' },
          durationMs: { type: 'number' },
          reasons: { type: 'array', items: reasonSchema },
        },
      },
    },
    unlisted: { type: 'integer' },
  },
} as const;

function budgetOf(b: RiskBody['budget']): Budget | undefined {
  if (!b) return undefined;
  const keys = Object.keys(b) as (keyof typeof b)[];
  if (keys.length !== 1) {
    throw new InputError('BAD_BUDGET', 'budget must be exactly one of {fraction} (0–1 of the tests), {minutes} (of CI time) or {confidence} (0–1, expected share of failing tests found)');
  }
  const k = keys[0]!;
  return { [k]: b[k]! } as Budget;
}

function changeOf(b: RiskBody, commit: string, files: NonNullable<RiskBody['files']>): ChangeRecord {
  const named = normalizeFiles(files.map((f) => (typeof f === 'string' ? { path: f } : f)));
  return { repo: b.repo, commit, parent: b.parent ?? '', branch: b.branch ?? '', files: named };
}

export async function riskRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const release = deps.config.SIGNALHOUSE_QUARANTINE_RELEASE_PASSES;
  const engine = new RiskEngine({
    store: deps.store,
    quarantined: (client, repo) => quarantinedTests(client, repo, 30, release),
    // Related tests of live incidents whose services the change touches run whatever the budget.
    mandatory: (_client, repo, files) =>
      incidentTestsForChange(deps.store, repo, files, {
        environments: deps.config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS,
        retirePasses: deps.config.SIGNALHOUSE_INCIDENT_RETIRE_PASSES,
      }),
    runtime: (repo, files) => runtimeHints(deps.store, repo, files, deps.config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS),
    onError: (err, what) => app.log.error({ err }, `${what} failed`),
  });
  app.addHook('onClose', async () => engine.close());

  // The engine writes the answer's JSON bytes itself (answerSchema documents them; Fastify sends a
  // Buffer as is): thousands of listed tests are copied from per-test bytes made once per model.
  app.post<{ Body: RiskBody }>('/v1/risk', { config: { scope: 'read' }, schema: { body: bodySchema, response: { 200: answerSchema } } }, async (req, reply) => {
    const b = req.body;
    const began = performance.now();
    // A commit named with its files is a change like POST /v1/changes sends: kept, so a later
    // request (or `signalhouse select --commit`) can name the commit alone, and the model learns it.
    // Built first: a refused path fails the request before anything starts.
    const change = b.commit && b.files ? changeOf(b, b.commit, b.files) : null;
    const [answer] = await Promise.all([
      engine.assessJson({
        repo: b.repo,
        commit: b.commit,
        parent: b.parent,
        branch: b.branch,
        files: b.files,
        budget: budgetOf(b.budget),
        limit: b.limit,
        reasons: b.reasons,
      }),
      change ? storeChangeIfNew(deps.store, change) : undefined,
    ]);
    const json = answer.json;
    // Its buffer is reused for a later answer once sent ('close': sent, or the connection is gone).
    reply.raw.once('close', answer.release);
    // Server-Timing (W3C): the time spent answering, without the network; benchmarks and proxies read it.
    reply.header('server-timing', `risk;dur=${(performance.now() - began).toFixed(2)}`);
    // What selection skipped, for the weekly report (answers for a commit only). Not awaited: the CI
    // job waits for its answer, not for this analytics row; the writer flushes it, also at shutdown.
    if (b.commit) {
      const selection = selectionOf(b.repo, JSON.parse(json.toString('utf8')) as SelectionAnswer, new Date());
      if (selection) recordSelection(deps.store, selection).catch((err: unknown) => req.log.error({ err }, 'recording the selection failed'));
    }
    return reply.type('application/json; charset=utf-8').send(json);
  });

  app.post<{ Querystring: { repo: string } }>(
    '/v1/risk/train',
    { schema: { querystring: { type: 'object', required: ['repo'], properties: { repo: repoProperty } } } },
    async (req) => engine.train(req.query.repo),
  );
}
