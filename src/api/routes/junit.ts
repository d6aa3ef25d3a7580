import type { FastifyInstance } from 'fastify';
import { decodedBody } from '../../../ingestion/body.ts';
import { InputError } from '../../../ingestion/errors.ts';
import { DEFAULT_DECODE_LIMITS } from '../../../ingestion/otlp/decode.ts';
import { DecodeBudget } from '../../decode/budget.ts';
import { InThreadTraceDecoder } from '../../decode/trace-decoder.ts';
import { JunitUploads } from '../../store/junit-uploads.ts';
import type { AppDeps } from '../app.ts';
import { repoProperty } from '../repo-property.ts';

// POST /v1/junit: one JUnit XML report (raw body, gzip accepted) for one CI run attempt.
// The body streams into a decode worker as it arrives (parsed, hashed, encoded into rows there), so a
// large report neither stalls other requests nor exists whole in memory; the bytes a request holds
// count against SIGNALHOUSE_MAX_DECODING_BYTES until its rows are durable (src/decode/budget.ts).

const querySchema = {
  type: 'object',
  required: ['repo', 'branch', 'commit'],
  properties: {
    repo: repoProperty,
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
  const decoder = deps.traceDecoder ?? new InThreadTraceDecoder(DEFAULT_DECODE_LIMITS);
  const budget = deps.decodeBudget ?? new DecodeBudget(Number.POSITIVE_INFINITY);
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

    const decoding = decoder.decodeJunit({
      upload: { ...q, startedAt },
      fileName,
      receivedAt,
      retentionDays: deps.config.SIGNALHOUSE_RESULTS_TTL_DAYS,
    });
    const held = budget.open();
    try {
      for await (const chunk of decodedBody(body, req.headers['content-encoding'], deps.config.SIGNALHOUSE_MAX_BODY_BYTES)) {
        held.add(chunk.length);
        decoding.write(chunk);
      }
      const { run, uploadId, report } = await decoding.end();
      const summary = await uploads.storeEncoded(run, report, { uploadId, fileName });
      return reply.code(summary.duplicate ? 200 : 201).send(summary);
    } catch (e) {
      decoding.abort();
      throw e;
    } finally {
      held.release();
    }
  });
}
