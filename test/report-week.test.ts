import { describe, expect, it } from 'vitest';
import { InputError } from '../ingestion/errors.ts';
import { lastCompleteWeek, parseWeek, previousWeek, weekOf } from '../models/report/week.ts';

// ISO 8601 weeks (UTC), checked against dates any calendar shows: week 1 holds the year's first Thursday.

describe('ISO weeks', () => {
  it('finds the week of a date, across year ends', () => {
    expect(weekOf(new Date('2026-11-23T00:00:00Z')).label).toBe('2026-W48');
    expect(weekOf(new Date('2026-11-29T23:59:59.999Z')).label).toBe('2026-W48');
    expect(weekOf(new Date('2026-11-30T00:00:00Z')).label).toBe('2026-W49');
    expect(weekOf(new Date('2027-01-01T12:00:00Z')).label).toBe('2026-W53'); // a Friday: 2026 has 53 weeks
    expect(weekOf(new Date('2025-12-29T00:00:00Z')).label).toBe('2026-W01'); // Monday before New Year
    expect(weekOf(new Date('2021-01-03T00:00:00Z')).label).toBe('2020-W53');
  });

  it('parses a label into [Monday 00:00, next Monday 00:00) UTC', () => {
    const w = parseWeek('2026-W01');
    expect([w.start.toISOString(), w.end.toISOString()]).toEqual(['2025-12-29T00:00:00.000Z', '2026-01-05T00:00:00.000Z']);
    expect(previousWeek(parseWeek('2027-W01')).label).toBe('2026-W53');
    expect(lastCompleteWeek(new Date('2026-12-03T08:00:00Z')).label).toBe('2026-W48');
  });

  it('refuses what is not a week, naming it', () => {
    for (const bad of ['2026-48', '2026-W4', 'W48', '2021-W53', '2026-W00', '2026-W54']) {
      expect(() => parseWeek(bad)).toThrow(InputError);
    }
    expect(() => parseWeek('2021-W53')).toThrow(/2021 has weeks 01 to 52/);
  });
});
