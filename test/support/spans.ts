import { randomBytes } from 'node:crypto';
import type { SpanRecord } from '../../ingestion/records.ts';

/**
 * A span record as the OTLP decoders produce it: fresh ids, everything else empty or minimal. Tests
 * override what they are about.
 */
export function spanRecord(overrides: Partial<SpanRecord> = {}): SpanRecord {
  return {
    traceId: randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    parentSpanId: '',
    traceState: '',
    serviceName: 'svc',
    name: 'op',
    kind: 'internal',
    startTimeUnixNano: 1_764_000_000_000_000_000n,
    durationNs: 1n,
    statusCode: 'unset',
    statusMessage: '',
    environment: '',
    scopeName: '',
    scopeVersion: '',
    resourceAttributes: {},
    spanAttributes: {},
    events: [],
    links: [],
    ...overrides,
  };
}

const HOUR_NS = 3_600_000_000_000n;

/**
 * A production server span an hour ago, as the ESM Express app without the loader hook writes it: the
 * span named just by the method, the raw path in `url.path` (operation naming templates it).
 */
export function productionRequest(service: string, method: string, path: string, over: Partial<SpanRecord> = {}): SpanRecord {
  return spanRecord({
    serviceName: service,
    name: method,
    kind: 'server',
    environment: 'production',
    startTimeUnixNano: BigInt(Date.now()) * 1_000_000n - HOUR_NS,
    durationNs: 20_000_000n,
    spanAttributes: { 'http.request.method': method, 'url.path': path },
    ...over,
  });
}
