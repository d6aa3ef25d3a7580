// The README's tour as data: every ```console block between the tour markers holds commands
// (lines starting with "$ ") each followed by the output the README shows for it. The tour test
// runs the commands and checks that what they print has the shape the README promises.

export const TOUR_START = '<!-- tour:start -->';
export const TOUR_END = '<!-- tour:end -->';
/** A line of shown output that stands for any number of lines left out. */
export const ELLIPSIS = '…';

export interface TourStep {
  command: string;
  /** The output as the README shows it, one entry per line. */
  shown: string[];
  /** 1-based line of the command in the README, for failure messages. */
  line: number;
}

export function tourSteps(readme: string): TourStep[] {
  const start = readme.indexOf(TOUR_START);
  const end = readme.indexOf(TOUR_END);
  if (start < 0 || end < start) throw new Error(`README has no ${TOUR_START} … ${TOUR_END} section`);
  const firstLine = readme.slice(0, start).split('\n').length;
  const lines = readme.slice(start, end).split('\n');
  const steps: TourStep[] = [];
  let inBlock = false;
  let current: TourStep | undefined;
  lines.forEach((text, i) => {
    if (text.startsWith('```')) {
      inBlock = text.startsWith('```console');
      current = undefined;
      return;
    }
    if (!inBlock) return;
    if (text.startsWith('$ ')) {
      current = { command: text.slice(2), shown: [], line: firstLine + i };
      steps.push(current);
    } else if (current) {
      current.shown.push(text);
    }
  });
  return steps;
}

/**
 * What may differ between the README's sample and a fresh run without changing the output's shape:
 * times, ids (hex), and numbers. Everything else — words, labels, layout — must be the same.
 */
export function normaliseLine(line: string): string {
  return line
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/g, '<hex>')
    .replace(/\d+(\.\d+)?/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why the output does not match the shown lines, or undefined when it does. */
export function textMismatch(shown: string[], actual: string[]): string | undefined {
  const want = shown.filter((l) => l.trim() !== '');
  const got = actual.filter((l) => l.trim() !== '').map(normaliseLine);
  const elided = want.includes(ELLIPSIS);
  let at = 0;
  for (const line of want) {
    if (line === ELLIPSIS) continue;
    const n = normaliseLine(line);
    const found = elided ? got.indexOf(n, at) : got[at] === n ? at : -1;
    if (found < 0) return `expected a line shaped like\n  ${line}\n(normalised: ${n})\nafter line ${at} of the output:\n${actual.join('\n')}`;
    at = found + 1;
  }
  if (!elided && at !== got.length) return `the output has ${got.length - at} more line(s) than the README shows:\n${actual.join('\n')}`;
  return undefined;
}

/**
 * Why a JSON answer does not have the shape of the JSON the README shows, or undefined. Every key the
 * README shows must be there with a value of the same type; arrays are checked element by element
 * against the first shown element. The README may leave keys out, never invent them.
 */
export function jsonMismatch(shown: unknown, actual: unknown, path = '$'): string | undefined {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(shown) !== kind(actual)) return `${path}: README shows ${kind(shown)}, the answer has ${kind(actual)}`;
  if (Array.isArray(shown) && Array.isArray(actual)) {
    if (shown.length === 0) return undefined;
    if (actual.length === 0) return `${path}: README shows elements, the answer has none`;
    for (const [i, element] of actual.entries()) {
      const why = jsonMismatch(shown[0], element, `${path}[${i}]`);
      if (why) return why;
    }
    return undefined;
  }
  if (kind(shown) === 'object') {
    const a = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(shown as Record<string, unknown>)) {
      if (!(key in a)) return `${path}.${key}: shown in the README, missing from the answer`;
      const why = jsonMismatch(value, a[key], `${path}.${key}`);
      if (why) return why;
    }
  }
  return undefined;
}

/** The shown output parsed as JSON when it is JSON (the README then shows an answer's shape). */
export function shownJson(shown: string[]): { json: unknown } | undefined {
  const text = shown.join('\n').trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return { json: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
