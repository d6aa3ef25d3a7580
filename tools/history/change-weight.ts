// How likely an authored commit is to bring a regression grows with how much code it changes: the
// strongest and most consistent finding of just-in-time defect prediction on real repositories
// (Mockus & Weiss 2000, "Predicting risk of software changes"; Kamei et al. 2013, "A large-scale
// empirical study of just-in-time quality assurance": lines added, files touched). It grows less than
// in proportion: the lines of one file are one piece of work, so each file counts by the log of its
// lines. Until this existed the generator planted regressions at one rate per kind of commit, so no
// model could tell a risky change from a safe one on its histories (docs/models.md, "riskSkill").

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
  return -Math.expm1(weight * Math.log1p(-Math.min(rate, 0.999)));
}
