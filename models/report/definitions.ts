import { MISS_WINDOW_DAYS } from './selection.ts';
import { STATE_WINDOW_DAYS } from './flaky-tests.ts';

// Every number of the weekly report, defined once: the JSON carries these sentences (so a reader of
// the JSON needs no other document) and docs/report.md repeats them.

export const DEFINITIONS = {
  week: 'ISO 8601 week in UTC: Monday 00:00 to the next Monday 00:00.',
  delta: 'Every number comes as {value, previous, delta}: this week, the week before, and value − previous (null when either is unknown).',
  'failures.product': 'Failed or errored test executions in the week (in-run retries included) classed product: a real failure of the code.',
  'failures.flaky': 'Failed executions classed flaky: the code did not change but the verdict did (passed on the same commit, or a recurring lone flip).',
  'failures.infrastructure': 'Failed executions classed infrastructure: the machine or CI failed (OOM, lost runner, network, outage, CI error).',
  'failures.total': 'All failed executions in the week.',
  'failures.signalToNoise': 'product / (flaky + infrastructure); null when there were no flaky or infrastructure failures.',
  flakyTests: `Tests in state flaky at the end of the week (flakiness model over the ${STATE_WINDOW_DAYS} days ending then, not yet released by clean passes).`,
  flakyRunShare: 'Share of CI run attempts that started in the week with at least one flaky failure.',
  rerunMinutes: 'CI minutes spent re-running the attempts with flaky failures: the summed test durations of each such attempt’s next attempt.',
  runAttempts: 'CI run attempts with test results whose first result started in the week.',
  infrastructureShare: 'infrastructure failures / all failures; null when nothing failed.',
  'feedbackLatency.p50Minutes': 'Median minutes from a commit’s first sighting (its change record or its first CI run, whichever came first) to the end of the last result of its first CI run’s first attempt; commits whose first run started in the week.',
  'feedbackLatency.p90Minutes': 'The 90th percentile of the same wait (ranks interpolated, as PERCENTILE.INC).',
  'feedbackLatency.commits': 'Commits measured.',
  'selection.changes': 'Commits for which risk-based selection was asked in the week and left tests out (POST /v1/risk with a commit).',
  'selection.runs': 'CI runs of those commits.',
  'selection.testsSkipped': 'Tests the risk model could select but did not, summed over those commits (latest answer per commit); quarantined tests are not counted.',
  'selection.misses': `Skipped tests that then failed for a real (product) reason on a later run of the same branch within ${MISS_WINDOW_DAYS} days; tests first seen after the answer and quarantined tests do not count.`,
  'hotPathCoverage.coverage': 'Share of hot production operations that at least one test exercised (hot-path coverage model).',
  'hotPathCoverage.uncoveredOperations': 'Hot operations no test exercised; the top ones are listed with their production calls.',
  'incidents.count': 'Production incidents that started in the week.',
  'incidents.escaped': 'Incidents whose operations no test covered.',
  'incidents.escapeRate': 'escaped / count; null without incidents.',
  topFlakyTests: 'Up to 10 tests flaky at the end of the week, by CI minutes re-run this week, then failed runs, then flakiness score.',
  riskiestFolders: 'Folders (first two directory levels) of files changed by the week’s commits, by how many of those commits had a product failure, then by that share.',
} as const;
