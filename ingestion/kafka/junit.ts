import { z } from 'zod';
import { decodedBody } from '../body.ts';
import { InputError } from '../errors.ts';
import type { JunitReport } from '../junit/parse.ts';
import { readJunitReport } from '../junit/read-report.ts';
import { junitUpload, type JunitUpload } from '../junit/upload-identity.ts';
import { assertJunitWithinRetention } from '../junit/within-retention.ts';
import { KafkaDecodeError } from './errors.ts';
import { header, type KafkaMessage } from './message.ts';

// The JUnit topic: one JUnit XML report per message, the same report POST /v1/junit takes, with the
// query parameters of that endpoint as message headers:
//   repo, branch, commit                 required
//   runId, attempt, startedAt, url,      optional, as in the HTTP API
//   pipeline, job, provider, fileName
//   content-encoding: gzip               when the value is gzipped
// The run record and upload id follow the HTTP rule exactly (ingestion/junit/upload-identity.ts), so a
// redelivered or re-sent report is recognised and not counted twice. The run's fallback start time is
// the message's Kafka timestamp, which a redelivery keeps (a wall-clock "received at" would not).

const text = (max: number) => z.string().min(1).max(max);

// Limits mirror the HTTP endpoint's query schema (src/api/routes/junit.ts).
const headersSchema = z.object({
  repo: text(512),
  branch: text(512),
  commit: text(128),
  runId: text(256).optional(),
  attempt: z
    .string()
    .regex(/^\d{1,5}$/, 'must be an integer from 1 to 65535')
    .transform(Number)
    .pipe(z.number().int().min(1).max(65535))
    .optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  url: z.string().max(2048).optional(),
  pipeline: z.string().max(512).optional(),
  job: z.string().max(512).optional(),
  provider: z.string().max(128).optional(),
  fileName: z.string().max(1024).optional(),
});
const HEADER_NAMES = Object.keys(headersSchema.shape) as (keyof typeof headersSchema.shape)[];

export interface DecodedJunitMessage extends JunitUpload {
  report: JunitReport;
  fileName: string;
}

export interface JunitDecodeOptions {
  /** Largest report accepted, counted after gunzip (SIGNALHOUSE_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Reports with tests older than this many days are refused (SIGNALHOUSE_RESULTS_TTL_DAYS); 0: none. */
  resultsRetentionDays: number;
}

export async function decodeJunitMessage(msg: KafkaMessage, opts: JunitDecodeOptions): Promise<DecodedJunitMessage> {
  const raw: Record<string, string> = {};
  for (const name of HEADER_NAMES) {
    const v = header(msg, name);
    if (v !== undefined) raw[name] = v;
  }
  const parsed = headersSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? '?');
      return raw[name] === undefined ? `header "${name}" is missing` : `header "${name}": ${i.message}`;
    });
    throw new KafkaDecodeError('BAD_HEADERS', problems.join('; '));
  }
  const h = parsed.data;
  const fileName = h.fileName ?? 'report.xml';
  if (msg.value === null || msg.value.length === 0) {
    throw new KafkaDecodeError('EMPTY_REPORT', `${fileName}: the message has no value`);
  }
  const receivedAt = new Date(Number.isFinite(msg.timestampMs) && msg.timestampMs > 0 ? msg.timestampMs : Date.now());
  const startedAt = h.startedAt ? new Date(h.startedAt) : undefined;
  try {
    const read = await readJunitReport(decodedBody(once(msg.value), header(msg, 'content-encoding'), opts.maxBodyBytes), {
      repo: h.repo,
      fileName,
      defaultStartedAt: startedAt ?? receivedAt,
    });
    const upload = junitUpload({ ...h, attempt: h.attempt ?? 1, startedAt }, read.report, read.sha256, receivedAt);
    assertJunitWithinRetention(upload.run, read.report, opts.resultsRetentionDays, fileName);
    return { ...upload, report: read.report, fileName };
  } catch (e) {
    // The HTTP API's own errors (corrupt XML with line and column, not JUnit, bad gzip, too large,
    // past the results retention).
    if (e instanceof InputError) throw new KafkaDecodeError(e.code, e.message, { cause: e });
    throw e;
  }
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}
