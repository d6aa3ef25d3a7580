import type { ClickHouseClient } from '@clickhouse/client';
import { ensureFailureClasses } from '../failures/classify.ts';
import { DEFINITIONS } from './definitions.ts';
import { weekFailures, type FailureCounts } from './failures.ts';
import { weekFlakyTests, type FlakyTestImpact } from './flaky-tests.ts';
import { riskiestFolders, type RiskyFolder } from './folders.ts';
import { weekLatency, type Latency } from './latency.ts';
import { weekSelection, type SelectionCounts } from './selection.ts';
import { NO_SOURCES, type HotPathCoverage, type IncidentsOfWeek, type ReportSources, type UncoveredOperation, type WeekIncident } from './sources.ts';
import { previousWeek, type IsoWeek } from './week.ts';

// The weekly reliability report of one repo: every section computed in ClickHouse for the week and
// for the week before, then paired into {value, previous, delta}. Each section lives in its own
// module (failures, flaky-tests, latency, selection, folders); hot-path coverage and incidents come
// through ReportSources.

export interface Metric {
  value: number | null;
  previous: number | null;
  delta: number | null;
}

export type Section<T> = ({ available: true } & T) | { available: false; reason: string };

export interface WeeklyReport {
  repo: string;
  week: string;
  from: string;
  to: string;
  previousWeek: string;
  generatedAt: string;
  failures: { product: Metric; flaky: Metric; infrastructure: Metric; total: Metric; signalToNoise: Metric };
  flakyTests: Metric;
  flakyRunShare: Metric;
  rerunMinutes: Metric;
  runAttempts: Metric;
  infrastructureShare: Metric;
  feedbackLatency: { p50Minutes: Metric; p90Minutes: Metric; commits: Metric };
  selection: { changes: Metric; runs: Metric; testsSkipped: Metric; misses: Metric };
  hotPathCoverage: Section<{ coverage: Metric; hotOperations: Metric; uncoveredOperations: Metric; topUncovered: UncoveredOperation[] }>;
  incidents: Section<{ count: Metric; escaped: Metric; escapeRate: Metric; list: WeekIncident[] }>;
  topFlakyTests: FlakyTestImpact[];
  riskiestFolders: RiskyFolder[];
  definitions: typeof DEFINITIONS;
}

export interface WeeklyOptions {
  repo: string;
  week: IsoWeek;
  releaseAfterPasses: number;
  sources?: ReportSources;
  now?: Date;
}

/** The scalar numbers of one week, before pairing with the week before. */
interface WeekNumbers {
  failures: FailureCounts;
  flakyTests: number;
  latency: Latency;
  selection: SelectionCounts;
  hot: HotPathCoverage | null;
  incidents: IncidentsOfWeek | null;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const round = (x: number | null, digits = 4): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export function metric(value: number | null, previous: number | null): Metric {
  return { value: round(value), previous: round(previous), delta: value === null || previous === null ? null : round(value - previous) };
}

async function weekNumbers(client: ClickHouseClient, o: WeeklyOptions, week: IsoWeek, sources: ReportSources): Promise<WeekNumbers & { top: FlakyTestImpact[] }> {
  // One at a time: the engine shares two cores with ingestion, and each query already runs in parallel.
  const failures = await weekFailures(client, o.repo, week);
  const flaky = await weekFlakyTests(client, o.repo, week, o.releaseAfterPasses);
  const latency = await weekLatency(client, o.repo, week);
  const selection = await weekSelection(client, o.repo, week);
  const [hot, incidents] = await Promise.all([sources.hotPathCoverage(o.repo, week), sources.incidents(o.repo, week)]);
  return { failures, flakyTests: flaky.flakyTests, top: flaky.top, latency, selection, hot, incidents };
}

export async function weeklyReport(client: ClickHouseClient, o: WeeklyOptions): Promise<WeeklyReport> {
  const sources = o.sources ?? NO_SOURCES;
  await ensureFailureClasses(client, o.repo);
  const prevWeek = previousWeek(o.week);
  const cur = await weekNumbers(client, o, o.week, sources);
  const prev = await weekNumbers(client, o, prevWeek, sources);
  const folders = await riskiestFolders(client, o.repo, o.week);

  const f = (pick: (n: WeekNumbers) => number | null) => metric(pick(cur), pick(prev));
  const total = (n: WeekNumbers) => n.failures.product + n.failures.flaky + n.failures.infrastructure;
  return {
    repo: o.repo,
    week: o.week.label,
    from: o.week.start.toISOString(),
    to: o.week.end.toISOString(),
    previousWeek: prevWeek.label,
    generatedAt: (o.now ?? new Date()).toISOString(),
    failures: {
      product: f((n) => n.failures.product),
      flaky: f((n) => n.failures.flaky),
      infrastructure: f((n) => n.failures.infrastructure),
      total: f(total),
      signalToNoise: f((n) => ratio(n.failures.product, n.failures.flaky + n.failures.infrastructure)),
    },
    flakyTests: f((n) => n.flakyTests),
    flakyRunShare: f((n) => ratio(n.failures.flakyAttempts, n.failures.runAttempts)),
    rerunMinutes: f((n) => n.failures.rerunMinutes),
    runAttempts: f((n) => n.failures.runAttempts),
    infrastructureShare: f((n) => ratio(n.failures.infrastructure, total(n))),
    feedbackLatency: {
      p50Minutes: f((n) => n.latency.p50Minutes),
      p90Minutes: f((n) => n.latency.p90Minutes),
      commits: f((n) => n.latency.commits),
    },
    selection: {
      changes: f((n) => n.selection.changes),
      runs: f((n) => n.selection.runs),
      testsSkipped: f((n) => n.selection.testsSkipped),
      misses: f((n) => n.selection.misses),
    },
    hotPathCoverage: cur.hot
      ? {
          available: true,
          coverage: metric(cur.hot.coverage, prev.hot?.coverage ?? null),
          hotOperations: metric(cur.hot.hotOperations, prev.hot?.hotOperations ?? null),
          uncoveredOperations: metric(cur.hot.uncoveredOperations, prev.hot?.uncoveredOperations ?? null),
          topUncovered: cur.hot.topUncovered,
        }
      : { available: false, reason: 'no hot-path coverage data for this week: no production traffic in its window, or the week is older than the two weeks that coverage keeps at hand' },
    incidents: cur.incidents ? incidentsSection(cur.incidents, prev.incidents) : { available: false, reason: 'no incident started this week' },
    topFlakyTests: cur.top,
    riskiestFolders: folders,
    definitions: DEFINITIONS,
  };
}

function incidentsSection(cur: IncidentsOfWeek, prev: IncidentsOfWeek | null): WeeklyReport['incidents'] {
  const counts = (i: IncidentsOfWeek | null) =>
    i ? { count: i.incidents.length, escaped: i.incidents.filter((x) => x.escaped).length } : { count: null, escaped: null };
  const c = counts(cur);
  const p = counts(prev);
  const rate = (x: { count: number | null; escaped: number | null }) => (x.count ? x.escaped! / x.count : null);
  return {
    available: true,
    count: metric(c.count, p.count),
    escaped: metric(c.escaped, p.escaped),
    escapeRate: metric(rate(c), rate(p)),
    list: cur.incidents,
  };
}
