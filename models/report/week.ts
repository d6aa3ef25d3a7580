import { InputError } from '../../ingestion/errors.ts';

// ISO 8601 weeks in UTC: a week starts on Monday 00:00 UTC, and week 1 is the week with the year's
// first Thursday (so 2026-W01 starts on Monday 2025-12-29). A report covers [start, end).

export interface IsoWeek {
  /** e.g. 2026-W48 */
  label: string;
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Monday 00:00 UTC of ISO week 1 of an ISO year. */
function week1Monday(isoYear: number): number {
  const jan4 = Date.UTC(isoYear, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY_MS;
}

function weeksIn(isoYear: number): number {
  return Math.round((week1Monday(isoYear + 1) - week1Monday(isoYear)) / (7 * DAY_MS));
}

/** The ISO week that contains a time. */
export function weekOf(t: Date): IsoWeek {
  const day = Math.floor(t.getTime() / DAY_MS) * DAY_MS;
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  // The ISO year is the year of the week's Thursday.
  const isoYear = new Date(monday + 3 * DAY_MS).getUTCFullYear();
  const n = Math.round((monday - week1Monday(isoYear)) / (7 * DAY_MS)) + 1;
  return { label: `${isoYear}-W${String(n).padStart(2, '0')}`, start: new Date(monday), end: new Date(monday + 7 * DAY_MS) };
}

/** Parses 2026-W48; throws BAD_WEEK naming the problem. */
export function parseWeek(label: string): IsoWeek {
  const m = WEEK_PATTERN.exec(label);
  if (!m) throw new InputError('BAD_WEEK', `week "${label}" is not an ISO week like 2026-W48`);
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (year < 1970 || year > 2200) throw new InputError('BAD_WEEK', `week "${label}": year must be between 1970 and 2200`);
  if (n < 1 || n > weeksIn(year)) throw new InputError('BAD_WEEK', `week "${label}": ${year} has weeks 01 to ${weeksIn(year)}`);
  return weekOf(new Date(week1Monday(year) + (n - 1) * 7 * DAY_MS));
}

export function previousWeek(w: IsoWeek): IsoWeek {
  return weekOf(new Date(w.start.getTime() - DAY_MS));
}

/** The last complete week before a time: what a Monday-morning report covers. */
export function lastCompleteWeek(now: Date): IsoWeek {
  return previousWeek(weekOf(now));
}
