import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunFailureSummary } from '../models/report/run-summary.ts';
import { testApp } from './support/app.ts';
import { runCli } from './support/service-process.ts';
import { testStore, uniqueRepo } from './support/store.ts';
import { loadWeeklyHistory, RUNS, runUrl, SELECTIONS, SUITE, TESTS } from './support/weekly-history.ts';

// `signalhouse summary` and GET /v1/runs/:runId/summary on the planted history of
// test/support/weekly-history.ts: each run's failures must come out in the class they were planted
// with, with the commit where their signature first failed, a link, and the commit's selection.

let app: FastifyInstance;
let url: string;
const repo = uniqueRepo('summary');

beforeAll(async () => {
  app = await testApp();
  await loadWeeklyHistory(app, await testStore(), repo);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => app.close());

async function summary(runId: string, attempt?: number): Promise<RunFailureSummary> {
  const res = await app.inject({ url: `/v1/runs/${runId}/summary?repo=${encodeURIComponent(repo)}${attempt ? `&attempt=${attempt}` : ''}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** What the plan says a run's summary holds: test names per class, and the first commit of each planted failure text on main. */
function planned(runId: string, attempt = 1) {
  const run = RUNS.find((r) => r.runId === runId && r.attempt === attempt)!;
  const names = (cls: string) => Object.entries(run.failures).filter(([, f]) => f.cls === cls).map(([t]) => `${SUITE}.${t}`).sort();
  return { run, real: names('product'), flaky: names('flaky'), infrastructure: names('infrastructure') };
}

describe('run summary for the pull request', () => {
  it('groups every planted run’s failures by class, with a link to the run', async () => {
    for (const run of RUNS) {
      const s = await summary(run.runId, run.attempt);
      const want = planned(run.runId, run.attempt);
      expect(s).toMatchObject({ runId: run.runId, attempt: run.attempt, commit: run.commit, branch: 'main', url: runUrl(run), tests: TESTS.length });
      expect(s.failed).toBe(Object.keys(run.failures).length);
      expect(s.real.flatMap((g) => g.tests).sort(), run.runId).toEqual(want.real);
      expect(s.flaky.flatMap((g) => g.tests).sort(), run.runId).toEqual(want.flaky);
      expect(s.infrastructure.flatMap((g) => g.tests).sort(), run.runId).toEqual(want.infrastructure);
    }
  });

  it('names the commit where a real failure first failed, and the failure’s message', async () => {
    const s = await summary('w4');
    expect(s.real).toHaveLength(1);
    // `totals` broke on c2 (run w2) and still fails on c4.
    const first = RUNS.filter((r) => r.failures.totals?.cls === 'product').sort((a, b) => a.at.localeCompare(b.at))[0]!;
    expect(s.real[0]).toMatchObject({ firstFailingCommit: first.commit, firstFailedAt: new Date(first.at).toISOString(), failures: 1, testCount: 1 });
    expect(s.real[0]!.message).toContain('expected total 42.00 but was 41.99');
  });

  it('shows what risk-based selection skipped for the commit, and says when it was not used', async () => {
    const sel = SELECTIONS.find((x) => x.commit === 'c2')!;
    for (let i = 0; i < 100 && (await summary('w2')).selection === null; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await summary('w2')).selection).toEqual({ riskScore: 0.5, testsKnown: TESTS.length, selected: TESTS.length - sel.skipped.length, skipped: sel.skipped.length, quarantined: 0 });
    expect((await summary('w3')).selection).toBeNull();
  });

  it('takes the latest attempt by default', async () => {
    const s = await summary('w1');
    expect(s.attempt).toBe(2);
    expect(s.failed).toBe(0);
  });

  it('prints Markdown for the PR and appends it to $GITHUB_STEP_SUMMARY', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gh-summary-')), 'step-summary.md');
    writeFileSync(file, '# earlier step\n');
    const r = await runCli(['summary', '--repo', repo, '--run-id', 'w3'], { SIGNALHOUSE_URL: url, GITHUB_STEP_SUMMARY: file });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('### Signalhouse: 1 real, 1 flaky, 0 infrastructure failure(s)');
    expect(r.stdout).toMatch(/\*\*Real failures: need a look\*\* \(1\)\n\n- `com\.acme\.CartTest\.totals`: `java\.lang\.AssertionError: expected total 42\.00 but was 41\.99` · first failed at `c2` \(2026-11-24\) · \[CI log\]\(https:\/\/ci\.example\.com\/acme\/cart\/runs\/w3\/attempts\/1\)/);
    expect(r.stdout).toContain('**Flaky: safe to ignore** (1)');
    expect(r.stdout).not.toContain('Infrastructure: not the code');
    expect(r.stdout).toContain('Risk-based selection was not used for this commit');
    expect(readFileSync(file, 'utf8')).toBe(`# earlier step\n${r.stdout}`);
    // Short enough for a PR comment.
    expect(r.stdout.split('\n').length).toBeLessThan(25);
  }, 60_000);

  it('answers an unknown run with 404, and the CLI says so with a non-zero exit', async () => {
    const res = await app.inject({ url: `/v1/runs/nope/summary?repo=${encodeURIComponent(repo)}` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'NOT_FOUND', message: `no CI run nope in ${repo}` });
    const r = await runCli(['summary', '--repo', repo, '--run-id', 'nope'], { SIGNALHOUSE_URL: url, GITHUB_STEP_SUMMARY: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('summary: the service answered 404: no CI run nope');
  }, 60_000);

  it('signalhouse report weekly prints the Markdown report, and refuses a bad week or an unwritable --out', async () => {
    const r = await runCli(['report', 'weekly', '--repo', repo, '--week', '2026-W48'], { SIGNALHOUSE_URL: url });
    expect(r.code, r.stderr).toBe(0);
    const api = (await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W48&format=md` })).body;
    const stamp = (t: string) => t.replace(/^Generated .*$/m, '');
    expect(stamp(r.stdout)).toBe(stamp(api));
    const badWeek = await runCli(['report', 'weekly', '--repo', repo, '--week', '48'], { SIGNALHOUSE_URL: url });
    expect(badWeek.code).not.toBe(0);
    expect(badWeek.stderr).toContain('must be an ISO week like 2026-W48');
    const badOut = await runCli(['report', 'weekly', '--repo', repo, '--week', '2026-W48', '--out', '/nonexistent/dir/report.md'], { SIGNALHOUSE_URL: url });
    expect(badOut.code).toBe(1);
    expect(badOut.stderr).toContain('weekly report: cannot write /nonexistent/dir/report.md');
  }, 120_000);
});
