import type { FailureGroupOfRun, RunFailureSummary } from '../../models/report/run-summary.ts';

// A CI run's summary as GitHub-flavoured Markdown, for $GITHUB_STEP_SUMMARY or a pull request comment:
// real failures first, then flaky ones (safe to ignore) and infrastructure ones (re-run), at most
// MAX_GROUPS signatures each, so it stays short even when a whole suite failed.

export const MAX_GROUPS = 8;
const MESSAGE_CHARS = 160;

/** Inline code that survives backticks and newlines in the text. */
function code(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  const cut = one.length > MESSAGE_CHARS ? `${one.slice(0, MESSAGE_CHARS - 1)}…` : one;
  const fence = cut.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${cut}${fence === '``' ? ' ' : ''}${fence}`;
}

function link(g: FailureGroupOfRun, run: RunFailureSummary, server: string): string {
  if (g.traceId) return ` · [trace](${server.replace(/\/+$/, '')}/v1/traces/${g.traceId})`;
  if (run.url) return ` · [CI log](${run.url})`;
  return '';
}

function groupLines(title: string, groups: FailureGroupOfRun[], run: RunFailureSummary, server: string): string[] {
  if (groups.length === 0) return [];
  const failures = groups.reduce((n, g) => n + g.failures, 0);
  const out = [`**${title}** (${failures})`, ''];
  for (const g of groups.slice(0, MAX_GROUPS)) {
    const more = g.testCount > g.tests.length ? ` and ${g.testCount - g.tests.length} more` : '';
    const tests = g.tests.map((t) => code(t)).join(', ');
    const since = g.firstFailingCommit ? ` · first failed at ${code(g.firstFailingCommit.slice(0, 12))} (${g.firstFailedAt.slice(0, 10)})` : '';
    out.push(`- ${tests}${more}: ${code(g.message || g.fingerprint)}${since}${link(g, run, server)}`);
  }
  if (groups.length > MAX_GROUPS) out.push(`- …and ${groups.length - MAX_GROUPS} more signatures`);
  out.push('');
  return out;
}

export function runSummaryMarkdown(run: RunFailureSummary, server: string): string {
  const n = (gs: FailureGroupOfRun[]) => gs.reduce((s, g) => s + g.failures, 0);
  const out = [
    `### Signalhouse: ${n(run.real)} real, ${n(run.flaky)} flaky, ${n(run.infrastructure)} infrastructure failure(s)`,
    '',
    `Run ${code(run.runId)} attempt ${run.attempt} on ${code(run.branch)} at ${code(run.commit.slice(0, 12))}: ${run.tests} tests, ${run.failed} failed.`,
    '',
  ];
  if (run.real.length + run.flaky.length + run.infrastructure.length === 0) out.push('No failures.', '');
  out.push(...groupLines('Real failures: need a look', run.real, run, server));
  out.push(...groupLines('Flaky: safe to ignore', run.flaky, run, server));
  out.push(...groupLines('Infrastructure: not the code, re-run', run.infrastructure, run, server));
  const s = run.selection;
  out.push(
    s
      ? `Change risk ${(100 * s.riskScore).toFixed(0)}% · risk-based selection ran ${s.selected} of ${s.testsKnown} tests and skipped ${s.skipped}${s.quarantined ? ` (${s.quarantined} more in quarantine)` : ''}.`
      : 'Risk-based selection was not used for this commit: every test ran.',
    '',
  );
  return out.join('\n');
}
