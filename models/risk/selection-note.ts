import { HYPER } from './features.ts';
import type { Budget, Scored, Selection } from './score.ts';

// Why a selection is larger than its budget. Tests that always run (new tests, tests of changed test
// files, required tests) are selected before the budget is spent, so on a thin history — every test
// new — `fraction 0.25` selects every test. Said in the answer's `message`, so neither a person nor a
// CI log reads "173 of 173" as the model's judgement.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function budgetText(b: Budget): string {
  if ('fraction' in b) return `${+(b.fraction * 100).toFixed(2)}% of the tests`;
  if ('minutes' in b) return `${b.minutes} min`;
  return `confidence ${b.confidence}`;
}

/** A sentence when always-run tests alone fill the budget (or make the selection every test), else ''. */
export function selectionNote(s: Scored, sel: Selection, budget: Budget): string {
  let always = 0;
  let fresh = 0;
  let alwaysMs = 0;
  for (let i = 0; i < sel.selected.length; i++) {
    if (!sel.selected[i] || s.always[i] === undefined) continue;
    always++;
    alwaysMs += s.model.duration[i]!;
    if (s.model.runs[i]! < HYPER.minRuns) fresh++;
  }
  if (always === 0) return '';
  const filled =
    'fraction' in budget
      ? always > Math.ceil(budget.fraction * sel.eligible - 1e-9)
      : 'minutes' in budget
        ? alwaysMs > budget.minutes * 60_000
        : always === sel.eligible;
  if (!filled) return '';
  const why = [
    fresh > 0 ? `${plural(fresh, 'new test')} (run on fewer than ${HYPER.minRuns} commits: they run until the model has seen them)` : '',
    always > fresh ? `${plural(always - fresh, 'test')} of changed test files or always required` : '',
  ].filter(Boolean);
  const all = sel.count === sel.eligible ? ', that is every test' : '';
  return `selected ${sel.count} of ${sel.eligible} tests${all}, more than the budget (${budgetText(budget)}), because ${why.join(' and ')} always run`;
}
