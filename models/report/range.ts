import { clickhouseTime } from '../../src/store/rows.ts';
import type { IsoWeek } from './week.ts';

/** A report section's query parameters for one week: repo and the week's [from, to) bounds. */
export function weekParams(repo: string, week: IsoWeek): { repo: string; from: string; to: string } {
  return { repo, from: clickhouseTime(week.start), to: clickhouseTime(week.end) };
}

/** ClickHouse returns 64-bit counts as strings and empty aggregates as null/NaN: one number or null. */
export function num(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
