import type { WeeklyReport } from '../../models/report/weekly.ts';
import type { Row } from './format.ts';

// The report's headline numbers in reading order, shared by the Markdown and HTML renderers.

export function headlineRows(r: WeeklyReport): { title: string; rows: Row[] }[] {
  return [
    {
      title: 'Failures',
      rows: [
        { label: 'Real (product) failures', metric: r.failures.product, unit: 'count' },
        { label: 'Flaky failures', metric: r.failures.flaky, unit: 'count' },
        { label: 'Infrastructure failures', metric: r.failures.infrastructure, unit: 'count' },
        { label: 'All failures', metric: r.failures.total, unit: 'count' },
        { label: 'Signal to noise (product ÷ flaky + infrastructure)', metric: r.failures.signalToNoise, unit: 'ratio' },
        { label: 'Infrastructure share of failures', metric: r.infrastructureShare, unit: 'share' },
      ],
    },
    {
      title: 'Flakiness',
      rows: [
        { label: 'Flaky tests at the end of the week', metric: r.flakyTests, unit: 'count' },
        { label: 'CI run attempts', metric: r.runAttempts, unit: 'count' },
        { label: 'Run attempts with a flaky failure', metric: r.flakyRunShare, unit: 'share' },
        { label: 'CI minutes re-running flaky failures', metric: r.rerunMinutes, unit: 'minutes' },
      ],
    },
    {
      title: 'Feedback latency',
      rows: [
        { label: 'p50, commit to first CI verdict', metric: r.feedbackLatency.p50Minutes, unit: 'minutes' },
        { label: 'p90, commit to first CI verdict', metric: r.feedbackLatency.p90Minutes, unit: 'minutes' },
        { label: 'Commits measured', metric: r.feedbackLatency.commits, unit: 'count' },
      ],
    },
    {
      title: 'Risk-based selection',
      rows: [
        { label: 'Changes that used selection', metric: r.selection.changes, unit: 'count' },
        { label: 'CI runs of those changes', metric: r.selection.runs, unit: 'count' },
        { label: 'Tests skipped', metric: r.selection.testsSkipped, unit: 'count' },
        { label: 'Misses (skipped, then failed for real)', metric: r.selection.misses, unit: 'count' },
      ],
    },
  ];
}
