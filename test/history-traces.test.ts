import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECODE_LIMITS, decodeTraceExport } from '../ingestion/otlp/decode.ts';
import { testSpanFiles } from '../ingestion/otlp/test-impact.ts';
import { testResultFromSpan } from '../ingestion/otlp/test-spans.ts';
import { DEFAULT_OPTIONS, generateHistory, type HistoryOptions } from '../tools/history/generate.ts';
import type { GroundTruth } from '../tools/history/ground-truth.ts';

// --traced-runs-per-day: traced run attempts also come as OTLP test traces, whose code spans are the
// source files each test depends on in the generator's graph, as the service's own decoder reads them.

const SMALL: Omit<HistoryOptions, 'out'> = { ...DEFAULT_OPTIONS, days: 4, tests: 80, files: 50, commitsPerDay: 8, seed: 5 };

async function history(over: Partial<HistoryOptions>) {
  const out = join(mkdtempSync(join(tmpdir(), 'signalhouse-traces-')), 'h');
  await generateHistory({ ...SMALL, ...over, out });
  const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { branch: string; attempt: number; startedAt: string; traces?: string[] });
  const truth = JSON.parse(readFileSync(join(out, 'ground-truth.json'), 'utf8')) as GroundTruth;
  return { out, manifest, truth };
}

describe('traced runs', () => {
  it('are off by default', async () => {
    const { out, manifest } = await history({});
    expect(manifest.filter((m) => m.traces)).toEqual([]);
    expect(readdirSync(out)).not.toContain('traces');
  });

  it('export one first attempt on main a day, each test with the source files it depends on', async () => {
    const { out, manifest, truth } = await history({ tracedRunsPerDay: 1 });
    const traced = manifest.filter((m) => m.traces);
    const days = new Set(traced.map((m) => m.startedAt.slice(0, 10)));
    expect(traced.length).toBe(days.size);
    expect(traced.length).toBeGreaterThanOrEqual(3);
    for (const m of traced) expect(m).toMatchObject({ branch: 'main', attempt: 1 });

    const sources = new Set(truth.files.filter((f) => f.kind === 'source').map((f) => f.path));
    const byName = new Map(truth.tests.map((t) => [t.qualifiedName, t]));
    let tests = 0;
    for (const file of traced[0]!.traces!) {
      const decoded = decodeTraceExport(readFileSync(join(out, file)), 'json', DEFAULT_DECODE_LIMITS);
      expect(decoded.rejected).toBe(0);
      const filesOf = new Map(testSpanFiles(decoded.spans).map((t) => [t.spanId, t.files]));
      for (const span of decoded.spans) {
        const found = testResultFromSpan(truth.repo, span);
        if (!found) continue;
        const test = byName.get(span.spanAttributes['test.case.name']!)!;
        // The same test identity as the JUnit reports.
        expect(found.result.testId).toBe(test.testId);
        // Paths under the runner's work directory, made repository-relative on the way in; the test's
        // own file first in the chain, then its sources.
        const expected = test.dependsOn.filter((p) => sources.has(p));
        expect(filesOf.get(span.spanId) ?? []).toEqual([...new Set([...expected, test.file])].sort());
        tests++;
      }
    }
    expect(tests).toBeGreaterThan(40);
  });
});
