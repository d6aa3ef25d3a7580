import type { IsoWeek } from './week.ts';

// The report's sections whose numbers come from other models: hot-path coverage (which production
// operations no test exercises) and incidents (with their regression suites). Each is read through
// this interface so the report does not depend on how those models store their answers; the service
// wires real sources in (src/report/sources.ts). A source answers null when it has no data for the
// week, and the section then says so instead of showing zeros.

export interface UncoveredOperation {
  service: string;
  operation: string;
  /** Production calls of the operation in the week: why it is hot. */
  calls: number;
}

export interface HotPathCoverage {
  /** Share of hot production operations (0–1) that at least one test exercised. */
  coverage: number;
  hotOperations: number;
  uncoveredOperations: number;
  topUncovered: UncoveredOperation[];
}

export interface WeekIncident {
  id: string;
  title: string;
  severity: string;
  startedAt: string;
  /** No test covered any of its operations. */
  escaped: boolean;
  /** Test ids of the regression suite generated for it; empty when none yet. */
  regressionSuite: string[];
}

export interface IncidentsOfWeek {
  incidents: WeekIncident[];
}

export interface ReportSources {
  hotPathCoverage(repo: string, week: IsoWeek): Promise<HotPathCoverage | null>;
  incidents(repo: string, week: IsoWeek): Promise<IncidentsOfWeek | null>;
}

/** No hot-path coverage or incident model wired in yet: both sections report "no data". */
export const NO_SOURCES: ReportSources = {
  hotPathCoverage: async () => null,
  incidents: async () => null,
};
