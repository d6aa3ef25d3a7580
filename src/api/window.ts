import { InputError } from '../../ingestion/errors.ts';

// History windows as people write them: 30d, 2w, 12h (days by default). Counted back from the repo's
// newest result, not from now, so an imported or replayed history is judged as it was.

export const WINDOW_PATTERN = '^[0-9]{1,5}(h|d|w)?$';

export function windowDays(window: string | undefined, fallback = 30): number {
  if (window === undefined || window === '') return fallback;
  const m = /^(\d{1,5})(h|d|w)?$/.exec(window);
  if (!m) throw new InputError('BAD_WINDOW', `window "${window}" is not like 30d, 2w or 12h`);
  const n = Number(m[1]);
  const days = m[2] === 'h' ? n / 24 : m[2] === 'w' ? n * 7 : n;
  if (days <= 0 || days > 3660) throw new InputError('BAD_WINDOW', `window "${window}" must be between 1h and 10 years`);
  return Math.max(1, Math.ceil(days));
}
