import { describe, expect, it } from 'vitest';
import { jsonMismatch, normaliseLine, shownJson, textMismatch, tourSteps } from './support/readme-tour.ts';

// The tour checker itself: it must catch a README that no longer matches, or the tour test proves nothing.

describe('tour parsing', () => {
  it('takes commands and their shown output from console blocks between the markers only', () => {
    const readme = [
      '```console', '$ outside', 'x', '```',
      '<!-- tour:start -->',
      '```sh', '$ not a console block', '```',
      '```console', '$ echo a', 'a', '$ echo b', 'b', 'c', '```',
      '<!-- tour:end -->',
    ].join('\n');
    const steps = tourSteps(readme);
    expect(steps.map((s) => [s.command, s.shown])).toEqual([['echo a', ['a']], ['echo b', ['b', 'c']]]);
    expect(steps[0]!.line).toBe(10);
  });
});

describe('output shape', () => {
  it('lets numbers, ids and times differ, nothing else', () => {
    expect(normaliseLine('run cli-638d7e9a78c257e2 attempt 1: 3 file(s), 2026-12-03T08:24:23.811Z, 4.8%'))
      .toBe(normaliseLine('run cli-aaaaaaaa11111111 attempt 2: 40 file(s), 2020-01-01T00:00:00Z, 12.25%'));
    expect(normaliseLine('3 passed')).not.toBe(normaliseLine('3 failed'));
    // A word made of hex letters only is a word, not an id.
    expect(normaliseLine('deadbeef faced')).toBe('deadbeef faced');
  });

  it('matches line by line, or in order with … standing for left-out lines', () => {
    expect(textMismatch(['a 1', 'b 2'], ['a 5', 'b 6', ''])).toBeUndefined();
    expect(textMismatch(['a 1'], ['a 5', 'b 6'])).toMatch(/more line/);
    expect(textMismatch(['a 1', '…', 'c'], ['a 5', 'b 6', 'c'])).toBeUndefined();
    expect(textMismatch(['a 1', '…', 'c'], ['a 5', 'b 6'])).toMatch(/shaped like/);
  });

  it('needs every shown JSON key with the same type, and checks every array element', () => {
    const shown = shownJson(['{"tests": [{"testId": "ab", "score": 0.1}],', '"window": "30d"}'])!.json;
    expect(jsonMismatch(shown, { tests: [{ testId: 'x', score: 1, more: true }], window: '7d', extra: 1 })).toBeUndefined();
    expect(jsonMismatch(shown, { tests: [{ testId: 'x', score: 1 }, { testId: 'y' }], window: '7d' })).toMatch(/\$\.tests\[1\]\.score/);
    expect(jsonMismatch(shown, { tests: [], window: '7d' })).toMatch(/none/);
    expect(jsonMismatch(shown, { tests: [{ testId: 1, score: 1 }], window: '7d' })).toMatch(/string/);
    expect(shownJson(['plain text'])).toBeUndefined();
  });
});
