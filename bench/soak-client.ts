import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { SpanKind } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';

// One client process of `bench soak` (forked by soak.ts): three closed loops at once, each sending its
// next request when the answer is in, until the deadline: OTLP/protobuf exports as an OpenTelemetry SDK
// writes them, JUnit reports as CI jobs upload them, and risk queries as CI asks them. It counts what
// the service acknowledged (2xx) exactly, and reports latencies and counts to the parent.

export interface SoakClientJob {
  url: string;
  repo: string;
  /** The loops this client runs. */
  routes: SoakRoute[];
  /** service.name of this client's spans; the parent counts stored spans by it. */
  service: string;
  client: number;
  untilMs: number;
  junitCases: number;
  spansPerExport: number;
}

export type SoakRoute = 'otlp' | 'junit' | 'risk';
export const ROUTES: SoakRoute[] = ['otlp', 'junit', 'risk'];

export interface RouteCounts {
  requests: number;
  /** Answers by HTTP status (0 = no answer: the connection failed). */
  statuses: Record<string, number>;
}

export type SoakMessage =
  | { type: 'progress'; client: number; counts: Record<SoakRoute, RouteCounts> }
  | {
      type: 'done';
      client: number;
      counts: Record<SoakRoute, RouteCounts>;
      latenciesMs: Record<SoakRoute, number[]>;
      /** Rows the service acknowledged: JUnit test results (its `attempts`) and spans (all of an export answered 2xx with no partial success). */
      acked: { testResults: number; spans: number };
      /** What went wrong that the counts cannot say (a 2xx whose body disagrees with what was sent). */
      anomalies: string[];
    };

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function post(url: string, contentType: string, body: Buffer): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': contentType, 'content-length': body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', () => resolve({ status: 0, body: Buffer.alloc(0) }));
    });
    req.on('error', () => resolve({ status: 0, body: Buffer.alloc(0) }));
    req.end(body);
  });
}

/** A JUnit report with `cases` test cases of a few stable tests (so the risk model has history), some failing. */
function junitReport(seq: number, cases: number): Buffer {
  const parts = [`<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="soak.Suite" tests="${cases}" time="3.5">\n`];
  for (let i = 0; i < cases; i++) {
    const cls = `com.acme.mod${i % 20}.Feature${i % 50}Test`;
    const fails = (seq * 31 + i * 17) % 97 === 0;
    parts.push(`<testcase classname="${cls}" name="case${i}" time="0.0${i % 90}" file="src/mod${i % 20}/Feature${i % 50}.java">`);
    if (fails) parts.push(`<failure message="expected 1 but was 2" type="AssertionError">AssertionError\n\tat ${cls}.case${i}(Feature.java:${i})</failure>`);
    parts.push('</testcase>\n');
  }
  parts.push('</testsuite>\n');
  return Buffer.from(parts.join(''));
}

const exporter = new InMemorySpanExporter();
let tracer: ReturnType<BasicTracerProvider['getTracer']>;

/** One export of `spans` spans with fresh ids, serialised by the OpenTelemetry JS exporter's own serialiser. */
function otlpExport(spans: number): Buffer {
  exporter.reset();
  for (let i = 0; i < spans; i++) {
    const s = tracer.startSpan(i === 0 ? 'GET /api/orders/:id' : `SELECT orders ${i % 9}`, { kind: i === 0 ? SpanKind.SERVER : SpanKind.CLIENT, attributes: { 'soak.index': i } });
    s.end();
  }
  return Buffer.from(ProtobufTraceSerializer.serializeRequest(exporter.getFinishedSpans())!);
}

async function run(job: SoakClientJob): Promise<void> {
  tracer = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': job.service }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  }).getTracer('signalhouse.soak');
  const counts = Object.fromEntries(ROUTES.map((r) => [r, { requests: 0, statuses: {} }])) as Record<SoakRoute, RouteCounts>;
  const latenciesMs = Object.fromEntries(ROUTES.map((r) => [r, [] as number[]])) as Record<SoakRoute, number[]>;
  const acked = { testResults: 0, spans: 0 };
  const anomalies: string[] = [];
  const record = (route: SoakRoute, status: number, ms: number) => {
    const c = counts[route];
    c.requests++;
    c.statuses[status] = (c.statuses[status] ?? 0) + 1;
    latenciesMs[route].push(ms);
  };
  const timed = async (route: SoakRoute, send: () => Promise<{ status: number; body: Buffer }>) => {
    const t0 = performance.now();
    const res = await send();
    record(route, res.status, performance.now() - t0);
    return res;
  };
  const loops: Record<SoakRoute, () => Promise<void>> = {
    otlp: async () => {
      const body = otlpExport(job.spansPerExport);
      const res = await timed('otlp', () => post(`${job.url}/v1/traces`, 'application/x-protobuf', body));
      // A full success is an empty ExportTraceServiceResponse; anything else is a partial success.
      if (res.status === 200 && res.body.length === 0) acked.spans += job.spansPerExport;
      else if (res.status === 200) anomalies.push(`otlp: partial success (${res.body.length} bytes)`);
    },
    junit: async () => {
      const runId = `soak-${job.client}-${randomUUID().slice(0, 8)}`;
      const body = junitReport(counts.junit.requests, job.junitCases);
      const q = new URLSearchParams({ repo: job.repo, branch: 'main', commit: runId, runId });
      const res = await timed('junit', () => post(`${job.url}/v1/junit?${q}`, 'application/xml', body));
      if (res.status === 201) {
        const summary = JSON.parse(res.body.toString('utf8')) as { attempts: number };
        acked.testResults += summary.attempts;
        if (summary.attempts !== job.junitCases) anomalies.push(`junit: ${summary.attempts} attempts acknowledged of ${job.junitCases} sent`);
      } else if (res.status >= 200 && res.status < 300) anomalies.push(`junit: ${res.status} for a new report`);
    },
    risk: async () => {
      const seq = counts.risk.requests;
      const files = Array.from({ length: 10 }, (_, i) => `src/mod${(seq + i) % 20}/Feature${(seq * 7 + i) % 50}.java`);
      const body = Buffer.from(JSON.stringify({ repo: job.repo, files, budget: { fraction: 0.2 }, reasons: false }));
      await timed('risk', () => post(`${job.url}/v1/risk`, 'application/json', body));
    },
  };
  const progress = setInterval(() => process.send!({ type: 'progress', client: job.client, counts } satisfies SoakMessage), 5_000);
  await Promise.all(
    job.routes.map(async (route) => {
      while (Date.now() < job.untilMs) await loops[route]();
    }),
  );
  clearInterval(progress);
  process.send!({ type: 'done', client: job.client, counts, latenciesMs, acked, anomalies } satisfies SoakMessage, undefined, {}, () => process.exit(0));
}

process.once('message', (job: SoakClientJob) => {
  run(job).catch((err: unknown) => {
    process.stderr.write(`soak client ${job.client}: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
});
