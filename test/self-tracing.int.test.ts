import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { startServiceProcess, type ServiceProcess } from './support/service-process.ts';

// The service traces itself into itself, the worst case for a feedback loop: its request spans arrive,
// its OTLP ingestion makes none, so the number of its own spans settles.

let service: ServiceProcess;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  service = await startServiceProcess({
    PORT: String(port),
    SIGNALHOUSE_SELF_TRACING: 'true',
    OTEL_SERVICE_NAME: 'signalhouse-self',
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    OTEL_BSP_SCHEDULE_DELAY: '50',
    OTEL_METRICS_EXPORTER: 'none',
    OTEL_LOGS_EXPORTER: 'none',
  });
});
afterAll(async () => service?.stop());

async function ownOperations(): Promise<Record<string, number>> {
  const res = await fetch(`${service.url}/v1/operations?service=signalhouse-self`);
  const body = (await res.json()) as { operations: { operation: string; spans: number }[] };
  return Object.fromEntries(body.operations.map((o) => [o.operation, o.spans]));
}

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('self-tracing', () => {
  it('exports its request spans through the standard OTEL_* set-up, and never traces its own ingestion', async () => {
    const up = await fetch(`${service.url}/v1/junit?repo=self/test&branch=main&commit=c`, {
      method: 'POST',
      body: readFileSync(`${SHARED_JUNIT}jest/jest-junit.xml`),
      headers: { 'content-type': 'application/xml' },
    });
    expect(up.status).toBe(201);
    const ops = await until(ownOperations, (o) => (o['POST /v1/junit'] ?? 0) >= 1);
    expect(ops['POST /v1/junit']).toBe(1);
    expect(ops['POST /v1/traces']).toBeUndefined();
    // Let several export intervals pass: with a loop, spans would keep coming.
    const before = await ownOperations();
    await new Promise((r) => setTimeout(r, 1000));
    const after = await ownOperations();
    expect(after['POST /v1/traces']).toBeUndefined();
    expect(after['POST /v1/junit']).toBe(1);
    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
  });
});
