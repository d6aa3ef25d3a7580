import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { readBody } from '../../../ingestion/body.ts';
import { InputError } from '../../../ingestion/errors.ts';
import { DEFAULT_DECODE_LIMITS, otlpEncodingOf } from '../../../ingestion/otlp/decode.ts';
import { encodeTraceExportResponse, partialSuccessOf, traceExportResponseJson } from '../../../ingestion/otlp/response.ts';
import { DecodeBudget } from '../../decode/budget.ts';
import { InThreadTraceDecoder } from '../../decode/trace-decoder.ts';
import { TraceWrites } from '../../store/traces.ts';
import { operationStats, traceSpans } from '../../store/traces-queries.ts';
import { repoFromAttributes } from '../../../ingestion/otlp/test-spans.ts';
import { requireRepoAccess } from '../auth/plugin.ts';
import { NotFoundError } from '../errors.ts';
import type { AppDeps } from '../app.ts';

// OTLP/HTTP trace export, https://opentelemetry.io/docs/specs/otlp/#otlphttp :
// POST /v1/traces with an ExportTraceServiceRequest as protobuf or JSON (gzip allowed); the reply is
// an ExportTraceServiceResponse in the request's encoding, with partial_success naming rejected spans.
// A test run's repository comes from the spans' vcs.* attributes, else the `x-signalhouse-repo`
// header (OTEL_EXPORTER_OTLP_HEADERS=x-signalhouse-repo=acme/shop).

export async function tracesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const traces = new TraceWrites(deps.store.writer);
  const decoder = deps.traceDecoder ?? new InThreadTraceDecoder(DEFAULT_DECODE_LIMITS);
  const budget = deps.decodeBudget ?? new DecodeBudget(Number.POSITIVE_INFINITY);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

  // A token limited to some repos may send production spans (they belong to no repo) and test spans of
  // its repos; one test span of another repo refuses the whole export, before anything is stored.
  app.post('/v1/traces', { config: { checksRepos: true } }, async (req, reply) => {
    const contentType = req.headers['content-type'];
    const encoding = otlpEncodingOf(contentType);
    if (!encoding) {
      throw new InputError(
        'UNSUPPORTED_MEDIA_TYPE',
        `content-type "${contentType ?? ''}" is not OTLP: use application/x-protobuf or application/json`,
        415,
      );
    }
    const body = req.body as AsyncIterable<Uint8Array> | undefined;
    // The body's bytes count against SIGNALHOUSE_MAX_DECODING_BYTES until its rows are durable.
    const held = budget.open();
    try {
      const bytes = body
        ? await readBody(body, req.headers['content-encoding'], deps.config.SIGNALHOUSE_MAX_BODY_BYTES, (n) => held.add(n))
        : Buffer.alloc(0);
      const decoded = await decoder.decode(bytes, encoding, { givenAway: true });
      const repoHeader = req.headers['x-signalhouse-repo'];
      const defaultRepo = typeof repoHeader === 'string' ? repoHeader : undefined;
      for (const span of decoded.spans.testSpans) {
        const repo = repoFromAttributes(span) || defaultRepo;
        if (repo) requireRepoAccess(req, repo);
      }
      const partial = partialSuccessOf(decoded);
      await traces.storeEncoded(decoded.spans, { sourceId: `http:${randomUUID()}`, defaultRepo });
      if (encoding === 'protobuf') {
        return reply.type('application/x-protobuf').send(Buffer.from(encodeTraceExportResponse(partial)));
      }
      return reply.type('application/json').send(traceExportResponseJson(partial));
    } finally {
      held.release();
    }
  });
}

export async function traceReadRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Params: { traceId: string } }>(
    '/v1/traces/:traceId',
    { schema: { params: { type: 'object', properties: { traceId: { type: 'string', pattern: '^[0-9a-fA-F]{32}$' } } } } },
    async (req) => {
      const traceId = req.params.traceId.toLowerCase();
      const spans = await traceSpans(deps.store.client, traceId);
      if (spans.length === 0) throw new NotFoundError(`no spans for trace ${traceId}`);
      return { traceId, spans };
    },
  );

  // GET /v1/operations?service=&environment=&sinceHours=&limit=: hottest runtime operations.
  app.get<{ Querystring: { service?: string; environment?: string; sinceHours: number; limit: number } }>(
    '/v1/operations',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            service: { type: 'string', maxLength: 512 },
            environment: { type: 'string', maxLength: 256 },
            sinceHours: { type: 'integer', minimum: 1, maximum: 24 * 366, default: 24 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
      },
    },
    async (req) => ({ operations: await operationStats(deps.store.client, req.query) }),
  );
}
