import type { HistoryOptions } from '../history/generate.ts';

// The history shapes every evaluation runs on: one generator option changed at a time from the base,
// so a row that misses its goal names the property of the history the model does not cope with.
// Real CI histories differ from the generator's defaults in exactly these ways: how commits reach
// main, how often red runs are re-run, how stable a real failure's message is, how much history
// there is, and where tests live relative to the code they cover (--layout).

export interface Shape {
  name: string;
  what: string;
  options: Partial<HistoryOptions>;
}

export const SHAPES: readonly Shape[] = [
  { name: 'base', what: 'PR branches from green main, 50% re-runs, stable wording', options: {} },
  { name: 'single-stream', what: 'every commit pushed to main', options: { flow: 'single' } },
  { name: 'pr-from-head', what: 'branches fork from red main too', options: { flow: 'pr-from-head' } },
  { name: 'merge-queue', what: 'green PRs merge through a merge queue in groups', options: { flow: 'merge-queue' } },
  { name: 'no-reruns', what: 'red runs never re-run', options: { rerunRate: 0 } },
  { name: 'reruns-70', what: 'red runs re-run 70% of the time', options: { rerunRate: 0.7 } },
  { name: 'wording-numbers', what: 'real failures vary in numbers/ids', options: { wording: 'numbers' } },
  { name: 'wording-words', what: 'real failures vary in wording', options: { wording: 'words' } },
  { name: 'cold-start', what: 'one week of history', options: { days: 7 } },
  { name: 'beside', what: 'TypeScript tests beside their sources', options: { layout: 'beside' } },
  { name: 'mirrored', what: 'src/ and test/ trees, test names unlike sources', options: { layout: 'mirrored' } },
  { name: 'maven', what: 'Maven reactor, src/main/java ↔ src/test/java', options: { layout: 'maven' } },
  { name: 'go', what: 'Go packages, x_test.go, go-junit-report', options: { layout: 'go' } },
  { name: 'python', what: 'Python pkg/ ↔ tests/, pytest', options: { layout: 'python' } },
  // Real changes break things the more often the more code they change (change-weight.ts); with one
  // rate for every commit, as in the other shapes, riskScore has nothing to tell changes apart by.
  { name: 'size-risk', what: 'larger commits bring regressions more often', options: { changeRisk: 'size' } },
  // The hardest case: mirrored trees, branches carrying main's breakage, 40% re-runs.
  {
    name: 'mirrored-pr-from-head',
    what: 'mirrored layout, branches from red main, 40% re-runs',
    options: { layout: 'mirrored', flow: 'pr-from-head', rerunRate: 0.4 },
  },
  // Test impact from traces: one run a day on main also sends OTLP test traces with the code each test
  // executed. A shape of its own, not part of every shape: most repositories do not trace their tests,
  // and the other rows say what the model does without traces.
  { name: 'traced', what: 'one run a day on main also sends OTLP test traces with the code each test executed', options: { tracedRunsPerDay: 1 } },
  {
    name: 'mirrored-pr-from-head-traced',
    what: 'the hardest case above, with a traced run a day',
    options: { layout: 'mirrored', flow: 'pr-from-head', rerunRate: 0.4, tracedRunsPerDay: 1 },
  },
];

/** The shapes named in a comma-separated list ('all' for every one); unknown names are an error. */
export function pickShapes(list: string): Shape[] {
  if (list === 'all') return [...SHAPES];
  return list.split(',').map((name) => {
    const s = SHAPES.find((x) => x.name === name.trim());
    if (!s) throw new Error(`unknown shape "${name}"; known: ${SHAPES.map((x) => x.name).join(', ')}`);
    return s;
  });
}
