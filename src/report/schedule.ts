import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import type { ReportSources } from '../../models/report/sources.ts';
import { weekOf, previousWeek, type IsoWeek } from '../../models/report/week.ts';
import { weeklyReport } from '../../models/report/weekly.ts';
import type { Leases } from '../store/leases.ts';
import { clickhouseTime } from '../store/rows.ts';
import { REPORT_FORMATS, renderReport } from './render.ts';

// Writes every repo's weekly report, in each format, to DIR/<repo>/<week>.<md|html|json> on Monday
// 06:00 UTC for the week before (the six hours let late uploads of Sunday's runs arrive). Idempotent:
// a report whose JSON file exists is not written again, so restarts, several checks per Monday, or a
// service that was down on Monday and starts on Tuesday each write the week's report exactly once.
// Files are written to a temporary name and renamed, JSON last: a crash never leaves a report that
// looks complete. The clock is injected, so tests move time instead of waiting for it.
// Several instances on one store (docs/scaling.md): each repo's report is written under the lease
// weekly-report:<repo>, so two instances never write the same one at once; with DIR on a shared
// volume, the second finds the JSON file and skips.

export const DUE_HOURS_AFTER_WEEK = 6;

export interface ScheduleOptions {
  client: ClickHouseClient;
  dir: string;
  releaseAfterPasses: number;
  sources?: ReportSources;
  now?: () => Date;
  /** Shared with the other instances on this store: one writes a repo's report at a time. */
  leases?: Leases;
  log?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

/** The latest week whose report is due at `now`. */
export function dueWeek(now: Date): IsoWeek {
  const current = weekOf(now);
  const dueAt = current.start.getTime() + DUE_HOURS_AFTER_WEEK * 3_600_000;
  const last = previousWeek(current);
  return now.getTime() >= dueAt ? last : previousWeek(last);
}

/** DIR/acme/shop for acme/shop: one folder level per repo path segment, none of them able to climb out. */
export function repoFolder(dir: string, repo: string): string {
  const segment = (p: string) => (p === '' ? '(empty)' : p === '.' || p === '..' ? p.replace(/\./g, '%2E') : encodeURIComponent(p));
  return join(dir, ...repo.split('/').map(segment));
}

async function reposWithResults(client: ClickHouseClient, week: IsoWeek): Promise<string[]> {
  const rs = await client.query({
    query: `SELECT DISTINCT repo FROM test_reports
            GROUP BY repo, run_id, attempt
            HAVING min(first_started) >= {from:DateTime64(3, 'UTC')} AND min(first_started) < {to:DateTime64(3, 'UTC')}
            ORDER BY repo`,
    query_params: { from: clickhouseTime(week.start), to: clickhouseTime(week.end) },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'report.schedule.repos' },
  });
  return (await rs.json<{ repo: string }>()).map((r) => r.repo);
}

/** Writes the due week's reports that are not written yet; returns the folders written. */
export async function writeDueReports(o: ScheduleOptions): Promise<string[]> {
  const now = (o.now ?? (() => new Date()))();
  const week = dueWeek(now);
  const written: string[] = [];
  for (const repo of await reposWithResults(o.client, week)) {
    const folder = repoFolder(o.dir, repo);
    const write = async (): Promise<boolean> => {
      if (existsSync(join(folder, `${week.label}.json`))) return false;
      const report = await weeklyReport(o.client, { repo, week, releaseAfterPasses: o.releaseAfterPasses, sources: o.sources, now });
      mkdirSync(folder, { recursive: true });
      // JSON last: its presence marks the week done.
      for (const format of ['md', 'html', 'json'] as const satisfies readonly (typeof REPORT_FORMATS)[number][]) {
        const file = join(folder, `${week.label}.${format}`);
        writeFileSync(`${file}.tmp`, renderReport(report, format));
        renameSync(`${file}.tmp`, file);
      }
      return true;
    };
    // Two claimants that collided retry with jitter for a few seconds; still busy: another instance is
    // writing it (the next check finds the file, or writes it if that instance failed).
    const done = o.leases ? await o.leases.run(`weekly-report:${repo}`, write, { waitMs: 5_000 }) : { ran: true as const, value: await write() };
    if (!done.ran || !done.value) continue;
    written.push(folder);
    o.log?.info({ repo, week: week.label, folder }, 'weekly report written');
  }
  return written;
}

/**
 * Checks every `checkEveryMs` (default 10 minutes) whether a week's reports are due and writes them.
 * One check at a time; stop() waits for a check in progress.
 */
export function startWeeklyReports(o: ScheduleOptions & { checkEveryMs?: number }): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const check = () => {
    running = writeDueReports(o).then(
      () => undefined,
      (err: unknown) => o.log?.error({ err }, 'writing weekly reports failed'),
    );
    return running;
  };
  let timer: NodeJS.Timeout | null = null;
  const loop = () => {
    void check().then(() => {
      if (!stopped) timer = setTimeout(loop, o.checkEveryMs ?? 600_000);
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
