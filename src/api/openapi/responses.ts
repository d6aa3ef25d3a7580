// What the main routes answer, as JSON Schema, for the OpenAPI document only. They are kept out of the
// routes' own `schema.response` on purpose: Fastify serialises with a response schema and drops every
// property it does not declare, so a documentation gap would silently change an answer. Here a gap is
// harmless, and test/openapi.int.test.ts validates real answers against these schemas, so a schema
// that no longer matches fails a test instead.

const str = { type: 'string' } as const;
const num = { type: 'number' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const nullableStr = { type: ['string', 'null'] } as const;

export const errorSchema = {
  type: 'object',
  required: ['error', 'message'],
  properties: { error: { ...str, description: 'stable code, e.g. UNKNOWN_REPO' }, message: { ...str, description: 'what is wrong, for a person' } },
} as const;

const testIdentity = {
  testId: { ...str, pattern: '^[0-9a-f]{16}$' },
  suite: str,
  className: str,
  name: str,
} as const;

const run = {
  type: 'object',
  required: ['repo', 'runId', 'attempt', 'branch', 'commit', 'startedAt', 'source'],
  properties: {
    repo: str,
    runId: str,
    attempt: int,
    branch: str,
    commit: str,
    pipeline: str,
    job: str,
    provider: str,
    url: str,
    changeId: str,
    startedAt: str,
    finishedAt: nullableStr,
    result: str,
    source: { type: 'string', enum: ['junit', 'otlp'] },
  },
} as const;

const flakyTest = {
  type: 'object',
  required: ['testId', 'name', 'state', 'score', 'interval', 'quarantine'],
  properties: {
    ...testIdentity,
    file: str,
    state: { type: 'string', enum: ['flaky', 'broken', 'healthy', 'insufficient-data'] },
    score: { ...num, description: 'posterior mean flake rate' },
    interval: { type: 'array', items: num, minItems: 2, maxItems: 2, description: '95% credible interval' },
    evidence: { type: 'object' },
    impact: { type: 'object' },
    quarantine: { type: 'object', required: ['advice'], properties: { advice: { type: 'string', enum: ['quarantine', 'watch', 'release', 'none'] }, reason: str } },
  },
} as const;

const failureGroup = {
  type: 'object',
  required: ['fingerprint', 'class', 'failures', 'tests'],
  properties: {
    fingerprint: str,
    class: { type: 'string', enum: ['product', 'flaky', 'infrastructure'] },
    failures: int,
    tests: int,
    runs: int,
    firstSeen: str,
    lastSeen: str,
    evidence: { type: 'array', items: { type: 'object', required: ['code', 'description'], properties: { code: str, description: str } } },
    example: { type: 'object', properties: { ...testIdentity, file: str, failureType: str, message: str } },
  },
} as const;

const token = {
  type: 'object',
  required: ['id', 'scopes', 'repos', 'createdAt'],
  properties: {
    id: str,
    name: str,
    scopes: { type: 'array', items: { type: 'string', enum: ['ingest', 'read', 'admin'] } },
    repos: { type: 'array', items: str },
    createdAt: str,
    revokedAt: nullableStr,
  },
} as const;

const nullableNum = { type: ['number', 'null'] } as const;
/** A weekly report number: this week, the week before, the change (docs/report.md). */
const metric = { type: 'object', required: ['value', 'previous', 'delta'], properties: { value: nullableNum, previous: nullableNum, delta: nullableNum } } as const;
const runFailureGroup = {
  type: 'object',
  required: ['fingerprint', 'failures', 'tests', 'message'],
  properties: { fingerprint: str, failures: int, testCount: int, tests: { type: 'array', items: str }, message: str, firstFailingCommit: str, firstFailedAt: str, traceId: str },
} as const;

/** Documented answers by "METHOD url" (Fastify's url, with :params). */
export const DOCUMENTED_RESPONSES: Record<string, Record<string, unknown>> = {
  'GET /healthz': { 200: { type: 'object', required: ['ok', 'store'], properties: { ok: bool, store: { type: 'string', enum: ['embedded', 'server'] } } } },
  'POST /v1/junit': {
    201: {
      description: 'stored',
      type: 'object',
      required: ['uploadId', 'runId', 'attempt', 'suites'],
      properties: { uploadId: str, runId: str, attempt: int, suites: int, attempts: int, duplicate: bool },
    },
    200: { description: 'already stored: the same report was sent before', type: 'object', required: ['uploadId', 'runId'], properties: { uploadId: str, runId: str, duplicate: bool } },
  },
  'GET /v1/runs': {
    200: {
      type: 'object',
      required: ['runs', 'limit', 'offset'],
      properties: { runs: { type: 'array', items: run }, limit: int, offset: int, nextOffset: { type: ['integer', 'null'] } },
    },
  },
  'GET /v1/tests/flaky': { 200: { type: 'object', required: ['repo', 'tests'], properties: { repo: str, windowDays: int, tests: { type: 'array', items: flakyTest } } } },
  'GET /v1/failures': { 200: { type: 'object', required: ['repo', 'groups'], properties: { repo: str, groups: { type: 'array', items: failureGroup } } } },
  'GET /v1/tests': {
    200: {
      type: 'object',
      required: ['tests'],
      properties: { query: str, tests: { type: 'array', items: { type: 'object', required: ['testId', 'repo', 'name'], properties: { ...testIdentity, repo: str, file: str, lastSeen: str } } } },
    },
  },
  'POST /v1/changes': { 201: { type: 'object' }, 200: { type: 'object' } },
  'POST /v1/imports': {
    201: {
      description: 'stored: the reach of every test file, computed from the graph',
      type: 'object',
      required: ['repo', 'scanId', 'files', 'testFiles', 'reachRows'],
      properties: {
        repo: str, commit: str, scanId: str, scannedAt: str, files: int, testFiles: int,
        reachRows: { ...int, description: '(test file, reached file) pairs' },
        declaredTests: { ...int, description: 'test functions the test files declare (Go), stored in code_tests' },
      },
    },
  },
  'GET /v1/imports/reach': {
    200: {
      type: 'object',
      required: ['repo', 'reach'],
      properties: {
        repo: str,
        testFile: str,
        file: str,
        reach: {
          type: 'array',
          items: { type: 'object', required: ['testFile', 'file', 'hops'], properties: { testFile: str, file: str, hops: { ...int, description: '1 = imported directly' }, firstSeen: str, lastSeen: str } },
        },
      },
    },
  },
  'POST /v1/tokens': { 201: { ...token, required: [...token.required, 'token'], properties: { ...token.properties, token: { ...str, description: 'shown once' } } } },
  'GET /v1/tokens': { 200: { type: 'object', required: ['tokens'], properties: { tokens: { type: 'array', items: token } } } },
  'DELETE /v1/tokens/:id': { 200: { type: 'object', required: ['id', 'revoked'], properties: { id: str, revoked: bool } } },
  'GET /v1/reports/weekly': {
    200: {
      description: 'the weekly reliability report; with format=md it is text/markdown, with format=html one self-contained text/html page',
      type: 'object',
      required: ['repo', 'week', 'from', 'to', 'previousWeek', 'failures', 'flakyTests', 'flakyRunShare', 'rerunMinutes', 'infrastructureShare', 'feedbackLatency', 'selection', 'hotPathCoverage', 'incidents', 'topFlakyTests', 'riskiestFolders', 'definitions'],
      properties: {
        repo: str, week: str, from: str, to: str, previousWeek: str, generatedAt: str,
        failures: { type: 'object', properties: { product: metric, flaky: metric, infrastructure: metric, total: metric, signalToNoise: metric } },
        flakyTests: metric, flakyRunShare: metric, rerunMinutes: metric, runAttempts: metric, infrastructureShare: metric,
        feedbackLatency: { type: 'object', properties: { p50Minutes: metric, p90Minutes: metric, commits: metric } },
        selection: { type: 'object', properties: { changes: metric, runs: metric, testsSkipped: metric, misses: metric } },
        hotPathCoverage: { type: 'object', required: ['available'], properties: { available: bool, reason: str } },
        incidents: { type: 'object', required: ['available'], properties: { available: bool, reason: str } },
        topFlakyTests: { type: 'array', items: { type: 'object', required: ['testId', 'name', 'rerunMinutes'], properties: { ...testIdentity, score: num, failedRuns: int, reruns: int, rerunMinutes: num, advice: str } } },
        riskiestFolders: { type: 'array', items: { type: 'object', required: ['folder', 'commits', 'failingCommits'], properties: { folder: str, commits: int, failingCommits: int, failureRate: num } } },
        definitions: { type: 'object', additionalProperties: str },
      },
    },
  },
  'GET /v1/runs/:runId/summary': {
    200: {
      type: 'object',
      required: ['repo', 'runId', 'attempt', 'real', 'flaky', 'infrastructure', 'selection'],
      properties: {
        repo: str, runId: str, attempt: int, branch: str, commit: str, url: str, startedAt: str, tests: int, failed: int,
        real: { type: 'array', items: runFailureGroup },
        flaky: { type: 'array', items: runFailureGroup },
        infrastructure: { type: 'array', items: runFailureGroup },
        selection: {
          type: ['object', 'null'],
          properties: { riskScore: num, testsKnown: int, selected: int, skipped: int, quarantined: int },
        },
      },
    },
  },
  'DELETE /v1/repos': { 200: { type: 'object', required: ['repo', 'deleted'], properties: { repo: str, deleted: { type: 'object', additionalProperties: int } } } },
};

/** Error answers every route may give. */
export const COMMON_ERRORS: Record<string, unknown> = {
  400: { description: 'bad input, named in the message', ...errorSchema },
  401: { description: 'no token, or an unknown or revoked one (when auth is on)', ...errorSchema },
  403: { description: "outside the token's scope or repositories", ...errorSchema },
  404: { description: 'no such thing: UNKNOWN_REPO (with the closest known names), an unknown test, trace or token', ...errorSchema },
  429: { description: 'over the rate limit; see retry-after', ...errorSchema },
  503: { description: 'the store is down, full or overloaded; nothing was stored; see retry-after', ...errorSchema },
};
