import type { FastifyInstance } from 'fastify';
import { decodedBody } from '../../../ingestion/body.ts';
import { InputError } from '../../../ingestion/errors.ts';
import { readJunitReport } from '../../../ingestion/junit/read-report.ts';
import { junitUpload } from '../../../ingestion/junit/upload-identity.ts';
import { assertJunitWithinRetention } from '../../../ingestion/junit/within-retention.ts';
import { JunitUploads } from '../../store/junit-uploads.ts';
import type { AppDeps } from '../app.ts';

// POST /v1/junit: one JUnit XML report (raw body, gzip accepted) for one CI run attempt.

const querySchema = {
  type: 'object',
  required: ['repo', 'branch', 'commit'],
  properties: {
    repo: { type: 'string', minLength: 1, maxLength: 512 },
    branch: { type: 'string', minLength: 1, maxLength: 512 },
    commit: { type: 'string', minLength: 1, maxLength: 128 },
    runId: { type: 'string', minLength: 1, maxLength: 256 },
    attempt: { type: 'integer', minimum: 1, maximum: 65535, default: 1 },
    startedAt: { type: 'string', format: 'date-time' },
    url: { type: 'string', maxLength: 2048 },
    pipeline: { type: 'string', maxLength: 512 },
    job: { type: 'string', maxLength: 512 },
    provider: { type: 'string', maxLength: 128 },
    fileName: { type: 'string', maxLength: 1024 },
  },
} as const;

/** The CI run a report belongs to, as the query string names it (the CLI sends the same fields). */
export interface JunitRunQuery {
  repo: string;
  branch: string;
  commit: string;
  runId?: string;
  attempt: number;
  /** ISO 8601 date-time. */
  startedAt?: string;
  url?: string;
  pipeline?: string;
  job?: string;
  provider?: string;
}

interface JunitQuery extends JunitRunQuery {
  fileName?: string;
}

export async function junitRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const uploads = new JunitUploads(deps.store.writer);
  // Reports come as application/xml, text/xml, or whatever curl defaults to: take any type, as a stream.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

  app.post<{ Querystring: JunitQuery }>('/v1/junit', { schema: { querystring: querySchema } }, async (req, reply) => {
    const q = req.query;
    const receivedAt = new Date();
    const fileName = q.fileName ?? 'report.xml';
    const body = req.body as AsyncIterable<Uint8Array> | undefined;
    if (!body) throw new InputError('EMPTY_REPORT', `${fileName}: the request body is empty`);
    const startedAt = q.startedAt ? new Date(q.startedAt) : undefined;

    const { report, sha256 } = await readJunitReport(
      decodedBody(body, req.headers['content-encoding'], deps.config.SIGNALHOUSE_MAX_BODY_BYTES),
      { repo: q.repo, fileName, defaultStartedAt: startedAt ?? receivedAt },
    );
    const { run, uploadId } = junitUpload({ ...q, startedAt }, report, sha256, receivedAt);
    assertJunitWithinRetention(run, report, deps.config.SIGNALHOUSE_RESULTS_TTL_DAYS, fileName);
    const summary = await uploads.store(run, report, { uploadId, fileName });
    return reply.code(summary.duplicate ? 200 : 201).send(summary);
  });
}
