import { describe, expect, it } from 'vitest';
import { answerJson, releaseAnswer, writeProbability } from '../models/risk/answer-json.ts';
import { defaultWeights } from '../models/risk/features.ts';
import { buildModel, type TestRow } from '../models/risk/model.ts';

// The risk answer's JSON, written as bytes from per-model parts: it must parse to exactly what
// JSON.stringify of the same objects gives, whatever the characters in a test's names.

const EPOCH = '1970-01-01 00:00:00.000';

function row(over: Partial<TestRow> & Pick<TestRow, 'test_id'>): TestRow {
  return { runs: 50, fails: 0, decayed: 0, duration_ms: 1000, last_fail_at: EPOCH, suite: '', class_name: '', name: over.test_id, file: '', locator: '', stem: '', dirs: [], ...over };
}

const model = buildModel({
  repo: 'acme/shop',
  modelId: 'm1',
  asOf: '2026-11-01 00:00:00.000',
  trainedAt: '2026-11-01 00:00:05.000',
  meta: { globalRate: 0.001, watermark: '2026-11-01 00:00:00.000', tests: 4, commits: 10, pairs: 40, positives: 1, keys: 0, associations: 0, cells: 1, converged: true },
  weights: defaultWeights(0.001),
  tests: [
    row({ test_id: 'a', suite: 'com.acme.ATest', class_name: 'com.acme.ATest', name: 'charges', duration_ms: 12.5 }),
    row({ test_id: 'b', suite: 'web/src/ünï cödé.test.ts', file: 'web/src/ünï cödé.test.ts', name: 'says "hi" \\ and\nbye 🎉' }),
    row({ test_id: 'c', suite: 'pytest', class_name: 'tests.test_x', name: 'test_y[\u0001\u2028]' }),
    row({ test_id: 'd', name: '' }),
  ],
  keys: [],
  assoc: [],
});

describe('risk answer JSON', () => {
  it('writes probabilities as their 6-decimal rounding prints', () => {
    const buf = Buffer.alloc(16);
    for (const p of [0, 1e-9, 4.9e-7, 5e-7, 0.000001, 0.000024, 0.0005334, 0.1, 0.12345649, 0.5, 0.9999994, 0.9999996, 1]) {
      const end = writeProbability(buf, 0, p);
      expect(buf.toString('latin1', 0, end), String(p)).toBe(String(Math.round(p * 1e6) / 1e6));
    }
    // Never a number outside [0, 1], nor text that is not JSON.
    for (const [p, text] of [[1.5, '1'], [-0.2, '0'], [NaN, '0']] as const) expect(buf.toString('latin1', 0, writeProbability(buf, 0, p))).toBe(text);
  });

  it('parses to the same answer as JSON.stringify of its objects, odd characters included', () => {
    const head = { repo: 'acme/shop', message: 'ünï "x"', riskScore: 0.25, unlisted: 1 };
    const probability = Float64Array.from([0.5, 0.000123, 0.9999999, 0.02]);
    const selected = Uint8Array.from([1, 1, 0, 0]);
    const quarantined = Uint8Array.from([0, 0, 1, 0]);
    const always = ['new test: 1 recorded run', undefined, undefined, undefined];
    const reasons = [[{ code: 'always', text: 'new test: 1 recorded run', logOdds: 0 }], [{ code: 'near', text: 'lives in the folder of changed file ünï/"q".ts', logOdds: 1.5 }], [], []];
    const listed = [0, 1, 2];
    const buf = answerJson(head, {
      model,
      listed,
      probability,
      selected,
      always,
      quarantined,
      reasonsJson: (rank, i) => (rank < 2 ? JSON.stringify(reasons[i]) : '[]'),
    });
    const expected = {
      ...head,
      tests: listed.map((i) => {
        const t = model.tests[i]!;
        return {
          testId: t.testId,
          suite: t.suite,
          className: t.className,
          name: t.name,
          file: t.file,
          durationMs: t.durationMs,
          probability: Math.round(probability[i]! * 1e6) / 1e6,
          selected: selected[i] === 1,
          always: always[i] !== undefined,
          quarantined: quarantined[i] === 1,
          reasons: reasons[i],
        };
      }),
    };
    expect(buf.toString('utf8')).toBe(JSON.stringify(expected));
  });

  it('lists no tests as an empty array', () => {
    expect(JSON.parse(answerJson({ repo: 'r' }, null).toString())).toEqual({ repo: 'r', tests: [] });
    const empty = { model, listed: [], probability: new Float64Array(4), selected: new Uint8Array(4), always: [], quarantined: new Uint8Array(4), reasonsJson: () => '[]' };
    expect(answerJson({ repo: 'r' }, empty).toString()).toBe('{"repo":"r","tests":[]}');
  });

  it('reuses a large answer\'s buffer once it is released, and only then', () => {
    const big = { repo: 'acme/shop', message: 'x'.repeat(100_000) };
    const list = (head: object) => answerJson(head, { model, listed: [0, 1, 2, 3], probability: Float64Array.from([0.5, 0.25, 0.125, 0]), selected: Uint8Array.from([1, 1, 0, 0]), always: [], quarantined: new Uint8Array(4), reasonsJson: () => '[]' });
    const first = list(big);
    const held = list(big);
    expect(held.buffer).not.toBe(first.buffer);
    releaseAnswer(model, first);
    const second = list({ ...big, repo: 'other/repo' });
    expect(second.buffer).toBe(first.buffer);
    expect(JSON.parse(second.toString()).repo).toBe('other/repo');
    // The one never released is intact.
    expect(JSON.parse(held.toString()).repo).toBe('acme/shop');
    // Released twice, still lent once at a time.
    releaseAnswer(model, second);
    releaseAnswer(model, second);
    expect(list(big).buffer).not.toBe(list(big).buffer);
  });
});
