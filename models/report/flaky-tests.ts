import type { ClickHouseClient } from '@clickhouse/client';
import { flakiness, type TestFlakiness } from '../flakiness/model.ts';
import type { IsoWeek } from './week.ts';

// Flaky tests as the flakiness model (models/flakiness) judged them at the end of the week: the state
// over its usual 30-day window ending then, and the impact (failed runs, re-runs, CI minutes) over
// the week itself.

export const STATE_WINDOW_DAYS = 30;
export const TOP_FLAKY = 10;

export interface FlakyTestImpact {
  testId: string;
  suite: string;
  className: string;
  name: string;
  score: number;
  /** This week: run attempts it failed flakily, their re-runs, and the CI minutes those took. */
  failedRuns: number;
  reruns: number;
  rerunMinutes: number;
  advice: TestFlakiness['quarantine']['advice'];
}

export interface FlakySection {
  /** Tests in state flaky at the end of the week. */
  flakyTests: number;
  /** The flaky ones with the most CI minutes re-run this week, then most failed runs, then score. */
  top: FlakyTestImpact[];
}

export async function weekFlakyTests(client: ClickHouseClient, repo: string, week: IsoWeek, releaseAfterPasses: number): Promise<FlakySection> {
  const opts = { repo, releaseAfterPasses, flakyOnly: true, until: week.end } as const;
  const atEnd = await flakiness(client, { ...opts, windowDays: STATE_WINDOW_DAYS });
  const inWeek = new Map((await flakiness(client, { ...opts, windowDays: 7 })).map((t) => [t.testId, t.impact]));
  const flaky = atEnd.filter((t) => t.state === 'flaky');
  const top = flaky
    .map((t): FlakyTestImpact => {
      const impact = inWeek.get(t.testId) ?? { failedRuns: 0, reruns: 0, rerunMinutes: 0 };
      return { testId: t.testId, suite: t.suite, className: t.className, name: t.name, score: t.score, ...impact, advice: t.quarantine.advice };
    })
    .sort((a, b) => b.rerunMinutes - a.rerunMinutes || b.failedRuns - a.failedRuns || b.score - a.score || a.testId.localeCompare(b.testId))
    .slice(0, TOP_FLAKY);
  return { flakyTests: flaky.length, top };
}
