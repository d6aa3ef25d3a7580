import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../ingestion/records.ts';
import { encodeSpans } from '../src/store/traces.ts';
import { traceSpans } from '../src/store/traces-queries.ts';
import { TraceWrites } from '../src/store/traces.ts';
import { spanRecord } from './support/spans.ts';
import { testStore } from './support/store.ts';

// Spans are written as RowBinary (src/store/row-binary.ts), not JSON: every byte of every column must
// come back as it went in, whatever the text holds.

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

function span(traceId: string, over: Partial<SpanRecord> = {}): SpanRecord {
  return spanRecord({
    traceId,
    traceState: 'vendor=a,other=b',
    serviceName: 'checkout-api',
    name: 'GET /items/{id}',
    kind: 'server',
    startTimeUnixNano: 1_764_000_000_123_456_789n,
    durationNs: 2_500_000_001n,
    statusCode: 'ok',
    environment: 'production',
    scopeName: 'bench',
    scopeVersion: '1.0.0',
    resourceAttributes: { 'service.name': 'checkout-api', 'host.name': 'web-7' },
    spanAttributes: { 'http.route': '/items/{id}' },
    ...over,
  });
}

describe('spans in the store', () => {
  it('come back exactly: non-ASCII, control characters, quotes, long values, events and links', async () => {
    const store = await testStore();
    const traceId = hex(16);
    const awkward = `tab\there\nnew line 'single' "double" back\\slash \u0000 null, ünïcødé ✓ 𝄞, lone \ud800 surrogate`;
    const long = 'x'.repeat(20_000) + 'é'; // a three-byte length prefix, and not ASCII at the end
    const proto = JSON.parse('{"__proto__": "kept", "plain": "v"}') as Record<string, string>;
    const linked = { traceId: hex(16), spanId: hex(8), traceState: 'k=v', attributes: { 'link.reason': awkward } };
    const root = span(traceId, {
      name: 'résumé 📄',
      statusCode: 'error',
      statusMessage: awkward,
      spanAttributes: { awkward, long, 'ключ': 'значение', '': 'empty key' },
      events: [
        { timeUnixNano: 1_764_000_000_200_000_001n, name: 'exception', attributes: { 'exception.message': awkward } },
        { timeUnixNano: 1_764_000_000_300_000_002n, name: 'retry', attributes: {} },
      ],
      links: [linked],
    });
    // Spans of one resource share its attributes object; the writer copies its bytes (sharedStringMap).
    const child = span(traceId, { resourceAttributes: root.resourceAttributes, parentSpanId: root.spanId, startTimeUnixNano: 1_764_000_000_223_456_789n, spanAttributes: proto, durationNs: 0n });
    await new TraceWrites(store.writer).store([root, child], { sourceId: `store-spans-${traceId}` });

    const stored = await traceSpans(store.client, traceId);
    expect(stored).toHaveLength(2);
    const [first, second] = stored;
    expect(first).toMatchObject({
      spanId: root.spanId,
      parentSpanId: '',
      serviceName: 'checkout-api',
      name: 'résumé 📄',
      kind: 'server',
      startTime: '2025-11-24T16:00:00.123456789Z',
      durationNs: '2500000001',
      statusCode: 'error',
      statusMessage: awkward.replace('\ud800', '\ufffd'),
      environment: 'production',
      resourceAttributes: root.resourceAttributes,
      attributes: { awkward: awkward.replace('\ud800', '\ufffd'), long, 'ключ': 'значение', '': 'empty key' },
    });
    expect(first?.events).toEqual([
      { time: '2025-11-24T16:00:00.200000001Z', name: 'exception', attributes: { 'exception.message': awkward.replace('\ud800', '\ufffd') } },
      { time: '2025-11-24T16:00:00.300000002Z', name: 'retry', attributes: {} },
    ]);
    expect(first?.links).toEqual([{ traceId: linked.traceId, spanId: linked.spanId, attributes: { 'link.reason': awkward.replace('\ud800', '\ufffd') } }]);
    expect(second).toMatchObject({ spanId: child.spanId, parentSpanId: root.spanId, durationNs: '0', events: [], links: [], resourceAttributes: root.resourceAttributes });
    expect(Object.entries(second!.attributes)).toEqual([
      ['__proto__', 'kept'],
      ['plain', 'v'],
    ]);
  });

  it('parse as the table column types too: what a ClickHouse server reads from INSERT … FORMAT RowBinary', async () => {
    // A server gets the bytes as the body of `INSERT INTO spans (cols) FORMAT RowBinary` and reads them
    // straight into LowCardinality / Map(LowCardinality) / DateTime64(9, 'UTC') columns. The same
    // statement, fed from a file instead of an HTTP body, runs here in the embedded engine.
    const store = await testStore();
    const traceId = hex(16);
    const events = [{ timeUnixNano: 1_764_000_000_200_000_001n, name: 'exception', attributes: { 'exception.message': 'boom ✓' } }];
    const links = [{ traceId: hex(16), spanId: hex(8), traceState: '', attributes: { k: 'v' } }];
    const spans = [span(traceId, { events, links }), span(traceId, { kind: 'client', spanAttributes: {} })];
    const chunks = encodeSpans(spans).rows;
    expect(chunks).toHaveLength(1); // two spans: one chunk
    const rows = chunks[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-rowbinary-'));
    const file = join(dir, 'spans.rows');
    writeFileSync(file, rows.bytes);
    try {
      const columns = rows.columns.map((c) => `\`${c.name}\``).join(', ');
      await store.client.command({ query: `INSERT INTO spans (${columns}) FROM INFILE '${file}' FORMAT RowBinary` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Both spans start at the same instant, so the trace's order between them is not defined: compare by id.
    const byId = <T extends { spanId: string }>(list: T[]) => [...list].sort((x, y) => (x.spanId < y.spanId ? -1 : 1));
    const stored = byId(await traceSpans(store.client, traceId));
    expect(stored.map((x) => [x.spanId, x.kind, x.startTime, x.durationNs, x.attributes])).toEqual(
      byId(spans).map((x) => [x.spanId, x.kind, '2025-11-24T16:00:00.123456789Z', '2500000001', x.spanAttributes]),
    );
    const withEvents = stored.find((x) => x.spanId === spans[0]!.spanId);
    expect(withEvents?.events).toEqual([{ time: '2025-11-24T16:00:00.200000001Z', name: 'exception', attributes: { 'exception.message': 'boom ✓' } }]);
    expect(withEvents?.links).toEqual([{ traceId: links[0]!.traceId, spanId: links[0]!.spanId, attributes: { k: 'v' } }]);
  });

  it('keep a start time past DateTime64(9) at its last instant instead of wrapping to before 1970', async () => {
    const store = await testStore();
    const traceId = hex(16);
    await new TraceWrites(store.writer).store([span(traceId, { startTimeUnixNano: 18_446_744_073_709_551_615n })], { sourceId: `store-spans-${traceId}` });
    const [stored] = await traceSpans(store.client, traceId);
    expect(stored?.startTime).toBe('2262-04-11T23:47:16.854775807Z');
  });
});
