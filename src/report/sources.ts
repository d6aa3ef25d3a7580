import { hotPaths, totalsOf } from '../../models/coverage/hot-paths.ts';
import { suiteOf } from '../../models/incidents/suite.ts';
import type { HotPathCoverage, IncidentsOfWeek, ReportSources } from '../../models/report/sources.ts';
import type { IsoWeek } from '../../models/report/week.ts';
import type { Store } from '../store/clickhouse.ts';
import { listIncidents } from '../store/incidents.ts';

// Where the weekly report gets hot-path coverage and incidents (models/report/sources.ts): the same
// models that answer GET /v1/coverage/hot-paths and GET /v1/incidents/:id/suite. The service passes
// this one object to the HTTP API and to the schedule.

const DAY_MS = 86_400_000;
/** Uncovered operations the report lists, riskiest first. */
const TOP_UNCOVERED = 5;

export function reportSources(store: Store, environments: readonly string[]): ReportSources {
  return {
    // Coverage counts traffic in whole days back from today (operation_days): from the week's first day
    // to today. A report written on the Monday after its week (the schedule) covers that week and the
    // morning after; an older week is no longer in the rollup's recent window, and says "no data".
    async hotPathCoverage(repo: string, week: IsoWeek): Promise<HotPathCoverage | null> {
      const windowDays = Math.ceil((Date.now() - week.start.getTime()) / DAY_MS);
      if (windowDays > 14) return null;
      const paths = await hotPaths(store, { environments, unlabelled: true, repo, windowDays });
      const totals = totalsOf(paths);
      if (totals.coverage === null) return null;
      const uncovered = paths.filter((p) => !p.covered).sort((a, b) => b.uncoveredRisk - a.uncoveredRisk || b.calls - a.calls);
      return {
        coverage: totals.coverage,
        hotOperations: totals.operations,
        uncoveredOperations: totals.operations - totals.coveredOperations,
        topUncovered: uncovered.slice(0, TOP_UNCOVERED).map((p) => ({ service: p.service, operation: p.operation, calls: p.calls })),
      };
    },

    // The week's incidents with their regression suites; an incident "escaped" when no test exercised
    // any of its operations (its suite has no related test).
    async incidents(repo: string, week: IsoWeek): Promise<IncidentsOfWeek | null> {
      const started = (await listIncidents(store.client, { repo, since: week.start, limit: 500 })).filter((i) => new Date(i.startedAt) < week.end);
      if (started.length === 0) return null;
      const incidents = [];
      for (const i of started) {
        const suite = await suiteOf(store, i, { environments });
        incidents.push({
          id: i.id,
          title: i.title,
          severity: i.severity,
          startedAt: i.startedAt,
          escaped: suite.relatedTests.length === 0,
          regressionSuite: suite.relatedTests.map((t) => t.testId),
        });
      }
      return { incidents };
    },
  };
}
