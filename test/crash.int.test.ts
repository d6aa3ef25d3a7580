import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, describe, expect, it } from 'vitest';
import { startServiceProcess, type ServiceProcess } from './support/service-process.ts';

// The promise "an acknowledged upload is never lost", tested the hard way: the service is killed with
// SIGKILL while JUnit and OTLP uploads are in flight, restarted on the same data folder, and every
// upload that had been answered 2xx must be there in full, nothing twice; then every client retries
// what was not acknowledged (as CI and OTLP exporters do), and everything is there exactly once.

const UPLOADS = 60;
const CASES_PER_REPORT = 50;
const SPANS_PER_EXPORT = 40;
const repo = `crash/${randomBytes(4).toString('hex')}`;
let service: ServiceProcess | undefined;
afterAll(async () => service?.stop());

function report(i: number): string {
  const cases = Array.from({ length: CASES_PER_REPORT }, (_, c) =>
    c % 10 === 0
      ? `<testcase classname="Crash${i}" name="t${c}" time="0.01"><failure message="boom ${c}">stack ${c}</failure></testcase>`
      : `<testcase classname="Crash${i}" name="t${c}" time="0.01"/>`,
  ).join('');
  return `<?xml version="1.0"?><testsuite name="crash" tests="${CASES_PER_REPORT}">${cases}</testsuite>`;
}

/** One OTLP export made by the SDK: a production trace of SPANS_PER_EXPORT spans. */
function otlpExport(i: number): { traceId: string; body: Buffer } {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': `crash-svc-${i}`, 'deployment.environment.name': 'production' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('crash');
  const root = tracer.startSpan('GET /orders/:id', { kind: SpanKind.SERVER });
  const ctx = { ...root.spanContext() };
  for (let s = 1; s < SPANS_PER_EXPORT; s++) {
    tracer.startSpan(`SELECT ${s}`, { kind: SpanKind.CLIENT }, undefined).end();
  }
  root.end();
  const spans = exporter.getFinishedSpans();
  // All spans of one export share the root's trace: rewrite the children's trace id, as one request's spans have.
  for (const s of spans) Object.assign(s.spanContext(), { traceId: ctx.traceId });
  return { traceId: ctx.traceId, body: Buffer.from(ProtobufTraceSerializer.serializeRequest(spans)!) };
}

type Upload = { kind: 'junit'; runId: string; send: (url: string) => Promise<Response> } | { kind: 'otlp'; traceId: string; send: (url: string) => Promise<Response> };

function uploads(): Upload[] {
  const list: Upload[] = [];
  for (let i = 0; i < UPLOADS; i++) {
    const xml = report(i);
    list.push({
      kind: 'junit',
      runId: `run-${i}`,
      send: (url) => fetch(`${url}/v1/junit?repo=${repo}&branch=main&commit=c${i}&runId=run-${i}`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: xml }),
    });
    const { traceId, body } = otlpExport(i);
    list.push({ kind: 'otlp', traceId, send: (url) => fetch(`${url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: new Uint8Array(body) }) });
  }
  return list;
}

async function checkStored(url: string, acked: Upload[]): Promise<void> {
  const runs = (await (await fetch(`${url}/v1/runs?repo=${repo}&limit=500`)).json()) as { runs: { runId: string; attempts: number }[] };
  const byRun = new Map(runs.runs.map((r) => [r.runId, r]));
  for (const u of acked) {
    if (u.kind === 'junit') {
      expect(byRun.get(u.runId), `acknowledged ${u.runId} lost`).toBeDefined();
      expect(byRun.get(u.runId)!.attempts, `${u.runId} stored in part or twice`).toBe(CASES_PER_REPORT);
    } else {
      const trace = (await (await fetch(`${url}/v1/traces/${u.traceId}`)).json()) as { spans?: { spanId: string }[] };
      expect(trace.spans?.length ?? 0, `trace ${u.traceId}`).toBe(SPANS_PER_EXPORT);
      expect(new Set(trace.spans!.map((s) => s.spanId)).size).toBe(SPANS_PER_EXPORT);
    }
  }
  expect(runs.runs.length).toBe(new Set(runs.runs.map((r) => r.runId)).size);
}

describe('SIGKILL with uploads in flight', () => {
  it('keeps every acknowledged upload in full, nothing twice; retries complete the rest exactly once', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'signalhouse-crash-'));
    service = await startServiceProcess({ SIGNALHOUSE_DATA_DIR: dataDir });
    const all = uploads();
    const acked: Upload[] = [];
    // Uploads go out a few at a time, as CI jobs and exporters do; the kill lands among them.
    const inFlight = all.map(async (u, i) => {
      await new Promise((r) => setTimeout(r, i * 25));
      const res = await u.send(service!.url);
      await res.arrayBuffer();
      if (res.ok) acked.push(u);
    });
    while (acked.length < 10) await new Promise((r) => setTimeout(r, 10));
    service.child.kill('SIGKILL');
    await Promise.allSettled(inFlight);
    const ackedBeforeKill = acked.length;
    expect(ackedBeforeKill).toBeLessThan(all.length);

    service = await startServiceProcess({ SIGNALHOUSE_DATA_DIR: dataDir });
    await checkStored(service.url, acked);

    // Clients retry what had no answer; re-sending an acknowledged upload stores nothing new either.
    for (const u of all) expect((await u.send(service.url)).status).toBeLessThan(300);
    await checkStored(service.url, all);
    console.log(`crash test: ${ackedBeforeKill} of ${all.length} uploads acknowledged before SIGKILL; all ${all.length} stored exactly once after retries`);
  });
});
