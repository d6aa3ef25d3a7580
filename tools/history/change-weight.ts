// How likely an authored commit is to bring a regression grows with how much code it changes: the
// strongest and most consistent finding of just-in-time defect prediction on real repositories
// (Mockus & Weiss 2000, "Predicting risk of software changes"; Kamei et al. 2013, "A large-scale
// empirical study of just-in-time quality assurance": lines added, files touched). It grows less than
// in proportion: the lines of one file are one piece of work, so each file counts by the log of its
// lines. With `--change-risk uniform` (the default, the generator's histories as they always were)
// every commit of a kind has the same chance, and no model can tell a risky change from a safe one;
// `--change-risk size` plants them by size (docs/models.md, "Regressions that follow change size").

export const CHANGE_RISKS = ['uniform', 'size'] as const;
export type ChangeRisk = (typeof CHANGE_RISKS)[number];

// Σ ln(1 + lines) of an average branch commit: 7.0–7.9 over the branch commits of the evals' 30-day
// histories, every layout (median 3.9–4.5: most commits touch one file). Dividing by it keeps
// `regressionRate` the chance of an average commit.
export const AVERAGE_CHANGE_WEIGHT = 7.5;

/** The commit's size in units of an average branch commit: Σ ln(1 + lines changed) over its source files. */
export function changeWeight(files: readonly { path: string; added: number; removed: number }[], isSource: (path: string) => boolean): number {
  let weight = 0;
  for (const f of files) if (isSource(f.path)) weight += Math.log1p(f.added + f.removed);
  return weight / AVERAGE_CHANGE_WEIGHT;
}

/** P(the commit brings a regression): `rate` at weight 1, 1 − (1 − rate)^weight otherwise. */
export function regressionChance(rate: number, weight: number): number {
  // Exactly `rate` at weight 1, so uniform histories draw what they drew before this existed.
  if (weight === 1) return rate;
  return -Math.expm1(weight * Math.log1p(-Math.min(rate, 0.999)));
}
