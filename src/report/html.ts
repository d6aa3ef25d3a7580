import type { WeeklyReport } from '../../models/report/weekly.ts';
import { failuresChart, flakyCostChart, latencyChart } from './charts.ts';
import { formatDelta, formatValue, testLabel } from './format.ts';
import { headlineRows } from './rows.ts';

// The weekly report as one self-contained HTML file: inline CSS and inline SVG charts, no script, no
// font, image or style sheet fetched from anywhere, so it opens offline, survives being mailed, and
// prints on A4 without a section split across pages.

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; margin: 2em auto; max-width: 62em; padding: 0 1em; line-height: 1.4; }
  h1 { font-size: 1.6em; margin-bottom: 0.2em; }
  h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.6em; }
  .meta { color: #555; }
  table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
  th, td { border-bottom: 1px solid #e0e0e0; padding: 0.3em 0.6em; text-align: left; vertical-align: top; white-space: nowrap; }
  td:first-child { white-space: normal; overflow-wrap: anywhere; }
  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .charts { display: flex; flex-wrap: wrap; gap: 1em; }
  .nodata { color: #666; font-style: italic; }
  section { break-inside: avoid; page-break-inside: avoid; }
  svg { max-width: 100%; height: auto; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    h2 { break-after: avoid; }
    /* Both week-over-week charts side by side on A4, scaled down with their text. */
    .charts { flex-wrap: nowrap; gap: 0; }
    .charts > svg { width: 50%; height: auto; }
    table { font-size: 9pt; }
  }
  @page { size: A4; margin: 15mm; }`;

function table(headers: string[], numeric: boolean[], rows: string[][]): string {
  const th = headers.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function reportHtml(r: WeeklyReport): string {
  const parts: string[] = [];
  parts.push(`<h1>Weekly reliability report: ${esc(r.repo)}</h1>`);
  parts.push(`<p class="meta">${esc(r.week)}: ${esc(r.from.slice(0, 10))} to ${esc(r.to.slice(0, 10))} (UTC, end exclusive), compared with ${esc(r.previousWeek)}.</p>`);
  const flaky = flakyCostChart(r);
  parts.push(`<section class="charts">${failuresChart(r)}${latencyChart(r)}</section>`);
  for (const s of headlineRows(r)) {
    parts.push(
      `<section><h2>${esc(s.title)}</h2>${table(
        ['', r.week, r.previousWeek, 'change'],
        [false, true, true, true],
        s.rows.map((row) => [row.label, formatValue(row.metric.value, row.unit), formatValue(row.metric.previous, row.unit), formatDelta(row.metric, row.unit)]),
      )}</section>`,
    );
  }

  const hot = r.hotPathCoverage;
  parts.push(
    `<section><h2>Hot-path coverage</h2>${
      !hot.available
        ? `<p class="nodata">No data: ${esc(hot.reason)}.</p>`
        : `<p>Coverage ${esc(formatValue(hot.coverage.value, 'share'))} (${esc(formatDelta(hot.coverage, 'share'))}); ${hot.uncoveredOperations.value} of ${hot.hotOperations.value} hot operations untested.</p>` +
          table(['Service', 'Operation', 'Calls'], [false, false, true], hot.topUncovered.map((o) => [o.service, o.operation, String(o.calls)]))
    }</section>`,
  );
  const inc = r.incidents;
  parts.push(
    `<section><h2>Incidents</h2>${
      !inc.available
        ? `<p class="nodata">No data: ${esc(inc.reason)}.</p>`
        : `<p>${inc.count.value} incident(s) (${esc(formatDelta(inc.count, 'count'))}), ${inc.escaped.value} escaped (escape rate ${esc(formatValue(inc.escapeRate.value, 'share'))}).</p>` +
          table(
            ['Incident', 'Severity', 'Started', 'Escaped', 'Regression suite'],
            [false, false, false, false, true],
            inc.list.map((x) => [x.title || x.id, x.severity, x.startedAt, x.escaped ? 'yes' : 'no', `${x.regressionSuite.length} test(s)`]),
          )
    }</section>`,
  );

  parts.push(
    `<section><h2>Top flaky tests</h2>${
      r.topFlakyTests.length === 0
        ? '<p class="nodata">No test was flaky at the end of the week.</p>'
        : (flaky ?? '') +
          table(
            ['Test', 'Flake rate', 'Failed runs', 'Re-runs', 'CI minutes', 'Advice'],
            [false, true, true, true, true, false],
            r.topFlakyTests.map((t) => [testLabel(t), formatValue(t.score, 'share'), String(t.failedRuns), String(t.reruns), t.rerunMinutes.toFixed(1), t.advice]),
          )
    }</section>`,
  );
  parts.push(
    `<section><h2>Riskiest folders</h2>${
      r.riskiestFolders.length === 0
        ? '<p class="nodata">No changed folder had a real failure this week.</p>'
        : table(
            ['Folder', 'Commits', 'With a real failure', 'Share'],
            [false, true, true, true],
            r.riskiestFolders.map((f) => [f.folder, String(f.commits), String(f.failingCommits), formatValue(f.failureRate, 'share')]),
          )
    }</section>`,
  );
  parts.push(`<p class="meta">Generated ${esc(r.generatedAt)} by Signalhouse. Every number is defined in the JSON form of this report (<code>definitions</code>).</p>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Weekly reliability report: ${r.repo}, ${r.week}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
