import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip, printedText, screenshot } from './support/browser.ts';
import { testApp } from './support/app.ts';
import { REPO_ROOT, runCli } from './support/service-process.ts';
import { testStore, uniqueRepo } from './support/store.ts';
import { expectedWeek, loadWeeklyHistory } from './support/weekly-history.ts';

// The weekly report as a user gets it: `signalhouse report weekly --format html --out FILE` against a
// listening service, then opened and printed by a real headless Chromium. The printed text must carry
// the report's numbers and the charts' labels (ECharts draws them as SVG text), and a screenshot is
// kept in .cache/artifacts/ for people to look at.

const browser = chromiumOrSkip();
const ARTIFACTS = join(REPO_ROOT, '.cache/artifacts');
const repo = uniqueRepo('weekly-html');
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  app = await testApp();
  await loadWeeklyHistory(app, await testStore(), repo);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);
afterAll(async () => app?.close());

describe.skipIf(browser === null)('weekly report HTML in a real browser', () => {
  const cur = expectedWeek('2026-W48');
  const html = join(ARTIFACTS, 'weekly-report.html');

  it('is written by the CLI as one self-contained file (no script, no network)', async () => {
    // Selections go through the batch writer: wait until the report sees them.
    for (let i = 0; i < 100; i++) {
      const r = await runCli(['report', 'weekly', '--repo', repo, '--week', '2026-W48', '--format', 'html', '--out', html], { SIGNALHOUSE_URL: url });
      expect(r.code, r.stderr).toBe(0);
      if (readFileSync(html, 'utf8').includes('<td>Changes that used selection</td><td class="n">2</td>')) break;
      await new Promise((res) => setTimeout(res, 200));
    }
    const page = readFileSync(html, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect((page.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('renders in Chromium and prints the numbers, the charts and every section', async () => {
    const { text, pages } = await printedText(browser!, html, join(ARTIFACTS, 'weekly-report.pdf'));
    const line = (label: string) => text.split('\n').find((l) => l.includes(label)) ?? '';
    expect(text).toContain(`Weekly reliability report: ${repo}`);
    expect(line('Real (product) failures')).toMatch(new RegExp(`${cur.failures.product}\\s+0\\s+\\+${cur.failures.product}`));
    expect(line('Flaky tests at the end of the week')).toMatch(/1\s+1\s+±0/);
    expect(line('Run attempts with a flaky failure')).toContain(`${(100 * cur.flakyRunShare!).toFixed(1)}%`);
    expect(line('p90, commit to first CI verdict')).toContain(`${cur.latency.p90!.toFixed(1)} min`);
    expect(line('Misses (skipped, then failed for real)')).toMatch(new RegExp(`\\b${cur.selection.misses}\\b`));
    expect(line('services/cart')).toMatch(/3\s+2\s+66\.7%/);
    // Chart titles and axis labels are SVG text drawn by ECharts.
    expect(text).toContain('Failed executions by class');
    expect(text).toContain('Commit to first CI verdict (minutes)');
    expect(text).toContain('CI minutes re-running flaky failures');
    expect(text).toMatch(/No data: no hot-path coverage data/);
    expect(text).toMatch(/No data: no incident started this week/);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
  }, 180_000);

  it('keeps a screenshot as an artefact', async () => {
    const png = join(ARTIFACTS, 'weekly-report.png');
    await screenshot(browser!, html, png);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(20_000);
    writeFileSync(join(ARTIFACTS, 'weekly-report.md'), (await app.inject({ url: `/v1/reports/weekly?repo=${encodeURIComponent(repo)}&week=2026-W48&format=md` })).body);
  }, 180_000);
});
