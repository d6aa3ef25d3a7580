import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incidentFromJson } from '../ingestion/kafka/incidents.ts';
import { generateIncidents } from '../tools/history/incidents.ts';

// The planted incidents of the history tools: valid incident JSON, spans in their windows, the same
// output for the same seed.

type Export = { resourceSpans: { resource: { attributes: { key: string; value: { stringValue: string } }[] }; scopeSpans: { spans: { traceId: string; kind: number; startTimeUnixNano: string; endTimeUnixNano: string; status: { code: number } }[] }[] }[] };

function generate(seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'signalhouse-incidents-gen-'));
  const truth = generateIncidents(dir, { seed, end: new Date('2026-12-01T12:00:00Z'), repo: 'acme/shop', requestsPerIncident: 5 });
  const incidents = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as Record<string, unknown>[];
  const exports = readdirSync(join(dir, 'incidents')).map((f) => JSON.parse(readFileSync(join(dir, 'incidents', f), 'utf8')) as Export);
  return { truth, incidents, exports };
}

describe('generateIncidents', () => {
  it('plants valid incidents whose entry spans fail (or are slow) inside their windows', () => {
    const { truth, incidents, exports } = generate(1);
    expect(truth.map((t) => t.failure)).toContain('slow');
    expect(truth.filter((t) => t.namesTraces).length).toBeGreaterThan(0);
    expect(truth.filter((t) => !t.namesTraces).length).toBeGreaterThan(0);
    const entries = exports.flatMap((e) => e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))).filter((s) => s.kind !== 3);
    expect(entries).toHaveLength(truth.length * 5);
    for (const [k, json] of incidents.entries()) {
      const parsed = incidentFromJson(json, JSON.stringify(json));
      expect('incident' in parsed, JSON.stringify(parsed)).toBe(true);
      if (!('incident' in parsed)) continue;
      const i = parsed.incident;
      expect(i.services).toEqual([truth[k]!.service]);
      expect(i.traceIds.length > 0).toBe(truth[k]!.namesTraces);
      for (const id of i.traceIds) {
        const span = entries.find((s) => s.traceId === id)!;
        const at = Number(BigInt(span.startTimeUnixNano) / 1_000_000n);
        expect(at).toBeGreaterThan(i.startedAt.getTime());
        expect(at).toBeLessThan(i.resolvedAt!.getTime());
      }
    }
    const slow = entries.filter((s) => BigInt(s.endTimeUnixNano) - BigInt(s.startTimeUnixNano) >= 3_000_000_000n);
    expect(slow).toHaveLength(5);
    expect(slow.every((s) => s.status.code === 0)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(generate(7).exports).toEqual(generate(7).exports);
    expect(generate(7).exports).not.toEqual(generate(8).exports);
  });
});
