import { InputError } from '../errors.ts';
import type { CiRunRecord } from '../records.ts';
import { retentionCutoffMs } from '../retention.ts';
import type { JunitReport } from './parse.ts';

/**
 * Refuses a report any of whose rows would be past the results' retention (SIGNALHOUSE_RESULTS_TTL_DAYS)
 * on arrival (see ../retention.ts): the whole report, since an upload is stored whole or not at all.
 * A row's time is its test case's, else the run's, as it is stored.
 */
export function assertJunitWithinRetention(run: CiRunRecord, report: JunitReport, retentionDays: number, fileName: string): void {
  const cutoff = retentionCutoffMs(retentionDays);
  if (!Number.isFinite(cutoff)) return;
  let earliest = run.startedAt.getTime();
  for (const r of report.results) if (r.startedAt && r.startedAt.getTime() < earliest) earliest = r.startedAt.getTime();
  if (earliest >= cutoff) return;
  throw new InputError(
    'OUTSIDE_RETENTION',
    `${fileName}: tests started ${new Date(earliest).toISOString()}, before the retention window of ${retentionDays} days ` +
      '(SIGNALHOUSE_RESULTS_TTL_DAYS): they would be deleted on arrival, so nothing was stored',
    422,
  );
}
