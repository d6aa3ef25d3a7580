import type { WeeklyReport } from '../../models/report/weekly.ts';
import { formatDelta, formatValue, testLabel } from './format.ts';
import { headlineRows } from './rows.ts';

// The weekly report as Markdown: for a chat message, a wiki page or a GitHub issue.

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportMarkdown(r: WeeklyReport): string {
  const out: string[] = [];
  out.push(`# Weekly reliability report: ${r.repo}, ${r.week}`, '');
  out.push(`${r.from.slice(0, 10)} to ${r.to.slice(0, 10)} (UTC, end exclusive); compared with ${r.previousWeek}.`, '');
  for (const section of headlineRows(r)) {
    out.push(`## ${section.title}`, '', `| | ${r.week} | ${r.previousWeek} | change |`, '| --- | ---: | ---: | ---: |');
    for (const row of section.rows) {
      out.push(`| ${row.label} | ${formatValue(row.metric.value, row.unit)} | ${formatValue(row.metric.previous, row.unit)} | ${formatDelta(row.metric, row.unit)} |`);
    }
    out.push('');
  }

  out.push('## Hot-path coverage', '');
  if (!r.hotPathCoverage.available) out.push(`No data: ${r.hotPathCoverage.reason}.`, '');
  else {
    const h = r.hotPathCoverage;
    out.push(`Coverage ${formatValue(h.coverage.value, 'share')} (${formatDelta(h.coverage, 'share')}); ${h.uncoveredOperations.value} of ${h.hotOperations.value} hot operations untested.`, '');
    if (h.topUncovered.length) {
      out.push('| Service | Operation | Calls |', '| --- | --- | ---: |');
      for (const op of h.topUncovered) out.push(`| ${cell(op.service)} | ${cell(op.operation)} | ${op.calls} |`);
      out.push('');
    }
  }

  out.push('## Incidents', '');
  if (!r.incidents.available) out.push(`No data: ${r.incidents.reason}.`, '');
  else {
    const i = r.incidents;
    out.push(`${i.count.value} incident(s) (${formatDelta(i.count, 'count')}), ${i.escaped.value} escaped (escape rate ${formatValue(i.escapeRate.value, 'share')}).`, '');
    if (i.list.length) {
      out.push('| Incident | Severity | Started | Escaped | Regression suite |', '| --- | --- | --- | --- | ---: |');
      for (const x of i.list) out.push(`| ${cell(x.title || x.id)} | ${cell(x.severity)} | ${x.startedAt} | ${x.escaped ? 'yes' : 'no'} | ${x.regressionSuite.length} test(s) |`);
      out.push('');
    }
  }

  out.push('## Top flaky tests', '');
  if (r.topFlakyTests.length === 0) out.push('No test was flaky at the end of the week.', '');
  else {
    out.push('| Test | Flake rate | Failed runs | Re-runs | CI minutes | Advice |', '| --- | ---: | ---: | ---: | ---: | --- |');
    for (const t of r.topFlakyTests) {
      out.push(`| ${cell(testLabel(t))} | ${formatValue(t.score, 'share')} | ${t.failedRuns} | ${t.reruns} | ${t.rerunMinutes.toFixed(1)} | ${t.advice} |`);
    }
    out.push('');
  }

  out.push('## Riskiest folders', '');
  if (r.riskiestFolders.length === 0) out.push('No changed folder had a real failure this week.', '');
  else {
    out.push('| Folder | Commits | With a real failure | Share |', '| --- | ---: | ---: | ---: |');
    for (const f of r.riskiestFolders) out.push(`| ${cell(f.folder)} | ${f.commits} | ${f.failingCommits} | ${formatValue(f.failureRate, 'share')} |`);
    out.push('');
  }
  out.push(`Generated ${r.generatedAt} by Signalhouse. Every number is defined in the JSON form of this report (\`definitions\`).`, '');
  return out.join('\n');
}
