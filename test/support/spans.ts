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
