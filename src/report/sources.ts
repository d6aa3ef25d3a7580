import { NO_SOURCES, type ReportSources } from '../../models/report/sources.ts';
import type { Store } from '../store/clickhouse.ts';

// Where the weekly report gets hot-path coverage and incidents (models/report/sources.ts). The
// service passes this one object to the HTTP API and to the schedule. Nothing is connected yet, so
// both sections say "no data"; connect the hot-path coverage and incidents models here, e.g.
//   hotPathCoverage: (repo, week) => coverageOfWeek(store.client, repo, week.start, week.end),
//   incidents: (repo, week) => incidentsOfWeek(store.client, repo, week.start, week.end),
// mapping their answers to HotPathCoverage / IncidentsOfWeek.
export function reportSources(_store: Store): ReportSources {
  return NO_SOURCES;
}
